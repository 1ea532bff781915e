import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { FeedCache, FeedCacheEntry } from '../collect/feedCache.js';
import { redactUrl } from '../text/redactUrl.js';
import { scrubRows } from './scrubRows.js';

interface Row {
  etag: string | null;
  last_modified: string | null;
  content_type: string | null;
  body: Buffer;
  fetched_at: string;
}

/**
 * The feed cache kept in the state store: one row per feed URL, replaced on every 200. A URL with
 * a password or a token is stored as its redacted form plus a digest of the whole address, so the
 * secret stays out of state.db while two addresses that differ only in it keep their own rows.
 */
export function createFeedCacheStore(db: Database.Database): FeedCache {
  if (!db.readonly) rekeySecretUrls(db);
  const select = db.prepare<[string], Row>('SELECT etag, last_modified, content_type, body, fetched_at FROM feed_cache WHERE url = ?');
  const upsert = db.prepare(
    `INSERT INTO feed_cache (url, etag, last_modified, content_type, body, fetched_at) VALUES (@url, @etag, @lastModified, @contentType, @body, @fetchedAt)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       content_type = excluded.content_type, body = excluded.body, fetched_at = excluded.fetched_at`,
  );
  const remove = db.prepare('DELETE FROM feed_cache WHERE url = ?');
  return {
    get: (url) => {
      const row = select.get(cacheKey(url));
      if (!row) return undefined;
      const entry: FeedCacheEntry = { contentType: row.content_type, body: new Uint8Array(row.body), fetchedAt: row.fetched_at };
      if (row.etag) entry.etag = row.etag;
      if (row.last_modified) entry.lastModified = row.last_modified;
      return entry;
    },
    put: (url, entry) => {
      upsert.run({
        url: cacheKey(url),
        etag: entry.etag ?? null,
        lastModified: entry.lastModified ?? null,
        contentType: entry.contentType,
        body: Buffer.from(entry.body),
        fetchedAt: entry.fetchedAt,
      });
    },
    delete: (url) => {
      remove.run(cacheKey(url));
    },
  };
}

/** The row key of a feed: its URL as given, or `<redacted URL> sha256:<digest>` when it holds a secret. */
function cacheKey(url: string): string {
  const redacted = redactUrl(url);
  return redacted === url ? url : `${redacted} sha256:${createHash('sha256').update(url).digest('hex')}`;
}

// Stores written before redaction keyed feeds by their plain URL: those rows move to the new key,
// and the old key's bytes are overwritten in the file.
function rekeySecretUrls(db: Database.Database): void {
  const urls = db.prepare<[], { url: string }>('SELECT url FROM feed_cache').all().map((row) => row.url);
  const stale = urls.filter((url) => cacheKey(url) !== url);
  if (stale.length === 0) return;
  const rekey = db.prepare('UPDATE OR REPLACE feed_cache SET url = ? WHERE url = ?');
  scrubRows(db, () => {
    for (const url of stale) rekey.run(cacheKey(url), url);
  });
}
