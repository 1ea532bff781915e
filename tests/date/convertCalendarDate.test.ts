import { describe, expect, it } from 'vitest';
import { convertCalendarDate } from '../../src/date/convertCalendarDate.js';

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('convertCalendarDate', () => {
  it('turns Nowruz of the solar hijri year 1402 into 21 March 2023', () => {
    expect(day(convertCalendarDate('persian', 1402, 1, 1))).toBe('2023-03-21');
  });

  it('knows the leap years of the Persian calendar: 1403 has a 30th of Esfand, 1402 does not', () => {
    expect(day(convertCalendarDate('persian', 1403, 12, 30))).toBe('2025-03-20');
    expect(convertCalendarDate('persian', 1402, 12, 30)).toBeUndefined();
  });

  it('turns the first of Ramadan 1445 into 11 March 2024 (Umm al-Qura)', () => {
    expect(day(convertCalendarDate('islamic-umalqura', 1445, 9, 1))).toBe('2024-03-11');
  });

  it('refuses a month outside 1 to 12', () => {
    expect(convertCalendarDate('persian', 1402, 13, 1)).toBeUndefined();
  });
});
