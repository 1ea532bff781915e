import { readFeedDate } from '../collect/readFeedDate.js';
import { findDatesInText } from './findDatesInText.js';
import { toNoonUtc } from './toNoonUtc.js';

const DAY_ONLY = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const RFC_822_TIME = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/;
// Seconds since 1970 between 2001 and 2286: some CMSs put a Unix time in a date meta tag.
const UNIX_SECONDS = /^\d{10}$/;

/**
 * A date as a machine field states it (a meta tag's content, JSON-LD's datePublished, a
 * `<time datetime>`): ISO 8601 and RFC 822 with a time of day as feeds write them, a bare day
 * (taken as noon UTC, see toNoonUtc), 20180313, Unix seconds; else the first date written out in
 * it ("13 March 2018", "13.03.2018").
 */
export function parseDateValue(value: string): Date | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const day = DAY_ONLY.exec(text);
  if (day) return toNoonUtc(Number(day[1]), Number(day[2]), Number(day[3]));
  if (UNIX_SECONDS.test(text)) return new Date(Number(text) * 1000);
  // Date.parse reads "2018" or "5" as dates, 03/04/2018 the American way, and a day without a
  // time as the machine's local midnight: it only gets ISO 8601 and RFC 822 with a time of day,
  // which readFeedDate reads as UTC unless they name a zone.
  if (ISO_TIME.test(text) || RFC_822_TIME.test(text)) {
    const iso = readFeedDate(text);
    if (iso !== undefined) return new Date(iso);
  }
  return findDatesInText(text)[0]?.date;
}
