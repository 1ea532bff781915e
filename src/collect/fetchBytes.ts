import type { IncomingMessage } from 'node:http';
import { redactUrl } from '../text/redactUrl.js';
import { toFetchFailure } from './describeFetchError.js';
import { FetchFailure, statusFailure } from './fetchFailure.js';
import type { HostLimiter } from './hostLimiter.js';
import { formatDuration, readBody } from './readBody.js';
import { sendRequest } from './sendRequest.js';

export interface FetchBytesOptions {
  /**
   * Time allowed for one request, redirects and body included; shortened to the time left
   * before `deadline`.
   * @default 20_000
   */
  timeoutMs?: number;
  /**
   * Largest body accepted, held to as it downloads and after each layer of decompression, so a
   * small gzip bomb cannot fill memory or keep the CPU busy.
   * @default 10_485_760 (10 MB)
   */
  maxBytes?: number;
  /**
   * Redirects followed before giving up.
   * @default 5
   */
  maxRedirects?: number;
  /** Cancels the download together with the run it belongs to. */
  signal?: AbortSignal;
  /**
   * Extra request headers, sent on every redirect hop. With `If-None-Match` or
   * `If-Modified-Since` among them, a 304 answer is a result (`notModified`), not an error.
   */
  headers?: Readonly<Record<string, string>>;
  /** Epoch ms: no request starts, and none waits for a free slot, after it. */
  deadline?: number;
  /** Shared per-host limit on requests at once; without it requests are not limited. */
  limiter?: HostLimiter;
  /**
   * Called with the address of every request before it is made, redirects included; throws to
   * refuse it (checkPublicAddress: links found inside a feed must not reach the local network).
   */
  checkUrl?: (url: string) => Promise<void>;
}

export interface FetchedBytes {
  /** The body after decompression; empty for a 304. */
  bytes: Uint8Array;
  /** The Content-Type header as sent, charset included; null when the server sent none. */
  contentType: string | null;
  /** The address the bytes came from after redirects: relative links in the feed resolve against it. */
  finalUrl: string;
  status: number;
  /** True when a conditional request was answered 304 Not Modified: the caller's copy is current. */
  notModified: boolean;
  /** Validators to send next time (RFC 9110 §8.8); null when the server sent none. */
  etag: string | null;
  lastModified: string | null;
  /** The Content-Encoding the body came in (gzip, br, deflate); `bytes` are already decompressed. */
  contentEncoding: string | null;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

// Header names in lower case, as Node sends them, so that a caller's header replaces ours.
const DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  'user-agent': 'daily-briefing/0.1 (+https://github.com/daily-briefing)',
  accept: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5',
  // readBody decodes all three; many CDNs prefer br.
  'accept-encoding': 'gzip, deflate, br',
};
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Makes one request (following redirects) and reads the body into memory, with a timeout, a size
 * cap, a redirect limit, an optional per-host slot and the run's deadline. Throws a FetchFailure
 * whose message a reader of the briefing can understand ("HTTP 500 Internal Server Error",
 * "timed out after 20 s") and which says whether another attempt may help; the low-level error
 * stays available as its `cause`. Retries are fetchWithRetries' job.
 */
export async function fetchBytes(url: string, options: FetchBytesOptions = {}): Promise<FetchedBytes> {
  const start = checkAddress(url, undefined);
  const headers = { ...DEFAULT_HEADERS };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  // Waiting for a slot does not use up the request's own time, only the run's.
  const slot = { release: await waitForSlot(start, options) };
  const { ms: timeoutMs, byDeadline } = requestTime(options);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const hops = { max: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS, limiter: options.limiter, slot, checkUrl: options.checkUrl };
    const { response, finalUrl } = await followRedirects(start, headers, signal, hops);
    const notModified = response.statusCode === 304;
    const bytes = notModified ? new Uint8Array(0) : await readBody(response, response.headers, options.maxBytes ?? DEFAULT_MAX_BYTES, signal);
    const header = (name: 'content-type' | 'etag' | 'last-modified' | 'content-encoding'): string | null => response.headers[name] ?? null;
    return {
      bytes,
      contentType: header('content-type'),
      finalUrl,
      status: response.statusCode ?? 0,
      notModified,
      etag: header('etag'),
      lastModified: header('last-modified'),
      contentEncoding: header('content-encoding'),
    };
  } catch (error) {
    // Which signal fired says more than the error itself, which is a bare "This operation was aborted".
    if (timeout.aborted) {
      const message = byDeadline ? `timed out at the run's deadline (after ${formatDuration(timeoutMs)})` : `timed out after ${formatDuration(timeoutMs)}`;
      throw new FetchFailure(message, { cause: error, transient: true });
    }
    if (options.signal?.aborted) throw new FetchFailure('cancelled before the download finished', { cause: error });
    throw toFetchFailure(error);
  } finally {
    slot.release();
  }
}

