import { planRuns } from './planRuns.js';

export interface PreviousSlotOptions {
  /** How far back to look. @default 7 */
  days?: number;
  /** Look no further back than this instant (included); wins over `days`. */
  since?: Date;
}

const HOUR = 3_600_000;

/**
 * The last planned run (see planRuns) at or before `before` of `expression` in `timezone`, or
 * undefined if there was none within `days`. Catch-up compares it with the last successful run, so
 * it follows daylight saving the way the scheduler does: the run after a skipped hour counts, the
 * second pass of a repeated hour does not.
 */
export function findPreviousSlot(expression: string, timezone: string, before: Date, options: PreviousSlotOptions = {}): Date | undefined {
  const end = before.getTime() + 1;
  const oldest = options.since?.getTime() ?? end - 1 - (options.days ?? 7) * 24 * HOUR;
  // Windows that double from an hour find a daily slot after about a day of walking, not a week.
  for (let to = end, span = HOUR; to > oldest; to -= span, span *= 2) {
    const slots = planRuns(expression, timezone, { from: new Date(Math.max(oldest, to - span)), to: new Date(to) });
    if (slots.length > 0) return slots.at(-1);
  }
  return undefined;
}
