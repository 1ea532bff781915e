import { toNoonUtc } from './toNoonUtc.js';

/** The calendars besides the Gregorian that Arabic and Persian pages date articles in. */
export type Calendar = 'persian' | 'islamic-umalqura';

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

// Mean lengths of a year and a month in each calendar, and where its year 1 began (proleptic
// Gregorian): enough for a first guess that the calendar's own rules, below, then correct.
const SHAPE: Record<Calendar, { yearDays: number; monthDays: number; epoch: number }> = {
  persian: { yearDays: 365.2422, monthDays: 30.44, epoch: Date.UTC(622, 2, 22, 12) },
  'islamic-umalqura': { yearDays: 354.367, monthDays: 29.53, epoch: Date.UTC(622, 6, 19, 12) },
};
const DAY_MS = 86_400_000;

const formatters = new Map<Calendar, Intl.DateTimeFormat>();

/**
 * A day of the Persian (solar hijri, ۱۴۰۲) or the Islamic (lunar hijri, ١٤٤٥) calendar as the
 * Gregorian day it is, or undefined when there is no such day. ICU (in every Node build with full
 * Intl) knows both calendars' leap rules only in the other direction, from a Gregorian day, so this
 * guesses by mean lengths and corrects by how far ICU says the guess is off.
 */
export function convertCalendarDate(calendar: Calendar, year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const shape = SHAPE[calendar];
  let guess = shape.epoch + Math.round((year - 1) * shape.yearDays + (month - 1) * shape.monthDays + (day - 1)) * DAY_MS;
  // Each correction moves by the distance counted in days; two or three settle on the day.
  for (let attempt = 0; attempt < 6; attempt++) {
    const found = readCalendarDay(calendar, new Date(guess));
    const off = Math.round((year - found.year) * shape.yearDays + (month - found.month) * shape.monthDays + (day - found.day));
    if (off === 0) {
      // The 30th of a 29-day month lands on the 1st of the next: no such day.
      if (found.month !== month) return undefined;
      const gregorian = new Date(guess);
      return toNoonUtc(gregorian.getUTCFullYear(), gregorian.getUTCMonth() + 1, gregorian.getUTCDate());
    }
    guess += off * DAY_MS;
  }
  return undefined;
}

function readCalendarDay(calendar: Calendar, date: Date): CalendarDay {
  let format = formatters.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    formatters.set(calendar, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number.parseInt(parts.year ?? '', 10), month: Number.parseInt(parts.month ?? '', 10), day: Number.parseInt(parts.day ?? '', 10) };
}
