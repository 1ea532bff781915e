import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { parseSmtpUrl } from '../deliver/parseSmtpUrl.js';
import { EXIT } from '../exitCodes.js';
import { formatInstant } from '../schedule/formatRunLine.js';
import type { Scheduler } from '../schedule/startScheduler.js';

export interface ScheduleCommandOptions {
  config: string;
  /** False with --no-catch-up. */
  catchUp: boolean;
  /** Log only failed runs and errors, on stderr. */
  quiet?: boolean;
}

interface ScheduleIo {
  /** The scheduler's log: one line per run, for journald or a terminal. */
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/**
 * `briefing schedule`: runs the briefing on `briefing.schedule` until SIGINT or SIGTERM. The first
 * signal stops the schedule and lets a run in progress finish; a second one cancels that run.
 * Either way the run lock is released and the command ends with exit code 0.
 */
export async function scheduleCommand(
  options: ScheduleCommandOptions,
  io: ScheduleIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), env: process.env },
): Promise<number> {
  const { config, warnings } = await loadConfig(path.resolve(options.config));
  // A malformed SMTP_URL stops the scheduler at start (exit 2), not every run hours later.
  if (io.env.SMTP_URL) parseSmtpUrl(io.env.SMTP_URL);
  if (!options.quiet) for (const warning of warnings) io.err(`warning: ${warning}\n`);
  // The scheduler pulls in the pipeline (MJML and friends): load it only once the config is good.
  const { startScheduler } = await import('../schedule/startScheduler.js');
  const log = (line: string): void => {
    if (!options.quiet) io.out(`${line}\n`);
    else if (reportsFailure(line)) io.err(`${line}\n`);
  };
  const scheduler = startScheduler(config, {
    catchUp: options.catchUp && config.briefing.catchUp,
    log,
    deps: io.env.SMTP_URL ? { smtpUrl: io.env.SMTP_URL } : {},
  });
  await untilStopped(scheduler, log);
  return EXIT.ok;
}

function untilStopped(scheduler: Scheduler, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = 0;
    const onSignal = (signal: NodeJS.Signals): void => {
      received++;
      if (received === 1) {
        log(`${formatInstant(new Date())} ${signal}: stopping; a run in progress finishes first (${signal} again cancels it)`);
        scheduler.stop().then(
          () => {
            process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
            resolve();
          },
          (error: unknown) => {
            process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      } else {
        log(`${formatInstant(new Date())} ${signal}: cancelling the run in progress`);
        scheduler.abort();
      }
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  });
}

/**
 * With --quiet, the lines that say something went wrong: a failed run (src/schedule/formatRunLine.ts),
 * a node-cron error, and the stack trace the scheduler logs after an unexpected failure (the only
 * lines that do not start with a timestamp).
 */
function reportsFailure(line: string): boolean {
  return /^\S+ run \S+ failed: /.test(line) || /^\S+ node-cron: /.test(line) || !/^\d{4}-\d{2}-\d{2}T/.test(line);
}
