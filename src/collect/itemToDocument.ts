import type { RawDocument } from '../types.js';
import { cleanCategories } from './cleanCategories.js';
import type { FeedEntry } from './feedEntry.js';
import { formatSize } from './readBody.js';
import { readFeedDate } from './readFeedDate.js';

export interface ItemContext {
  source: string;
  baseUrl?: string;
  /** Position in the feed, from 0; warnings count from 1 as a person reading the feed would. */
  index: number;
  /** Longest body handed to the cleaning stage, in characters; longer ones are cut. */
  maxBodyChars: number;
}

/** Maps one feed entry to a raw document, or undefined (with a warning) when it has nothing to show. */
export function itemToDocument(entry: FeedEntry, context: ItemContext, warnings: string[]): RawDocument | undefined {
  const title = text(entry.title);
  const label = `item ${context.index + 1}${title ? ` ("${title.length > 80 ? `${title.slice(0, 80)}…` : title}")` : ''}`;
  let body = text(entry.body);
  const url = resolveLink(text(entry.link), context.baseUrl, label, warnings);
  if (title === undefined && body === undefined && url === undefined) {
    warnings.push(`${label}: no title, link or content, skipped`);
    return undefined;
  }
  if (body !== undefined && body.length > context.maxBodyChars) {
    warnings.push(`${label}: content longer than ${formatSize(context.maxBodyChars)} of text, cut to that`);
    body = body.slice(0, context.maxBodyChars);
  }
  // Titles are one line of a briefing: a feed's 1 MB "title" is cut like a body.
  const document: RawDocument = { source: context.source, body: body ?? '', format: entry.bodyFormat };
  if (title !== undefined) document.title = title.length > 2_000 ? title.slice(0, 2_000) : title;
  if (url !== undefined) document.url = url;
  const published = readDate(entry, label, warnings);
  if (published !== undefined) {
    document.published = published;
    document.dateSource = 'feed';
  }
  const author = text(entry.author);
  if (author !== undefined) document.author = author.slice(0, 500);
  const categories = cleanCategories(entry.categories ?? []);
  if (categories.length > 0) document.categories = categories;
  return document;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function resolveLink(link: string | undefined, baseUrl: string | undefined, label: string, warnings: string[]) {
  if (link === undefined) return undefined;
  let resolved: URL;
  try {
    // Some feeds escape a link's "&" twice ("…?c_id=1&amp;amp;objectid=…"), so that one "&amp;"
    // is left after the XML is read: no address means it, and the outlet's page gets "amp;ref".
    resolved = new URL(link.replaceAll('&amp;', '&'), baseUrl);
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

// The first date that reads wins (dc:date may rescue an item whose pubDate is garbled); an item
// whose dates all fail is kept without one: its first sighting will date it.
function readDate(entry: FeedEntry, label: string, warnings: string[]): string | undefined {
  for (const candidate of entry.dates) {
    const date = readFeedDate(candidate);
    if (date !== undefined) return date;
  }
  if (entry.dates[0] !== undefined) warnings.push(`${label}: unreadable date "${entry.dates[0]}", kept without a date`);
  return undefined;
}
