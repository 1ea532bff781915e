import { normalizeText } from '../text/normalize.js';
import { convertCalendarDate } from './convertCalendarDate.js';
import { listMonthNames, type MonthName } from './listMonthNames.js';
import { toNoonUtc } from './toNoonUtc.js';

/** A date written in a text, and where: its position in the folded text, for telling which comes first. */
export interface TextDate {
  date: Date;
  index: number;
  /** The words it was read from, as folded ("12 ابريل 2018", "13.03.2018"). */
  written: string;
  /** The folded text just before it, where words like "Published" or "نشر في" introduce it. */
  before: string;
  /** The folded line it stands on, trimmed (up to 200 characters each side of it). */
  line: string;
}

// How much text before a date is kept for the words that introduce it, in characters.
const BEFORE_CHARS = 60;
const LINE_CHARS = 200;

export interface TextDateOptions {
  /**
   * How a numeric date with slashes whose day and month could be either is read: `mdy` for
   * American English (03/04/2018 is 4 March), `dmy` elsewhere. Dotted dates (13.03.2018) are
   * always day first.
   * @default 'dmy'
   */
  order?: 'dmy' | 'mdy';
}

// A number or a letter right before or after a date means it is part of something longer (a
// phone number, an ID, a word that happens to end like a month).
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
// An ISO date may go on with its time: 2018-03-13T10:00.
const AFTER_NUMERIC = String.raw`(?!\p{N})(?!(?!t)\p{L})`;
const DAY = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;

let patterns: { named: RegExp; numeric: RegExp } | undefined;

/**
 * Every date written out in a text, in order: with a month name in any language of
 * listMonthNames ("13 March 2018", "March 13th, 2018", "13. März 2018", "2019. január 15.",
 * "١٢ أبريل ٢٠١٨", "13 آذار/مارس 2018", "۲۳ اسفند ۱۳۹۶", "25 رجب 1439") or in digits
 * (2018-03-13, 13.03.2018, 13/03/2018, ۱۳۹۶/۱۲/۲۳, 2018年3月13日), in Latin, Arabic-Indic or Persian digits. Dates
 * of the Persian and Islamic calendars are converted to the Gregorian day. Days that do not exist
 * are skipped; whether a date is plausible is the caller's question.
 */
export function findDatesInText(text: string, options: TextDateOptions = {}): TextDate[] {
  const folded = normalizeText(text);
  const { named, numeric } = (patterns ??= compilePatterns());
  const months = listMonthNames();
  const found: TextDate[] = [];
  for (const match of folded.matchAll(named)) {
    const date = readNamed(match, months);
    if (date) found.push(describe(folded, match, date));
  }
  for (const match of folded.matchAll(numeric)) {
    const date = readNumeric(match, options.order ?? 'dmy');
    if (date) found.push(describe(folded, match, date));
  }
  return found.sort((a, b) => a.index - b.index);
}

function describe(folded: string, match: RegExpMatchArray, date: Date): TextDate {
  const index = match.index!;
  const end = index + match[0].length;
  const lineStart = Math.max(folded.lastIndexOf('\n', index - 1) + 1, index - LINE_CHARS);
  const lineEnd = folded.indexOf('\n', end);
  return {
    date,
    index,
    written: match[0],
    before: folded.slice(Math.max(0, index - BEFORE_CHARS), index),
    line: folded.slice(lineStart, Math.min(lineEnd < 0 ? folded.length : lineEnd, end + LINE_CHARS)).trim(),
  };
}

