import { STATUS_CODES } from 'node:http';
import { describeFetchError, FetchFailure } from './describeFetchError.js';
import { formatDuration, readBody } from './readBody.js';

export interface FetchBytesOptions {
  /**
   * Time allowed for the whole download, redirects and body included.
   * @default 20_000
   */
  timeoutMs?: number;
  /**
   * Largest body accepted, counted after decompression so a small gzip bomb cannot fill memory.
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
}

export interface FetchedBytes {
  bytes: Uint8Array;
  /** The Content-Type header as sent, charset included; null when the server sent none. */
  contentType: string | null;
  /** The address the bytes came from after redirects: relative links in the feed resolve against it. */
  finalUrl: string;
  status: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const USER_AGENT = 'daily-briefing/0.1 (+https://github.com/daily-briefing)';
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads a URL into memory with a deadline, a size cap and a redirect limit. Throws an Error
 * whose message a reader of the briefing can understand ("HTTP 500 Internal Server Error",
 * "timed out after 20 s"); the low-level error stays available as its `cause`.
 */
export async function fetchBytes(url: string, options: FetchBytesOptions = {}): Promise<FetchedBytes> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const { response, finalUrl } = await followRedirects(url, signal, options.maxRedirects ?? DEFAULT_MAX_REDIRECTS);
    const bytes = await readBody(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return { bytes, contentType: response.headers.get('content-type'), finalUrl, status: response.status };
  } catch (error) {
    // Which signal fired says more than the error itself, which is a bare "This operation was aborted".
    if (timeout.aborted) throw new Error(`timed out after ${formatDuration(timeoutMs)}`, { cause: error });
    if (options.signal?.aborted) throw new Error('cancelled before the download finished', { cause: error });
    throw new Error(describeFetchError(error), { cause: error });
  }
}

// Redirects are followed by hand (`redirect: 'manual'`) so they can be counted, checked for loops
// and kept to http(s); fetch's own follow mode reports all of that as one opaque "fetch failed".
async function followRedirects(
  startUrl: string,
  signal: AbortSignal,
  maxRedirects: number,
): Promise<{ response: Response; finalUrl: string }> {
  const visited: string[] = [];
  let current = checkAddress(startUrl, undefined);
  for (;;) {
    visited.push(current);
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': USER_AGENT, accept: FEED_ACCEPT },
    });
    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(response.status) && location !== null) {
      await response.body?.cancel();
      const next = checkAddress(location, current);
      if (visited.includes(next)) throw new FetchFailure(`redirect loop: ${[...visited, next].join(' → ')}`);
      if (visited.length > maxRedirects) throw new FetchFailure(`more than ${maxRedirects} redirects (the last one to ${next})`);
      current = next;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      const reason = response.statusText || STATUS_CODES[response.status] || '';
      throw new FetchFailure(`HTTP ${response.status} ${reason}`.trim());
    }
    return { response, finalUrl: current };
  }
}

function checkAddress(address: string, base: string | undefined): string {
  let parsed: URL;
  try {
    parsed = new URL(address, base);
  } catch {
    throw new FetchFailure(`not a valid address: ${address}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchFailure(`only http and https addresses can be fetched, not ${parsed.protocol} (${address})`);
  }
  return parsed.href;
}
