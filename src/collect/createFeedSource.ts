import { SourceError } from '../errors.js';
import { redactUrl } from '../text/redactUrl.js';
import { decodeBytes } from './decodeBytes.js';
import type { FeedCache, FeedCacheEntry } from './feedCache.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, type FetchedBytes } from './fetchBytes.js';
import { DEFAULT_MAX_RETRY_AFTER_MS, DEFAULT_RETRIES, DEFAULT_RETRY_DELAY_MS, fetchWithRetries, type RetryOptions } from './fetchWithRetries.js';
import { fetchFullPages } from './fetchFullPages.js';
import { DEFAULT_MAX_BODY_CHARS, DEFAULT_MAX_ITEMS, parseFeed } from './parseFeed.js';
import type { CollectOptions, Source, SourceResult } from './source.js';

export interface FeedSourceOptions extends RetryOptions {
  /** Name shown in the briefing and copied onto every document. */
  name: string;
  /** http(s) address of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
  url: string;
  /**
   * Time allowed for one request, redirects and body included (each retry gets its own).
   * @default 20_000
   */
  timeoutMs?: number;
  /**
   * Largest feed accepted, in bytes after decompression.
   * @default 10_485_760 (10 MB)
   */
  maxBytes?: number;
  /**
   * Redirects followed before the source fails.
   * @default 5
   */
  maxRedirects?: number;
  /**
   * The last good copy of the feed and its validators, kept between runs: the source asks with
   * `If-None-Match` / `If-Modified-Since` and reads the cached body again on 304 Not Modified.
   * Without it every run downloads the whole feed.
   */
  cache?: FeedCache;
  /**
   * Items kept from the feed: the most recent ones; the cut is reported as a warning.
   * @default 500
   */
  maxItems?: number;
  /**
   * Longest item body handed to the cleaning stage, in characters; longer ones are cut with a warning.
   * @default 1_000_000
   */
  maxBodyChars?: number;
  /**
   * For feeds that give only a teaser: fetch the page of every item whose text is shorter than
   * `teaserChars` and let the cleaning stage extract the article from it.
   * @default false
   */
  fullPage?: boolean;
  /**
   * With `fullPage`: also fetch item links that point to this machine or the local network.
   * @default false
   */
  allowPrivate?: boolean;
  /** With `fullPage`: text shorter than this is a teaser. @default 600 */
  teaserChars?: number;
  /** With `fullPage`: pages fetched for this source per run at most. @default 20 */
  maxFullPages?: number;
  /** With `fullPage`: pages left for the whole run, shared by all sources (each fetch takes one). */
  fullPageBudget?: { remaining: number };
  /**
   * With `fullPage`: the run's clock; a date a page states after it is not taken (see findPageDate).
   * @default () => new Date()
   */
  now?: () => Date;
}

/**
 * A Source that reads one web feed: fetch the bytes (conditionally, with retries), find their
 * encoding, parse RSS or Atom. Options are checked here, once, so a wrong call fails at start-up
 * with a TypeError rather than as a SourceError in every briefing. A feed with no items gives an
 * empty list, not an error.
 */
export function createFeedSource(options: FeedSourceOptions): Source {
  const { name, url } = checkOptions(options);
  const { cache } = options;
  const fetchOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    retries: options.retries ?? DEFAULT_RETRIES,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
  };

  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const maxBodyChars = options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS;
  const fullPageOptions = {
    maxBodyChars,
    ...(options.allowPrivate === undefined ? {} : { allowPrivate: options.allowPrivate }),
    ...(options.teaserChars === undefined ? {} : { teaserChars: options.teaserChars }),
    ...(options.maxFullPages === undefined ? {} : { maxPages: options.maxFullPages }),
    ...(options.fullPageBudget === undefined ? {} : { budget: options.fullPageBudget }),
    ...(options.now === undefined ? {} : { now: options.now }),
  };

  async function collect(collectOptions: CollectOptions = {}): Promise<SourceResult> {
    const started = Date.now();
    try {
      const cached = cache?.get(url);
      const { fetched, attempts } = await fetchWithRetries(url, {
        ...fetchOptions,
        ...collectOptions,
        ...(cached ? { headers: validatorsOf(cached) } : {}),
      });
      const body = fetched.notModified && cached ? cached : { body: fetched.bytes, contentType: fetched.contentType };
      const { text, encoding } = decodeBytes(body.body, body.contentType);
      const parsed = await parseFeed(text, { source: name, baseUrl: withoutCredentials(fetched.finalUrl), maxItems, maxBodyChars });
      // Stored only once it parsed: the cache keeps the last good copy, not the last answer.
      if (cache) remember(cache, url, fetched, cached, parsed.warnings);
      const report = { status: fetched.status, notModified: fetched.notModified, encoding, durationMs: Date.now() - started, attempts };
      if (!options.fullPage) return { ...parsed, fetch: report };
      const documents = await fetchFullPages(parsed.documents, fullPageOptions, { ...fetchOptions, ...collectOptions }, parsed.warnings);
      return { documents, warnings: parsed.warnings, fetch: { ...report, durationMs: Date.now() - started } };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // The message is shown and stored everywhere the source is reported: no secret of the address in it.
      throw new SourceError(name, redactUrl(`${url}: ${reason}`), { cause: error });
    }
  }

  return { name, collect };
}

