import type { RawDocument } from '../types.js';
import type { FeedEntries, FeedEntry } from './feedEntry.js';
import { itemToDocument } from './itemToDocument.js';
import { readFeedDate } from './readFeedDate.js';
import { isJsonFeed, readJsonFeed } from './readJsonFeed.js';
import { readXmlFeed } from './readXmlFeed.js';

export interface ParseFeedOptions {
  /** Name of the configured source, copied onto every document. */
  source: string;
  /** Address the feed was fetched from (after redirects): relative item links resolve against it. */
  baseUrl?: string;
  /**
   * Items kept from one feed: the most recent ones by date (undated ones after them, in feed
   * order). A feed of 100,000 items costs the parse, not a briefing of 100,000 articles.
   * @default 500
   */
  maxItems?: number;
  /**
   * Longest item body handed to the cleaning stage, in characters; a longer one is cut with a warning.
   * @default 1_000_000
   */
  maxBodyChars?: number;
}

export interface ParsedFeed {
  documents: RawDocument[];
  /** Problems that did not stop the feed: entities refused, items cut or skipped, dates that did not parse. */
  warnings: string[];
}

export const DEFAULT_MAX_ITEMS = 500;
export const DEFAULT_MAX_BODY_CHARS = 1_000_000;

/**
 * Reads an RSS 0.9x/1.0/2.0, Atom, CDF or JSON Feed document (told apart by content, not by URL
 * or Content-Type) into raw documents. Throws an Error with a readable reason only when the
 * document is no feed at all; problems with single items become warnings and the rest is kept.
 */
export async function parseFeed(text: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  await Promise.resolve();
  // A test, not trim(): trimming copies the whole feed.
  if (!/\S/.test(text)) throw new Error('the feed is empty (no content at all)');
  const read: FeedEntries = isJsonFeed(text) ? readJsonFeed(text) : readXmlFeed(notJson(text), options.baseUrl);
  const warnings = [...read.warnings];
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const chosen = mostRecent(read.entries, maxItems);
  if (chosen.length < read.entries.length) {
    warnings.push(`the feed has ${read.entries.length.toLocaleString('en')} items; kept the ${maxItems.toLocaleString('en')} most recent (maxItems)`);
  }
  const documents: RawDocument[] = [];
  for (const { entry, index } of chosen) {
    try {
      const document = itemToDocument(entry, { index, source: options.source, maxBodyChars: options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }, warnings);
      if (document) documents.push(document);
    } catch (error) {
      // One bad item costs that item, never the feed.
      warnings.push(`item ${index + 1}: skipped, ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { documents, warnings };
}

/** The text, unless it is JSON that is no JSON Feed: that gets its own reason, not an XML one. */
function notJson(text: string): string {
  if (/^\s*[[{]/.test(text)) {
    try {
      JSON.parse(text);
    } catch {
      return text;
    }
    throw new Error('not a feed: the body is JSON, but not a JSON Feed (it has no "version": "https://jsonfeed.org/version/1…")');
  }
  return text;
}

/** The `max` newest entries, in feed order; all of them when there are no more than `max`. */
function mostRecent(entries: readonly FeedEntry[], max: number): { entry: FeedEntry; index: number }[] {
  const indexed = entries.map((entry, index) => ({ entry, index }));
  if (indexed.length <= max) return indexed;
  const time = (entry: FeedEntry) => {
    const date = entry.dates.map(readFeedDate).find((value) => value !== undefined);
    return date === undefined ? Number.NEGATIVE_INFINITY : Date.parse(date);
  };
  const times = new Map(indexed.map(({ entry, index }) => [index, time(entry)]));
  const kept = [...indexed].sort((a, b) => times.get(b.index)! - times.get(a.index)! || a.index - b.index).slice(0, max);
  return kept.sort((a, b) => a.index - b.index);
}
