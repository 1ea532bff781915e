import { STATUS_CODES } from 'node:http';

export interface FetchFailureOptions {
  cause?: unknown;
  /** Worth another attempt: a network blip, a timeout, a busy or briefly broken server. @default false */
  transient?: boolean;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** How long the server asked us to wait before trying again (Retry-After), in ms. */
  retryAfterMs?: number;
}

/**
 * A download failure whose message is already readable ("HTTP 503 Service Unavailable",
 * "timed out after 20 s"), with what a retry policy needs to know about it.
 */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  readonly transient: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: FetchFailureOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.transient = options.transient ?? false;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

// Statuses that say "not now" rather than "not here": timeouts, rate limits, overload, a proxy
// that could not reach the origin. 404, 403, 410 … will not change in a few seconds.
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
// RFC 9110 §10.2.3 gives Retry-After to 503, RFC 6585 §4 to 429; elsewhere it is not about retrying.
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/** What statusFailure needs of a response with an error status. */
export interface ErrorStatus {
  status: number;
  /** The reason phrase the server sent, if any ("Not Found"); the standard one stands in for a missing one. */
  statusText?: string | undefined;
  /** The Retry-After header, if any. */
  retryAfter?: string | undefined;
}

/** The failure for a response with an error status, e.g. "HTTP 429 Too Many Requests". */
export function statusFailure(response: ErrorStatus, now = Date.now()): FetchFailure {
  const { status } = response;
  const reason = response.statusText || STATUS_CODES[status] || '';
  const retryAfterMs = RETRY_AFTER_STATUSES.has(status) ? parseRetryAfter(response.retryAfter, now) : undefined;
  return new FetchFailure(`HTTP ${status} ${reason}`.trim(), {
    status,
    transient: TRANSIENT_STATUSES.has(status),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 * Returns the wait in ms (0 for a date already past), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always has a time of day; Date.parse alone would also take "2" or "-1" as a year.
  if (!/\d{1,2}:\d{2}:\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
