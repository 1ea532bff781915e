import { decodeHTML } from 'entities';
import { findPageDate } from '../date/findPageDate.js';
import type { RawDocument } from '../types.js';
import { checkPublicAddress, type HostLookup } from './checkPublicAddress.js';
import { decodeBytes } from './decodeBytes.js';
import type { FetchBytesOptions } from './fetchBytes.js';
import { fetchWithRetries, type RetryOptions } from './fetchWithRetries.js';
import { formatSize } from './readBody.js';

export interface FullPageOptions {
  /**
   * Fetch the linked page even when it is on this machine or the local network (127.0.0.0/8,
   * 10/8, 172.16/12, 192.168/16, link-local, ::1, fc00::/7, fe80::/10). Off, a feed cannot make the
   * briefing read a router's admin page or a cloud metadata endpoint.
   * @default false
   */
  allowPrivate?: boolean;
  /**
   * A body with less text than this many characters is a teaser, and its page is fetched.
   * @default 600
   */
  teaserChars?: number;
  /**
   * Pages fetched for one source in one run at most; items past it keep their teaser.
   * @default 20
   */
  maxPages?: number;
  /**
   * Pages left for the whole run, shared by every source that fetches full pages (each fetch
   * takes one). Without it only `maxPages` applies.
   */
  budget?: { remaining: number };
  /** Longest page handed to the cleaning stage, in characters (the same cap as feed bodies). */
  maxBodyChars: number;
  /** Host name resolution, for tests. @default dns.lookup */
  lookup?: HostLookup;
  /**
   * The run's clock: a date a page states that lies after it is not taken (see findPageDate).
   * @default () => new Date()
   */
  now?: () => Date;
}

export const DEFAULT_TEASER_CHARS = 600;
export const DEFAULT_MAX_FULL_PAGES = 20;

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/**
 * For feeds that give only a teaser (opt-in per source, `fullPage`): fetches each short item's
 * link with the feed's own limits (timeout, size cap, redirects, retries, per-host slots, the
 * run's deadline) and hands the page to the cleaning stage instead of the teaser, which extracts
 * the article from it. A page that cannot be fetched, or is refused, leaves the teaser in place
 * with a warning; it never fails the source.
 */
export async function fetchFullPages(
  documents: readonly RawDocument[],
  options: FullPageOptions,
  fetchOptions: FetchBytesOptions & RetryOptions,
  warnings: string[],
): Promise<RawDocument[]> {
  const teaserChars = options.teaserChars ?? DEFAULT_TEASER_CHARS;
  let left = options.maxPages ?? DEFAULT_MAX_FULL_PAGES;
  let skipped = 0;
  const checkUrl = options.allowPrivate ? undefined : (url: string) => checkPublicAddress(url, options.lookup);
  const result: RawDocument[] = [];
  for (const document of documents) {
    if (document.url === undefined || textLength(document.body) >= teaserChars) {
      result.push(document);
      continue;
    }
    if (left <= 0 || (options.budget && options.budget.remaining <= 0)) {
      skipped++;
      result.push(document);
      continue;
    }
    left--;
    if (options.budget) options.budget.remaining--;
    result.push(await fetchPage(document, options, { ...fetchOptions, headers: { ...fetchOptions.headers, accept: PAGE_ACCEPT }, ...(checkUrl ? { checkUrl } : {}) }, warnings));
  }
  if (skipped > 0) warnings.push(`${skipped} more teaser(s) kept as they are: the limit of full pages fetched per run was reached`);
  return result;
}

async function fetchPage(document: RawDocument, { maxBodyChars, now }: FullPageOptions, options: FetchBytesOptions & RetryOptions, warnings: string[]): Promise<RawDocument> {
  const url = document.url!;
  try {
    const { fetched } = await fetchWithRetries(url, options);
    if (fetched.contentType !== null && !/html|xml|text\/plain/i.test(fetched.contentType)) {
      warnings.push(`${url}: full page not used: it is ${fetched.contentType.split(';')[0] ?? ''}, not a web page; the feed's text is kept`);
      return document;
    }
    let { text } = decodeBytes(fetched.bytes, fetched.contentType ?? 'text/html');
    if (text.length > maxBodyChars) {
      warnings.push(`${url}: page longer than ${formatSize(maxBodyChars)} of text, cut to that`);
      text = text.slice(0, maxBodyChars);
    }
    // The feed's own date stands when it gave one; an undated item takes the date its page states,
    // rather than the moment this run first saw it.
    const pageDate = document.published === undefined ? findPageDate(text, { url: fetched.finalUrl, now: now?.() ?? new Date() }) : undefined;
    return { ...document, body: text, format: 'html', ...(pageDate ? { published: pageDate.published, dateSource: pageDate.dateSource, dateEvidence: pageDate.evidence } : {}) };
  } catch (error) {
    warnings.push(`${url}: full page not fetched: ${error instanceof Error ? error.message : String(error)}; the feed's text is kept`);
    return document;
  }
}

/** Characters of text in an HTML or plain body, tags and spacing aside: enough to tell a teaser. */
function textLength(body: string): number {
  return decodeHTML(body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim().length;
}
