import cron from 'node-cron';
import { briefingDate } from '../briefingDate.js';
import type { Config } from '../config/resolve.js';
import { AlreadyRunningError, ConfigError, DeliveryError, describeError, SourceError } from '../errors.js';
import type { RunDeps, RunOptions } from '../pipeline.js';
import { openStore } from '../store/openStore.js';
import type { RunLockOptions } from './acquireRunLock.js';
import { findPreviousSlot } from './findPreviousSlot.js';
import { followSchedule } from './followSchedule.js';
import { formatInstant, formatRunLine } from './formatRunLine.js';
import { runExclusive } from './runExclusive.js';

export interface SchedulerOptions {
  /**
   * On start, run once at once if the last time the schedule fired (within a week) has no
   * successful run after it: the machine was off or the scheduler was not running.
   * @default true
   */
  catchUp?: boolean;
  /** Where the one line per run (and per scheduler event) goes. @default a line on stdout */
  log?: (line: string) => void;
  /** Options of every run, e.g. `{ send: false }`. */
  run?: Omit<RunOptions, 'date' | 'dryRun'>;
  /** The clock (of the schedule and of every run), SMTP_URL and SMTP timeouts of every run. */
  deps?: Omit<RunDeps, 'signal' | 'log'>;
  lock?: RunLockOptions;
}

export interface Scheduler {
  /** When the schedule fires next; null once stopped. */
  nextRun(): Date | null;
  /** Stops firing; resolves once a run in progress has finished (and released the run lock). */
  stop(): Promise<void>;
  /** Cancels the run in progress: downloads stop at once and nothing is archived or sent. */
  abort(): void;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
}

/**
 * `briefing schedule`: runs the briefing at `briefing.schedule` in `briefing.timezone`, one run at a
 * time. The run lock is the one `briefing run` takes, so a manual run and a scheduled one never
 * overlap: the later one is skipped and says so. Each wall-clock time of the schedule runs once, also
 * when daylight saving time skips or repeats it (see planRuns).
 */
export function startScheduler(config: Config, options: SchedulerOptions = {}): Scheduler {
  const { schedule: expression, timezone } = config.briefing;
  if (!cron.validate(expression)) {
    throw new ConfigError(
      `briefing.schedule: "${expression}" is not a valid cron expression (minute hour day-of-month month day-of-week, optionally with seconds first)`,
    );
  }
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.deps?.now ?? (() => new Date());
  const stamp = () => formatInstant(now());
  let current: Promise<void> | undefined;
  let controller: AbortController | undefined;
  let stopped = false;

  const runOnce = async (signal: AbortSignal): Promise<void> => {
    const started = now();
    const clock = performance.now();
    const elapsed = () => performance.now() - clock;
    try {
      const result = await runExclusive(
        config,
        options.run ?? {},
        {
          ...options.deps,
          // The pipeline stops at its next step once aborted: nothing is archived or sent.
          signal,
          // Progress lines are not logged: one line per run.
          log: () => undefined,
        },
        options.lock ?? {},
      );
      log(formatRunLine(now(), result.briefing.date, result, elapsed()));
    } catch (error) {
      if (error instanceof AlreadyRunningError) {
        log(`${stamp()} skipped: a run is in progress (pid ${error.holder.pid}, started ${formatInstant(new Date(error.holder.startedAt))})`);
        return;
      }
      const reason = signal.aborted ? 'aborted by a signal before it finished' : describeError(error);
      log(formatRunLine(now(), briefingDate(started, timezone), { error: reason }, elapsed()));
      // A bug gets its stack trace, to be reported; the typed errors explain themselves.
      const expected = signal.aborted || error instanceof ConfigError || error instanceof SourceError || error instanceof DeliveryError;
      if (!expected && error instanceof Error && error.stack) log(error.stack);
    }
  };

  const trigger = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (current) {
      log(`${stamp()} skipped: a run is in progress`);
      return Promise.resolve();
    }
    controller = new AbortController();
    current = runOnce(controller.signal).finally(() => {
      current = undefined;
      controller = undefined;
    });
    return current;
  };

  // A time the scheduler noticed too late (the machine slept, the event loop was blocked) is run
  // now rather than lose that day's briefing.
  const timer = followSchedule(
    expression,
    timezone,
    (slot, late) => {
      if (late) log(`${stamp()} missed the run due at ${formatInstant(slot)}; running now`);
      void trigger();
    },
    now,
  );
  const next = timer.next();
  log(`${stamp()} scheduler started: "${expression}" in ${timezone}${next ? `, next run at ${formatInstant(next)}` : ''}`);

  if (options.catchUp ?? true) {
    const due = findPreviousSlot(expression, timezone, now());
    const lastOk = lastSuccessfulRun(config);
    if (due && (!lastOk || lastOk < due)) {
      const since = lastOk ? `last successful run ${formatInstant(lastOk)}` : 'no successful run yet';
      log(`${stamp()} catch-up: the run due at ${formatInstant(due)} did not happen (${since}); running now`);
      void trigger();
    }
  }

  return {
    nextRun: () => (stopped ? null : (timer.next() ?? null)),
    stop: async () => {
      if (stopped) return current;
      stopped = true;
      timer.stop();
      await current;
      log(`${stamp()} scheduler stopped`);
    },
    abort: () => {
      controller?.abort(new Error('aborted by a signal'));
    },
    idle: () => current ?? Promise.resolve(),
  };
}

function lastSuccessfulRun(config: Config): Date | undefined {
  const store = openStore(config.delivery.stateDir);
  try {
    return store.lastRun('ok')?.startedAt;
  } finally {
    store.close();
  }
}
