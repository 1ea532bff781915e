import type { RawDocument } from '../types.js';

/**
 * A feed item as rss-parser hands it over. Its typings promise strings, but an element with
 * attributes or child elements comes through as an object, so every field is checked before use.
 */
export interface FeedItem {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  isoDate?: unknown;
  pubDate?: unknown;
  /** dc:date, the date of RSS 1.0 items. */
  date?: unknown;
  creator?: unknown;
  author?: unknown;
  'content:encoded'?: unknown;
  /** RSS description or Atom content. */
  content?: unknown;
  summary?: unknown;
}

export interface ItemContext {
  source: string;
  baseUrl?: string;
  /** Position in the feed, from 0; warnings count from 1 as a person reading the feed would. */
  index: number;
}

/** Maps one item to a raw document, or undefined (with a warning) when it has nothing to show. */
export function itemToDocument(item: FeedItem, context: ItemContext, warnings: string[]): RawDocument | undefined {
  const title = text(item.title);
  const label = `item ${context.index + 1}${title ? ` ("${title}")` : ''}`;
  const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.summary);
  const url = resolveLink(text(item.link) ?? permalinkGuid(item.guid), context.baseUrl, label, warnings);
  if (title === undefined && body === undefined && url === undefined) {
    warnings.push(`${label}: no title, link or content, skipped`);
    return undefined;
  }
  const document: RawDocument = { source: context.source, body: body ?? '', format: 'html' };
  if (title !== undefined) document.title = title;
  if (url !== undefined) document.url = url;
  const published = readDate(item, label, warnings);
  if (published !== undefined) document.published = published;
  const author = text(item.creator) ?? text(item.author);
  if (author !== undefined) document.author = author;
  return document;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// An RSS <guid> is a permalink unless it says isPermaLink="false", in which case rss-parser keeps
// only its text too; an http(s) guid is a usable link either way when the item has no <link>.
function permalinkGuid(guid: unknown): string | undefined {
  const value = text(guid);
  return value !== undefined && /^https?:\/\//i.test(value) ? value : undefined;
}

function resolveLink(link: string | undefined, baseUrl: string | undefined, label: string, warnings: string[]) {
  if (link === undefined) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(link, baseUrl);
  } catch {
    warnings.push(`${label}: link "${link}" is not a valid address, dropped`);
    return undefined;
  }
  // Links end up in an email: a javascript: or data: link there is a risk, never an article.
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    warnings.push(`${label}: link "${link}" is not an http(s) address, dropped`);
    return undefined;
  }
  return resolved.href;
}

// rss-parser's isoDate is only set when its own parse worked; dc:date may still rescue an item
// whose pubDate is garbled, and an item whose dates all fail is kept without one.
function readDate(item: FeedItem, label: string, warnings: string[]): string | undefined {
  const candidates = [item.isoDate, item.pubDate, item.date].map(text).filter((value) => value !== undefined);
  for (const candidate of candidates) {
    const time = Date.parse(candidate);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  if (candidates[0] !== undefined) warnings.push(`${label}: unreadable date "${candidates[0]}", kept without a date`);
  return undefined;
}
