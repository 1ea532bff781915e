import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../../src/date/parseDateValue.js';

const iso = (value: string) => parseDateValue(value)?.toISOString();

describe('parseDateValue', () => {
  it.each([
    ['ISO 8601 with its zone', '2018-03-13T10:00:00+02:00', '2018-03-13T08:00:00.000Z'],
    ['ISO 8601 without a zone, as UTC', '2018-03-13 10:00:00', '2018-03-13T10:00:00.000Z'],
    ['RFC 822 as feeds write it', 'Tue, 13 Mar 2018 10:00:00 GMT', '2018-03-13T10:00:00.000Z'],
    ['a bare day, as noon UTC', '2018-03-13', '2018-03-13T12:00:00.000Z'],
    ['a compact day', '20180313', '2018-03-13T12:00:00.000Z'],
    ['Unix seconds', '1520935200', '2018-03-13T10:00:00.000Z'],
    ['a date written out', 'March 13, 2018 10:00 AM', '2018-03-13T12:00:00.000Z'],
  ])('reads %s', (_form, value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it("never reads a slashed date the machine's way: day first unless it cannot be", () => {
    expect(iso('03/04/2018 10:00')).toBe('2018-04-03T12:00:00.000Z');
  });

  it('reads nothing from values that are not dates', () => {
    expect(iso('')).toBeUndefined();
    expect(iso('2018')).toBeUndefined();
    expect(iso('soon')).toBeUndefined();
  });
});
