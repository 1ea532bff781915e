import { feedKey } from './feedKey.js';
import type { OpmlFeed } from './parseOpml.js';

/** A source to add to sources.json, keys in the order they are written. */
export interface NewSource {
  name: string;
  url: string;
  topic?: string;
  enabled?: false;
}

export interface SkippedFeed {
  name: string;
  url: string;
  reason: string;
}

export interface ImportPlan {
  add: NewSource[];
  /** Feeds already in sources.json, or listed twice in the file. */
  duplicates: SkippedFeed[];
  /** Outlines whose address cannot be a feed source. */
  invalid: SkippedFeed[];
}

export interface ImportOptions {
  /** Each feed's folder becomes its source's `topic`. */
  foldersAsTopics?: boolean;
  /** The OPML file's name, for messages. */
  file: string;
}

/**
 * Which feeds of an OPML file to add to the sources already configured. The same feed address
 * (by {@link feedKey}) is never added twice; a name already taken gets the feed's host, then a
 * number, since source names must be unique. A commented-out outline is added disabled.
 */
export function planImport(existing: readonly { name: string; url?: string }[], feeds: readonly OpmlFeed[], options: ImportOptions): ImportPlan {
  const owner = new Map<string, string>();
  for (const source of existing) {
    const key = source.url === undefined ? undefined : feedKey(source.url);
    if (key !== undefined) owner.set(key, `already in the config as "${source.name}"`);
  }
  const names = new Set(existing.map((source) => source.name));
  const plan: ImportPlan = { add: [], duplicates: [], invalid: [] };
  for (const feed of feeds) {
    const key = feedKey(feed.url);
    if (key === undefined) {
      plan.invalid.push({ name: feed.name, url: feed.url, reason: 'not an http(s) address' });
      continue;
    }
    const taken = owner.get(key);
    if (taken !== undefined) {
      plan.duplicates.push({ name: feed.name, url: feed.url, reason: taken });
      continue;
    }
    const url = new URL(feed.url.trim()).href;
    const name = uniqueName(feed.name || new URL(url).hostname, new URL(url).hostname, names);
    names.add(name);
    owner.set(key, `listed twice in ${options.file} (first as "${name}")`);
    plan.add.push({
      name,
      url,
      ...(options.foldersAsTopics && feed.folder ? { topic: feed.folder } : {}),
      ...(feed.comment ? { enabled: false as const } : {}),
    });
  }
  return plan;
}

function uniqueName(name: string, host: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const withHost = `${name} (${host})`;
  if (!taken.has(withHost)) return withHost;
  let n = 2;
  while (taken.has(`${withHost} ${n}`)) n++;
  return `${withHost} ${n}`;
}
