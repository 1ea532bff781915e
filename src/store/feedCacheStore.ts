import type Database from 'better-sqlite3';
import type { FeedCache, FeedCacheEntry } from '../collect/feedCache.js';

interface Row {
  etag: string | null;
  last_modified: string | null;
  content_type: string | null;
  body: Buffer;
  fetched_at: string;
}

/** The feed cache kept in the state store: one row per feed URL, replaced on every 200. */
export function createFeedCacheStore(db: Database.Database): FeedCache {
  const select = db.prepare<[string], Row>('SELECT etag, last_modified, content_type, body, fetched_at FROM feed_cache WHERE url = ?');
  const upsert = db.prepare(
    `INSERT INTO feed_cache (url, etag, last_modified, content_type, body, fetched_at) VALUES (@url, @etag, @lastModified, @contentType, @body, @fetchedAt)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       content_type = excluded.content_type, body = excluded.body, fetched_at = excluded.fetched_at`,
  );
  const remove = db.prepare('DELETE FROM feed_cache WHERE url = ?');
  return {
    get: (url) => {
      const row = select.get(url);
      if (!row) return undefined;
      const entry: FeedCacheEntry = { contentType: row.content_type, body: new Uint8Array(row.body), fetchedAt: row.fetched_at };
      if (row.etag) entry.etag = row.etag;
      if (row.last_modified) entry.lastModified = row.last_modified;
      return entry;
    },
    put: (url, entry) => {
      upsert.run({
        url,
        etag: entry.etag ?? null,
        lastModified: entry.lastModified ?? null,
        contentType: entry.contentType,
        body: Buffer.from(entry.body),
        fetchedAt: entry.fetchedAt,
      });
    },
    delete: (url) => {
      remove.run(url);
    },
  };
}
