import cron from 'node-cron';

export interface RunWindow {
  /** The first instant of the window (included). */
  from: Date;
  /** The end of the window (excluded). */
  to: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** More than the largest backward clock change in use (2 h, Antarctica/Troll): enough to know which wall-clock times already passed. */
const LOOKBACK = 3 * HOUR;

/**
 * The instants in `window` at which a briefing scheduled with `expression` in `timeZone` runs, at
 * most `limit` of them. node-cron's own matcher decides, on the wall-clock time, so on ordinary
 * days these are exactly the instants node-cron matches. Around daylight saving changes node-cron
 * matches a wall-clock time never (the clock springs over it) or twice (it falls back over it),
 * and a day's briefing must still run once (issue 26): a skipped time runs at the first instant
 * after the jump, and a repeated one at its first occurrence only.
 */
export function planRuns(expression: string, timeZone: string, window: RunWindow, limit = Infinity): Date[] {
  const fields = cron.parse(expression);
  const seconds = [...fields.second].sort((a, b) => a - b);
  const [minutes, hours, months] = [new Set(fields.minute), new Set(fields.hour), new Set(fields.month)];
  // Wall-clock times are written as UTC instants, so node-cron matches them in UTC; its task is
  // registered on creation and must be destroyed.
  const task = cron.createTask(expression, () => undefined, { timezone: 'UTC' });
  /** The expression's seconds of one wall-clock minute that node-cron matches (the cheap fields first). */
  const matching = (wall: number): number[] => {
    const date = new Date(wall);
    if (!minutes.has(date.getUTCMinutes()) || !hours.has(date.getUTCHours()) || !months.has(date.getUTCMonth() + 1)) return [];
    return seconds.filter((second) => task.match(new Date(wall + second * 1000)));
  };
  try {
    const offsetAt = readOffset(timeZone);
    const [from, to] = [window.from.getTime(), window.to.getTime()];
    const first = Math.floor(from / MINUTE) * MINUTE;
    const runs: Date[] = [];
    // The latest wall-clock minute so far: a minute at or before it comes a second time, and the
    // minutes between it and one more than a minute later were sprung over.
    let reached: number | undefined;
    let steady: number | undefined;
    for (let minute = first - LOOKBACK; minute < to && runs.length < limit; minute += MINUTE) {
      // The offset changes at most once an hour: the same offset at both ends of an hour holds throughout.
      if ((minute - first) % HOUR === 0) {
        const offset = offsetAt(minute);
        steady = offset === offsetAt(minute + HOUR) ? offset : undefined;
      }
      const wall = minute + (steady ?? offsetAt(minute));
      const last = reached;
      reached = Math.max(reached ?? wall, wall);
      if (minute < first || (last !== undefined && wall <= last)) continue;
      let skipped = false;
      for (let gap = (last ?? wall) + MINUTE; gap < wall && !skipped; gap += MINUTE) skipped = matching(gap).length > 0;
      const instants = matching(wall).map((second) => minute + second * 1000);
      if (skipped && instants[0] !== minute) instants.unshift(minute);
      for (const instant of instants) if (instant >= from && instant < to && runs.length < limit) runs.push(new Date(instant));
    }
    return runs;
  } finally {
    void task.destroy();
  }
}

/** The offset of `timeZone`'s wall clock from UTC at an instant, in milliseconds. */
function readOffset(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (instant) => {
    const parts = new Map(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? 0;
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return wall - (instant - (instant % 1000));
  };
}