/**
 * The feed's address without its user name and password, to resolve the items' relative links
 * against: a link `/story` of `http://user:pw@host/feed` would otherwise carry the password into
 * the email and the archive.
 */
function withoutCredentials(address: string): string {
  const url = new URL(address);
  url.username = '';
  url.password = '';
  return url.href;
}

function validatorsOf(entry: FeedCacheEntry): Record<string, string> {
  return {
    ...(entry.etag ? { 'if-none-match': entry.etag } : {}),
    ...(entry.lastModified ? { 'if-modified-since': entry.lastModified } : {}),
  };
}

function remember(cache: FeedCache, url: string, fetched: FetchedBytes, cached: FeedCacheEntry | undefined, warnings: string[]): void {
  try {
    store(cache, url, fetched, cached);
  } catch (error) {
    // The feed was read; a cache that cannot be written costs the next run a full download, not this one.
    warnings.push(`could not keep a copy for the next run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function store(cache: FeedCache, url: string, fetched: FetchedBytes, cached: FeedCacheEntry | undefined): void {
  const validators = {
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
  };
  if (fetched.notModified && cached) {
    // A 304 may carry fresher validators (RFC 9111 §4.3.4); the body and its date stay.
    if (validators.etag === undefined && validators.lastModified === undefined) return;
    cache.put(url, { ...cached, ...validators });
    return;
  }
  // Without a validator the next request cannot be conditional, so a copy would never be used: a
  // run of hundreds of such feeds would write tens of megabytes for nothing. An older copy goes.
  if (validators.etag === undefined && validators.lastModified === undefined) {
    if (cached) cache.delete(url);
    return;
  }
  cache.put(url, { ...validators, contentType: fetched.contentType, body: fetched.bytes, fetchedAt: new Date().toISOString() });
}

function checkOptions(options: FeedSourceOptions): { name: string; url: string } {
  const given = options as Partial<Record<keyof FeedSourceOptions, unknown>> | null | undefined;
  if (typeof given !== 'object' || given === null) throw new TypeError('createFeedSource: options are required');
  const { name, url, cache } = given;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError('createFeedSource: name must be a non-empty string');
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    throw new TypeError(`createFeedSource: url must be an http(s) address, got ${JSON.stringify(url)}`);
  }
  checkInteger('timeoutMs', given.timeoutMs, 1);
  checkInteger('maxBytes', given.maxBytes, 1);
  checkInteger('maxRedirects', given.maxRedirects, 0);
  checkInteger('retries', given.retries, 0);
  checkInteger('retryDelayMs', given.retryDelayMs, 0);
  checkInteger('maxRetryAfterMs', given.maxRetryAfterMs, 0);
  checkInteger('maxItems', given.maxItems, 1);
  checkInteger('maxBodyChars', given.maxBodyChars, 1);
  checkInteger('teaserChars', given.teaserChars, 0);
  checkInteger('maxFullPages', given.maxFullPages, 0);
  for (const key of ['fullPage', 'allowPrivate'] as const) {
    if (given[key] !== undefined && typeof given[key] !== 'boolean') throw new TypeError(`createFeedSource: ${key} must be true or false, got ${JSON.stringify(given[key])}`);
  }
  if (cache !== undefined && (typeof cache !== 'object' || cache === null || typeof (cache as Partial<FeedCache>).get !== 'function' || typeof (cache as Partial<FeedCache>).put !== 'function' || typeof (cache as Partial<FeedCache>).delete !== 'function')) {
    throw new TypeError('createFeedSource: cache must be a FeedCache (an object with get, put and delete)');
  }
  return { name, url };
}

function checkInteger(key: string, value: unknown, minimum: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw new TypeError(`createFeedSource: ${key} must be an integer of at least ${minimum}, got ${JSON.stringify(value)}`);
  }
}
