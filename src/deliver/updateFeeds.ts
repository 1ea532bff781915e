import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Briefing } from '../types.js';
import type { ArchiveFeed, ArchiveFeedEntry } from './archiveFeed.js';
import { bodyOfEmail } from './bodyOfEmail.js';
import { formatAtomFeed } from './formatAtomFeed.js';
import { formatJsonFeed } from './formatJsonFeed.js';
import type { IndexEntry } from './updateIndex.js';
import { writeAtomic } from './writeAtomic.js';

export interface FeedOptions {
  /** `delivery.feedBaseUrl`: the public address of the archive folder. */
  baseUrl?: string;
  /** Briefings listed, newest first. @default 20 */
  limit?: number;
  /** The body of `briefing`'s own email (see bodyOfEmail), when the render made it. */
  body?: string;
}

const DATE_HTML = /^(\d{4}-\d{2}-\d{2})\.html$/;

/**
 * Rewrites `feed.xml` (Atom) and `feed.json` (JSON Feed) from the archive, so anyone can subscribe
 * to the briefing in a feed reader: the newest `limit` briefings of index.json (written just
 * before), each with its archived email. A date whose HTML is missing is left out.
 */
export async function updateFeeds(archiveDir: string, briefing: Briefing, options: FeedOptions = {}): Promise<string[]> {
  const baseUrl = options.baseUrl === undefined ? undefined : options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  // Without a public address, ids are name-based UUIDs of the archive folder: stable from run to run.
  const idOf = (file: string) => (baseUrl === undefined ? nameUuid(path.join(path.resolve(archiveDir), file)) : new URL(file, baseUrl).href);
  const listed = (await readManifest(archiveDir)) ?? (await listArchivedDates(archiveDir));
  const earlier = await readEarlierBodies(path.join(archiveDir, 'feed.json'));
  const entries: ArchiveFeedEntry[] = [];
  for (const item of listed.sort((a, b) => b.date.localeCompare(a.date))) {
    if (entries.length >= (options.limit ?? 20)) break;
    const file = path.join(archiveDir, `${item.date}.html`);
    const written = await stat(file).catch(() => undefined);
    if (written === undefined) continue;
    const id = idOf(`${item.date}.html`);
    // The briefing's own body comes from its render; another email's from the last feed.json, when
    // that was written after the email (it holds the email as it is now).
    const known = item.date === briefing.date ? options.body : written.mtimeMs < earlier.writtenAt ? earlier.bodies.get(id) : undefined;
    const html = known ?? (await readFile(file, 'utf8').then(bodyOfEmail, () => undefined));
    if (html === undefined) continue;
    const updated = item.date === briefing.date ? briefing.generatedAt : (item.generatedAt ?? written.mtime.toISOString());
    entries.push({
      date: item.date,
      title: `${item.title}, ${item.date}`,
      language: item.language,
      id,
      updated: new Date(updated).toISOString(),
      html,
    });
  }
  const feed: ArchiveFeed = {
    title: briefing.title,
    language: briefing.language,
    id: idOf('feed.xml'),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(briefing.generatedAt).toISOString()),
    entries,
  };
  const atom = path.join(archiveDir, 'feed.xml');
  const json = path.join(archiveDir, 'feed.json');
  await writeAtomic(atom, formatAtomFeed(feed));
  await writeAtomic(json, formatJsonFeed(feed));
  return [atom, json];
}

type Listed = Pick<IndexEntry, 'date' | 'title' | 'language' | 'generatedAt'>;

/**
 * The entry bodies of the feed.json a run wrote last, by entry id, and when it was written. Each
 * archived email is read and parsed (bodyOfEmail) when it first goes into the feed and taken from
 * there afterwards, since parsing all twenty on every run tripled the time of updating the feeds.
 * Nothing when there is no readable feed.json.
 */
async function readEarlierBodies(file: string): Promise<{ bodies: Map<string, string>; writtenAt: number }> {
  const bodies = new Map<string, string>();
  try {
    const { mtimeMs } = await stat(file);
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { items?: unknown };
    for (const item of Array.isArray(parsed.items) ? (parsed.items as { id?: unknown; content_html?: unknown }[]) : []) {
      if (typeof item.id === 'string' && typeof item.content_html === 'string') bodies.set(item.id, item.content_html);
    }
    return { bodies, writtenAt: mtimeMs };
  } catch {
    return { bodies, writtenAt: Number.NEGATIVE_INFINITY };
  }
}

async function readManifest(archiveDir: string): Promise<Listed[] | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(archiveDir, 'index.json'), 'utf8'));
    return Array.isArray(parsed) ? (parsed as Partial<IndexEntry>[]).filter((entry): entry is IndexEntry => typeof entry.date === 'string' && DATE_HTML.test(`${entry.date}.html`)) : undefined;
  } catch {
    return undefined;
  }
}

/** Without a manifest, every `YYYY-MM-DD.html` of the folder, titled by its date. */
async function listArchivedDates(archiveDir: string): Promise<Listed[]> {
  const names = await readdir(archiveDir).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const date = DATE_HTML.exec(name)?.[1];
    return date ? [{ date, title: date, language: 'en' }] : [];
  });
}

// RFC 9562's namespace for names that are URLs.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based UUID (RFC 9562, version 5) of a file's `file:` URL, as a URN for Atom and JSON Feed ids. */
function nameUuid(file: string): string {
  const hash = createHash('sha1').update(URL_NAMESPACE).update(pathToFileURL(file).href).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
