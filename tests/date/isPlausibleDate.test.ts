import { describe, expect, it } from 'vitest';
import { isPlausibleDate } from '../../src/date/isPlausibleDate.js';

const NOW = new Date('2026-12-07T06:00:00Z');

describe('isPlausibleDate', () => {
  it('takes a date between the first days of the web and the run', () => {
    expect(isPlausibleDate(new Date('1995-01-01T00:00:00Z'), NOW)).toBe(true);
    expect(isPlausibleDate(new Date('2026-12-07T05:00:00Z'), NOW)).toBe(true);
  });

  it('allows a day of slack after the run for pages in time zones ahead of it', () => {
    expect(isPlausibleDate(new Date('2026-12-07T20:00:00Z'), NOW)).toBe(true);
  });

  it('refuses dates before 1995 and after the run', () => {
    expect(isPlausibleDate(new Date('1994-12-31T23:59:59Z'), NOW)).toBe(false);
    expect(isPlausibleDate(new Date('2026-12-09T00:00:00Z'), NOW)).toBe(false);
    expect(isPlausibleDate(new Date(Number.NaN), NOW)).toBe(false);
  });
});
