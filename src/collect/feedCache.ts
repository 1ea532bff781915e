/**
 * The last good copy of a feed and the validators that came with it, kept between runs by the
 * state store. A source sends `If-None-Match` / `If-Modified-Since` from it, and on 304 Not
 * Modified parses the cached body again: a second run on the same day still sees its items.
 */
export interface FeedCacheEntry {
  etag?: string;
  lastModified?: string;
  contentType: string | null;
  body: Uint8Array;
  /** ISO time of the 200 response the body came from. */
  fetchedAt: string;
}

export interface FeedCache {
  get(url: string): FeedCacheEntry | undefined;
  put(url: string, entry: FeedCacheEntry): void;
  delete(url: string): void;
}

/** A cache that lives as long as the process: for tests and for runs without a state folder. */
export function createMemoryFeedCache(): FeedCache {
  const entries = new Map<string, FeedCacheEntry>();
  return {
    get: (url) => entries.get(url),
    put: (url, entry) => {
      entries.set(url, entry);
    },
    delete: (url) => {
      entries.delete(url);
    },
  };
}
