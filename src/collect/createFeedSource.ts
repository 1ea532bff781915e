import { SourceError } from '../errors.js';
import { decodeBytes } from './decodeBytes.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, fetchBytes } from './fetchBytes.js';
import { parseFeed } from './parseFeed.js';
import type { CollectOptions, Source, SourceResult } from './source.js';

export interface FeedSourceOptions {
  /** Name shown in the briefing and copied onto every document. */
  name: string;
  /** http(s) address of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
  url: string;
  /**
   * Time allowed for the whole download, redirects included.
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
}

/**
 * A Source that reads one web feed: fetch the bytes, find their encoding, parse RSS or Atom.
 * Options are checked here, once, so a wrong call fails at start-up with a TypeError rather than
 * as a SourceError in every briefing. A feed with no items gives an empty list, not an error.
 */
export function createFeedSource(options: FeedSourceOptions): Source {
  const { name, url } = checkOptions(options);
  const fetchOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  };

  async function collect(collectOptions: CollectOptions = {}): Promise<SourceResult> {
    try {
      const fetched = await fetchBytes(url, { ...fetchOptions, signal: collectOptions.signal });
      const { text } = decodeBytes(fetched.bytes, fetched.contentType);
      return await parseFeed(text, { source: name, baseUrl: fetched.finalUrl });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SourceError(name, `${url}: ${reason}`, { cause: error });
    }
  }

  return { name, collect };
}

function checkOptions(options: FeedSourceOptions): { name: string; url: string } {
  const given = options as Partial<Record<keyof FeedSourceOptions, unknown>> | null | undefined;
  if (typeof given !== 'object' || given === null) throw new TypeError('createFeedSource: options are required');
  const { name, url } = given;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError('createFeedSource: name must be a non-empty string');
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    throw new TypeError(`createFeedSource: url must be an http(s) address, got ${JSON.stringify(url)}`);
  }
  checkInteger('timeoutMs', given.timeoutMs, 1);
  checkInteger('maxBytes', given.maxBytes, 1);
  checkInteger('maxRedirects', given.maxRedirects, 0);
  return { name, url };
}

function checkInteger(key: string, value: unknown, minimum: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw new TypeError(`createFeedSource: ${key} must be an integer of at least ${minimum}, got ${JSON.stringify(value)}`);
  }
}
