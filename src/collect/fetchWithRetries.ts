import { setTimeout as sleep } from 'node:timers/promises';
import { toFetchFailure } from './describeFetchError.js';
import { fetchBytes, type FetchBytesOptions, type FetchedBytes } from './fetchBytes.js';
import { FetchFailure } from './fetchFailure.js';
import { formatDuration } from './readBody.js';

export interface RetryOptions {
  /**
   * Further attempts after a transient failure: a reset or refused connection, a DNS server that
   * did not answer, a timeout, HTTP 408, 425, 429, 500, 502, 503 or 504.
   * @default 2
   */
  retries?: number;
  /**
   * Wait before the first retry; each next wait is three times longer (1 s, 3 s, …), give or
   * take 20 % so that sources failing together do not come back together.
   * @default 1_000
   */
  retryDelayMs?: number;
  /**
   * Longest Retry-After (429, 503) honoured. A server asking for a longer pause is not asked
   * again this run: retrying sooner than it said is what Retry-After asks clients not to do.
   * @default 60_000
   */
  maxRetryAfterMs?: number;
}

export interface RetriedFetch {
  fetched: FetchedBytes;
  /** Requests made, 1 when the first one worked. */
  attempts: number;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 1_000;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * fetchBytes, tried again after transient failures with exponential backoff, honouring
 * Retry-After, and never waiting past `deadline`. The final failure says how many attempts were
 * made ("HTTP 503 Service Unavailable (after 3 attempts)") and, when it stopped early, why.
 */
export async function fetchWithRetries(url: string, options: FetchBytesOptions & RetryOptions = {}): Promise<RetriedFetch> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  for (let attempt = 1; ; attempt++) {
    try {
      return { fetched: await fetchBytes(url, options), attempts: attempt };
    } catch (error) {
      const failure = toFetchFailure(error);
      if (!failure.transient || attempt > retries) throw giveUp(failure, attempt);
      const wait = waitBeforeRetry(failure, attempt, options);
      try {
        await sleep(wait, undefined, options.signal ? { signal: options.signal } : {});
      } catch (cancelled) {
        throw new FetchFailure(`cancelled while waiting to retry after: ${failure.message}`, { cause: cancelled });
      }
    }
  }
}

function waitBeforeRetry(failure: FetchFailure, attempt: number, options: FetchBytesOptions & RetryOptions): number {
  const left = options.deadline === undefined ? Number.POSITIVE_INFINITY : options.deadline - Date.now();
  // A request cut short by the deadline needs no second explanation.
  if (left <= 0) throw giveUp(failure, attempt);
  const asked = failure.retryAfterMs;
  if (asked !== undefined) {
    const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const after = `asked to retry after ${formatDuration(asked)} (Retry-After)`;
    if (asked > maxRetryAfterMs) throw giveUp(failure, attempt, `${after}, longer than the ${formatDuration(maxRetryAfterMs)} a run waits`);
    if (asked >= left) throw giveUp(failure, attempt, `${after}, past the run's deadline`);
    return asked;
  }
  const base = (options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) * 3 ** (attempt - 1);
  const delay = Math.round(base * (0.8 + 0.4 * Math.random()));
  if (delay >= left) throw giveUp(failure, attempt, "no time left to retry before the run's deadline");
  return delay;
}

function giveUp(failure: FetchFailure, attempts: number, why?: string): FetchFailure {
  if (attempts === 1 && why === undefined) return failure;
  const message = `${failure.message}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}${why === undefined ? '' : `; ${why}`}`;
  return new FetchFailure(message, {
    cause: failure.cause ?? failure,
    transient: failure.transient,
    ...(failure.status === undefined ? {} : { status: failure.status }),
  });
}