/** The request's timeout: `timeoutMs`, or the time left before the deadline when that is shorter. */
function requestTime(options: FetchBytesOptions): { ms: number; byDeadline: boolean } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.deadline === undefined) return { ms: timeoutMs, byDeadline: false };
  // At least 1 ms: waitForSlot has just checked the deadline, and this must not throw while a slot is held.
  const left = Math.max(1, Math.ceil(options.deadline - Date.now()));
  return left < timeoutMs ? { ms: left, byDeadline: true } : { ms: timeoutMs, byDeadline: false };
}

async function waitForSlot(url: string, options: FetchBytesOptions): Promise<() => void> {
  const { limiter, deadline } = options;
  const left = deadline === undefined ? Number.POSITIVE_INFINITY : Math.ceil(deadline - Date.now());
  if (left <= 0) throw new FetchFailure("not started: the run's deadline had passed");
  if (!limiter) return () => undefined;
  // Timers past 2^31 - 1 ms fire at once in Node; a deadline that far away is no deadline.
  const signals = [...(options.signal ? [options.signal] : []), ...(left <= 2 ** 31 - 1 ? [AbortSignal.timeout(left)] : [])];
  const late = (cause?: unknown): FetchFailure =>
    new FetchFailure(`not started: the run's deadline passed while waiting for a free connection to ${new URL(url).host}`, { cause });
  let release: () => void;
  try {
    release = await limiter.acquire(url, signals.length > 0 ? AbortSignal.any(signals) : undefined);
  } catch (error) {
    if (options.signal?.aborted) throw new FetchFailure('cancelled before the download started', { cause: error });
    throw late(error);
  }
  // A slot freed by a request that hit the deadline can reach a waiter just before its own timer fires.
  if (deadline !== undefined && Date.now() >= deadline) {
    release();
    throw late();
  }
  return release;
}

interface Hops {
  max: number;
  limiter: HostLimiter | undefined;
  /** The limiter slot held now; it moves to the next host on a redirect. */
  slot: { release: () => void };
  checkUrl: ((url: string) => Promise<void>) | undefined;
}

// Redirects are counted, checked for loops and kept to http(s) here; the body of every answer but
// the last is thrown away unread.
async function followRedirects(startUrl: string, headers: Readonly<Record<string, string>>, signal: AbortSignal, hops: Hops): Promise<{ response: IncomingMessage; finalUrl: string }> {
  const conditional = 'if-none-match' in headers || 'if-modified-since' in headers;
  const visited: string[] = [];
  let current = startUrl;
  for (;;) {
    visited.push(current);
    if (hops.checkUrl) await hops.checkUrl(current);
    const response = await sendRequest(current, headers, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location !== undefined) {
      response.destroy();
      const next = checkAddress(location, current);
      if (visited.includes(next)) throw new FetchFailure(redactUrl(`redirect loop: ${[...visited, next].join(' → ')}`));
      if (visited.length > hops.max) throw new FetchFailure(redactUrl(`more than ${hops.max} redirects (the last one to ${next})`));
      // Give the slot back before queueing for the next host: holding one while waiting for
      // another could deadlock two redirect chains that cross.
      hops.slot.release();
      hops.slot.release = () => undefined;
      if (hops.limiter) hops.slot.release = await hops.limiter.acquire(next, signal);
      current = next;
      continue;
    }
    if (status === 304 && conditional) {
      // A 304 has no body: reading its end hands the connection back for the next feed.
      response.resume();
      return { response, finalUrl: current };
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw statusFailure({ status, statusText: response.statusMessage, retryAfter: response.headers['retry-after'] });
    }
    return { response, finalUrl: current };
  }
}

function checkAddress(address: string, base: string | undefined): string {
  let parsed: URL;
  try {
    parsed = new URL(address, base);
  } catch {
    throw new FetchFailure(redactUrl(`not a valid address: ${address}`));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchFailure(redactUrl(`only http and https addresses can be fetched, not ${parsed.protocol} (${address})`));
  }
  return parsed.href;
}
