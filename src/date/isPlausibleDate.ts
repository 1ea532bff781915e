// Nothing was published on the web before 1995 that a briefing would read (Netscape's first
// release was December 1994); earlier years on a page are birthdays, anniversaries, history.
const FIRST_WEB_DAY = Date.UTC(1995, 0, 1);
// A page's own day may be "tomorrow" in UTC for a site east of it: a day of slack before a date counts as future.
const TIME_ZONE_SLACK_MS = 24 * 3_600_000;

/** A date a page can have been published on: from 1995 up to the run's time (a day of slack for time zones). */
export function isPlausibleDate(date: Date, now: Date): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= FIRST_WEB_DAY && time <= now.getTime() + TIME_ZONE_SLACK_MS;
}
