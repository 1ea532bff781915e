import cron from 'node-cron';

export interface PreviousSlotOptions {
  /** How far back to look. @default 7 */
  days?: number;
}

/**
 * The last time at or before `before` when `expression` fires in `timezone`, or undefined if it did
 * not fire within `days`. node-cron only looks forward (next run), so this walks back minute by
 * minute with node-cron's own matcher (so L, W, # and names mean what they mean to the scheduler),
 * trying the expression's seconds within each minute. A week of minutes takes about 150 ms.
 */
export function findPreviousSlot(expression: string, timezone: string, before: Date, options: PreviousSlotOptions = {}): Date | undefined {
  const seconds = [...cron.parse(expression).second].sort((a, b) => b - a);
  // createTask does not start the task; it only registers it, so destroy it when done.
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    const end = before.getTime();
    let minute = end - (end % 60_000);
    const oldest = end - (options.days ?? 7) * 86_400_000;
    for (; minute >= oldest; minute -= 60_000) {
      for (const second of seconds) {
        const candidate = new Date(minute + second * 1000);
        if (candidate.getTime() <= end && task.match(candidate)) return candidate;
      }
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}
