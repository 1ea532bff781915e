import { endOfDay } from '../../src/briefingDate.js';

/** One daylight saving change of 2026, as the tz database (read through Intl) has it. */
export interface DstChange {
  zone: string;
  /** The local date whose wall clock skips or repeats an hour. */
  date: string;
  kind: 'springs forward' | 'falls back';
  /** The instant of the change, and the UTC offsets on either side of it. */
  at: string;
  offsets: [before: string, after: string];
}

export const DST_CHANGES: readonly DstChange[] = [
  // Second Sunday of March, 02:00 → 03:00; first Sunday of November, 02:00 → 01:00.
  { zone: 'America/New_York', date: '2026-03-08', kind: 'springs forward', at: '2026-03-08T07:00:00Z', offsets: ['GMT-05:00', 'GMT-04:00'] },
  { zone: 'America/New_York', date: '2026-11-01', kind: 'falls back', at: '2026-11-01T06:00:00Z', offsets: ['GMT-04:00', 'GMT-05:00'] },
  // Last Sunday of March, 02:00 → 03:00; last Sunday of October, 03:00 → 02:00.
  { zone: 'Europe/Berlin', date: '2026-03-29', kind: 'springs forward', at: '2026-03-29T01:00:00Z', offsets: ['GMT+01:00', 'GMT+02:00'] },
  { zone: 'Europe/Berlin', date: '2026-10-25', kind: 'falls back', at: '2026-10-25T01:00:00Z', offsets: ['GMT+02:00', 'GMT+01:00'] },
  // Chile changes at midnight: Sunday 6 September 00:00 → 01:00; Sunday 5 April 00:00 → Saturday 4 April 23:00.
  { zone: 'America/Santiago', date: '2026-09-06', kind: 'springs forward', at: '2026-09-06T04:00:00Z', offsets: ['GMT-04:00', 'GMT-03:00'] },
  { zone: 'America/Santiago', date: '2026-04-04', kind: 'falls back', at: '2026-04-05T03:00:00Z', offsets: ['GMT-03:00', 'GMT-04:00'] },
];

/** The UTC offset of a zone at an instant, as Intl writes it (`GMT-05:00`). */
export function offsetAt(zone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** A local date as a window: its first instant, and the first instant of the next date. */
export function localDay(date: string, zone: string): { from: Date; to: Date } {
  const previous = new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from: new Date(endOfDay(previous, zone).getTime() + 1), to: new Date(endOfDay(date, zone).getTime() + 1) };
}
