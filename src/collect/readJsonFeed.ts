import type { FeedEntries, FeedEntry } from './feedEntry.js';

/** True for a body that is a JSON object naming a JSON Feed version, whatever the URL or Content-Type. */
export function isJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text) && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/.test(text.slice(0, 65_536)) ? parseObject(text) !== undefined : false;
}

/**
 * Reads a JSON Feed 1.0 or 1.1 (https://jsonfeed.org/version/1.1): every item becomes an entry;
 * content_html is HTML, content_text plain text, summary the fallback. An item that is not an
 * object is skipped with a warning.
 */
export function readJsonFeed(text: string): FeedEntries {
  const feed = parseObject(text);
  if (!feed) throw new Error('not a JSON Feed: the body is not a JSON object');
  const items: unknown[] = Array.isArray(feed.items) ? (feed.items as unknown[]) : [];
  const warnings: string[] = [];
  if (!Array.isArray(feed.items)) warnings.push('the JSON Feed has no "items" array');
  const entries: FeedEntry[] = [];
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warnings.push(`item ${index + 1}: not a JSON object, skipped`);
      entries.push({ bodyFormat: 'html', dates: [] });
      return;
    }
    entries.push(readItem(item as Record<string, unknown>));
  });
  return { entries, warnings };
}

function readItem(item: Record<string, unknown>): FeedEntry {
  const entry: FeedEntry = { bodyFormat: 'html', dates: [] };
  const title = string(item.title);
  if (title) entry.title = title;
  const link = string(item.url) ?? string(item.external_url) ?? (string(item.id)?.match(/^https?:\/\//i) ? string(item.id) : undefined);
  if (link) entry.link = link;
  const html = string(item.content_html);
  const plain = string(item.content_text);
  if (html) entry.body = html;
  else if (plain) {
    entry.body = plain;
    entry.bodyFormat = 'text';
  } else if (string(item.summary)) {
    entry.body = string(item.summary)!;
    entry.bodyFormat = 'text';
  }
  entry.dates = [string(item.date_published), string(item.date_modified)].filter((value) => value !== undefined);
  // 1.1 has "authors" (a list); 1.0 had "author".
  const authors = Array.isArray(item.authors) ? (item.authors as unknown[]) : [item.author];
  const author = authors.map((value) => (typeof value === 'object' && value !== null ? string((value as Record<string, unknown>).name) : undefined)).find(Boolean);
  if (author) entry.author = author;
  // "tags" is a list of strings; a single string is read as one tag rather than lost.
  const tags = (Array.isArray(item.tags) ? (item.tags as unknown[]) : [item.tags]).filter((tag) => typeof tag === 'string');
  if (tags.length > 0) entry.categories = tags;
  return entry;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
