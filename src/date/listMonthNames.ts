import { normalizeText } from '../text/normalize.js';
import { convertCalendarDate, type Calendar } from './convertCalendarDate.js';

export interface MonthName {
  /** 1 to 12 in its calendar. */
  month: number;
  calendar: 'gregory' | Calendar;
}

// Languages whose month names a page's date line may use. Arabic is written with three sets of
// Gregorian names (Egypt and the Gulf: مارس; the Levant and Iraq: آذار; the Maghreb: مارس, ماي,
// غشت, and Tunisia and Algeria: مارس, جانفي), and Persian with Gregorian ones (مارس) and its own.
const GREGORIAN_LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'hr', 'bs', 'sl', 'tr',
  'ru', 'uk', 'bg', 'el', 'hy', 'id', 'ms', 'ar', 'ar-SY', 'ar-MA', 'ar-TN', 'fa', 'ur',
];
const OTHER_CALENDARS: readonly (readonly [string, Calendar])[] = [
  ['fa', 'persian'],
  ['ar', 'islamic-umalqura'],
];
const FORMS: readonly Intl.DateTimeFormatOptions[] = [
  // The form inside a date, where Russian and Polish decline the name: "13 марта", "13 marca".
  { day: 'numeric', month: 'long' },
  { month: 'long' },
  { day: 'numeric', month: 'short' },
  { month: 'short' },
];

let table: Map<string, MonthName> | undefined;

/**
 * Every month name a date line may use, long and short, folded as normalizeText folds a page's
 * text ("März" → "marz", "أبريل" → "ابريل"), each with its month and calendar. Read from ICU rather
 * than written out: the same names Intl prints, in every language it has. The first language to
 * claim a name keeps it, and Gregorian names come first. Built once, on first use: loading ICU's
 * data for thirty languages is a cost only pages without a machine-readable date need to pay.
 */
export function listMonthNames(): ReadonlyMap<string, MonthName> {
  if (table) return table;
  table = new Map();
  const add = (locale: string, calendar: MonthName['calendar']) => {
    for (const options of FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...options, calendar, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const part = format.formatToParts(sampleDay(calendar, month)).find((candidate) => candidate.type === 'month');
        const name = part && normalizeText(part.value).replace(/\.$/, '').trim();
        if (name && isDistinctive(name) && !table!.has(name)) table!.set(name, { month, calendar });
      }
    }
  };
  for (const locale of GREGORIAN_LOCALES) add(locale, 'gregory');
  for (const [locale, calendar] of OTHER_CALENDARS) add(locale, calendar);
  return table;
}

// Latin short forms under three letters ("m", "j") would match initials; Arabic and Persian
// names of two letters are whole names (آب, دی), and a date needs a day and a year around them.
function isDistinctive(name: string): boolean {
  if (/\d/.test(name)) return false;
  return name.length >= 3 || (name.length === 2 && !/\p{Script=Latin}/u.test(name));
}

// The 15th of the month in a year of each calendar that lies around 2020.
const SAMPLE_YEAR: Record<Calendar, number> = { persian: 1399, 'islamic-umalqura': 1441 };

function sampleDay(calendar: MonthName['calendar'], month: number): Date {
  if (calendar === 'gregory') return new Date(Date.UTC(2020, month - 1, 15));
  return convertCalendarDate(calendar, SAMPLE_YEAR[calendar], month, 15)!;
}
