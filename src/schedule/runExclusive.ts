import { briefingDate } from '../briefingDate.js';
import type { Config } from '../config/resolve.js';
import { describeError, EnvironmentError } from '../errors.js';
import { redactUrl } from '../text/redactUrl.js';
import { runBriefing, type RunDeps, type RunOptions, type RunResult } from '../pipeline.js';
import { openStore, type Store } from '../store/openStore.js';
import { acquireRunLock, type RunLockOptions } from './acquireRunLock.js';
import { judgeRun } from './judgeRun.js';

const INTERRUPTED = 'interrupted: the process ended before the run finished';

/**
 * One run of a config under its run lock, recorded in the store's run history: what `briefing run`
 * and the scheduler both do around `runBriefing`. Throws AlreadyRunningError while another run of
 * the same config (same state folder) is in progress.
 */
export async function runExclusive(config: Config, options: RunOptions = {}, deps: RunDeps = {}, lockOptions: RunLockOptions = {}): Promise<RunResult> {
  const lock = await acquireRunLock(config.delivery.stateDir, lockOptions);
  try {
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const date = options.date ?? briefingDate(startedAt, config.briefing.timezone);
    const id = withStore(config, (store) => {
      // With the lock held, a run still marked 'running' belongs to a process that died.
      store.closeUnfinishedRuns(INTERRUPTED, startedAt);
      return store.startRun(date, startedAt);
    });
    let result: RunResult;
    try {
      result = await runBriefing(config, options, deps);
    } catch (error) {
      try {
        withStore(config, (store) => {
          // An error may quote a source's address: what the store keeps never holds its secrets.
          store.finishRun(id, { status: 'failed', error: redactUrl(describeError(error)) }, now());
        });
      } catch {
        // The run's own error says more than a failure to record it.
      }
      throw error;
    }
    const { briefing } = result;
    try {
      withStore(config, (store) => {
        store.finishRun(id, { ...judgeRun(result), articles: briefing.stats.articles, stories: briefing.stats.stories }, now());
      });
    } catch (error) {
      // The briefing is archived (and sent): a run history the machine cannot write is said, not fatal.
      if (!(error instanceof EnvironmentError)) throw error;
      result.warnings.push(`${error.message}; this run is not in the run history`);
    }
    return result;
  } finally {
    await lock.release();
  }
}

/** Opens the store for one short use; the pipeline has its own connection during the run. */
function withStore<T>(config: Config, use: (store: Store) => T): T {
  const store = openStore(config.delivery.stateDir);
  try {
    return use(store);
  } finally {
    store.close();
  }
}