function compilePatterns(): { named: RegExp; numeric: RegExp } {
  // Longest first, so "تشرين الثاني" is not read as a shorter name that starts it.
  const names = [...listMonthNames().keys()].sort((a, b) => b.length - a.length).map(escape);
  const month = String.raw`(${names.join('|')})\.?`;
  // A second name after a slash, a dash or in brackets: "آذار/مارس", "نيسان (أبريل)".
  const alias = String.raw`(?:\s*[/\-(]\s*(?:${names.join('|')})\.?\s*\)?)?`;
  const ordinal = String.raw`(?:st|nd|rd|th|er|e|\.|º)?`;
  const named = [
    // 13 March 2018, 13. März 2018, 13 de marzo de 2018, le 13 mars 2018, 12 أبريل/نيسان 2018
    String.raw`${DAY}${ordinal}\s*(?:de\s+|of\s+)?${month}${alias},?\s*(?:de\s+|del\s+)?${YEAR}`,
    // March 13, 2018; Mar. 13th 2018
    String.raw`${month}${alias}\s+${DAY}${ordinal},?\s+${YEAR}`,
    // 2019. január 15. (Hungarian), 2018 March 13
    String.raw`${YEAR}\.?\s+${month}\s+${DAY}`,
  ];
  const numeric = [
    // 2018-03-13, 2018/03/13, and Hungarian 2020. 06. 04.
    String.raw`${YEAR}([\-/.])\s?(\d{1,2})\2\s?(\d{1,2})`,
    String.raw`${DAY}([\-/.])(\d{1,2})\6${YEAR}`,
    // Chinese and Japanese 2018年3月13日, Korean 2018년 3월 13일 (its syllables as the fold decomposes them)
    String.raw`${YEAR}\s?(?:年|${normalizeText('년')})\s?(\d{1,2})\s?(?:月|${normalizeText('월')})\s?(\d{1,2})\s?(?:日|${normalizeText('일')})`,
  ];
  return {
    named: new RegExp(`${BEFORE}(?:${named.map((pattern) => `(?:${pattern})`).join('|')})${AFTER}`, 'gu'),
    // The separator is captured and must repeat: 2018-03/13 is not a date.
    numeric: new RegExp(`${BEFORE}(?:${numeric.map((pattern) => `(?:${pattern})`).join('|')})${AFTER_NUMERIC}`, 'gu'),
  };
}

function readNamed(match: RegExpMatchArray, months: ReadonlyMap<string, MonthName>): Date | undefined {
  // Groups: 1-3 day month year; 4-6 month day year; 7-9 year month day.
  const [day, name, year] = match[1] ? [match[1], match[2], match[3]] : match[4] ? [match[5], match[4], match[6]] : [match[9], match[8], match[7]];
  const month = name === undefined ? undefined : months.get(name);
  if (!month || day === undefined || year === undefined) return undefined;
  return toDate(month.calendar, Number(year), month.month, Number(day));
}

function readNumeric(match: RegExpMatchArray, order: 'dmy' | 'mdy'): Date | undefined {
  if (match[1]) return toDate(calendarOfYear(Number(match[1])), Number(match[1]), Number(match[3]), Number(match[4]));
  if (match[9]) return toNoonUtc(Number(match[9]), Number(match[10]), Number(match[11]));
  const [first, separator, second, year] = [Number(match[5]), match[6], Number(match[7]), Number(match[8])];
  // Day first unless that cannot be (03/13/2018), or an American page writes month first and the day allows it.
  const monthFirst = second > 12 || (order === 'mdy' && separator !== '.' && first <= 12);
  return monthFirst ? toDate(calendarOfYear(year), year, first, second) : toDate(calendarOfYear(year), year, second, first);
}

/**
 * Numeric dates of Iranian and Arabic pages use their own calendar's year. From 1995 to the 2040s
 * the three calendars' years do not overlap: Persian 1373–1420, Islamic 1415–1465 (their overlap
 * lies after 2030), Gregorian from 1995.
 */
function calendarOfYear(year: number): MonthName['calendar'] {
  if (year >= 1373 && year < 1415) return 'persian';
  if (year >= 1415 && year < 1466) return 'islamic-umalqura';
  return 'gregory';
}

function toDate(calendar: MonthName['calendar'], year: number, month: number, day: number): Date | undefined {
  return calendar === 'gregory' ? toNoonUtc(year, month, day) : convertCalendarDate(calendar, year, month, day);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
