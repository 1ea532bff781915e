import { findPreviousSlot } from './findPreviousSlot.js';
import { planRuns } from './planRuns.js';

export interface ScheduleTimer {
  /** The next planned run within a year; undefined when there is none, or once stopped. */
  next(): Date | undefined;
  stop(): void;
}

/** A slot noticed later than this (a sleeping machine, a blocked event loop) counts as missed, as in node-cron. */
const TOLERANCE_MS = 1000;
const DAY_MS = 86_400_000;
const YEAR_MS = 366 * DAY_MS;

/**
 * Calls `onSlot` at each planned run (see planRuns) after now. node-cron's own timer is not used:
 * it fires a wall-clock time the clock falls back over at the first occurrence in some zones and at
 * the second in others, and never one the clock springs over. A slot noticed late is still
 * reported, once, with `late` set; several slots missed together make one call, for the latest.
 */
export function followSchedule(
  expression: string,
  timeZone: string,
  onSlot: (slot: Date, late: boolean) => void,
  now: () => Date = () => new Date(),
): ScheduleTimer {
  // Slots up to now belong to the catch-up at start.
  let handled = now().getTime() + 1;
  let next: Date | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const arm = (): void => {
    const at = now().getTime();
    [next] = planRuns(expression, timeZone, { from: new Date(handled), to: new Date(at + YEAR_MS) }, 1);
    // Waking at least daily also notices a system clock that was set to another time.
    timer = setTimeout(wake, Math.max(0, Math.min((next?.getTime() ?? Infinity) - at, DAY_MS)));
  };
  const wake = (): void => {
    if (stopped) return;
    const at = now().getTime();
    const slot = at >= handled ? findPreviousSlot(expression, timeZone, new Date(at), { since: new Date(handled) }) : undefined;
    handled = Math.max(handled, at + 1);
    arm();
    if (slot) onSlot(slot, at - slot.getTime() > TOLERANCE_MS);
  };
  arm();

  return {
    next: () => (stopped ? undefined : next),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
