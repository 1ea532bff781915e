import type { RunResult } from '../pipeline.js';

export interface RunOutcome {
  status: 'ok' | 'failed';
  /** Why the run counts as failed. */
  error?: string;
}

/**
 * Whether a finished run did its job, as the run history and the scheduler's log record it: a
 * briefing nobody could be sent, or one without a single article, is not a success (the scheduler's
 * catch-up then tries again), even though the archive was written.
 */
export function judgeRun(result: RunResult): RunOutcome {
  const failed = result.sent?.failed ?? [];
  if (failed.length > 0) return { status: 'failed', error: `not sent to ${failed.map((failure) => failure.recipient).join(', ')}` };
  if (result.briefing.stats.articles === 0) return { status: 'failed', error: 'no source gave a single article' };
  return { status: 'ok' };
}
