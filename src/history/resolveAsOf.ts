import { briefingDate, endOfDay, isIsoDate } from '../briefingDate.js';

export interface AsOf {
  /** The briefing's day (YYYY-MM-DD). */
  date: string;
  /** The moment the run is made as of: the age window ends here. */
  asOf: Date;
}

/**
 * The day a run makes its briefing for, and the moment it looks from. A past `--date` is made as
 * of the end of that day in the briefing's time zone, so the briefing of a missed day holds that
 * day's news. Today, and a day still to come, are made as of now: nothing after now can be read, and
 * a window ending tomorrow night would leave out most of today's news.
 */
export function resolveAsOf(requested: string | undefined, now: Date, timeZone: string): AsOf {
  const today = briefingDate(now, timeZone);
  // Something that is not a calendar date is not this function's to refuse: the archive refuses it.
  if (requested === undefined || requested >= today || !isIsoDate(requested)) return { date: requested ?? today, asOf: now };
  return { date: requested, asOf: endOfDay(requested, timeZone) };
}
