/**
 * A calendar day without a time of day, as an instant: noon UTC, so that it shows as the same day
 * in every time zone from UTC−11 to UTC+11 (midnight UTC would be the day before in the Americas).
 * Undefined when the day does not exist (31 April).
 */
export function toNoonUtc(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
