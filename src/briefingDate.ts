/** The calendar date (YYYY-MM-DD) of an instant in a time zone: the day the reader is living. */
export function briefingDate(now: Date, timeZone: string): string {
  return dayIn(timeZone)(now.getTime());
}

/**
 * The last millisecond of a calendar day (YYYY-MM-DD) in a time zone: 23:59:59.999 there, on days
 * of 23 or 25 hours too. Found with Intl rather than a fixed offset, because the offset at the end
 * of a day is not the one at its start when daylight saving time changes that day.
 */
export function endOfDay(date: string, timeZone: string): Date {
  const day = dayIn(timeZone);
  // Zones run from UTC−12 to UTC+14, so the day ends within these bounds of the next UTC midnight;
  // halving the span finds the first instant of a later day to the millisecond (27 steps).
  const nextMidnight = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  let before = nextMidnight - 15 * 3_600_000;
  let after = nextMidnight + 13 * 3_600_000;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (day(middle) > date) after = middle;
    else before = middle;
  }
  return new Date(before);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function dayIn(timeZone: string): (time: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (time) => {
    const parts = format.formatToParts(time);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}
