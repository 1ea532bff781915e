import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

const freshStateDir = useTempDirs('feed-cache-');

describe('the feed cache in the state store', () => {
  it('keeps a copy across openings of the SQLite file, replaces it, and deletes it', async () => {
    const stateDir = await freshStateDir();
    const url = 'https://news.example/feed.xml';
    const first = openStore(stateDir);
    first.feedCache.put(url, { etag: '"v1"', contentType: 'application/rss+xml', body: new TextEncoder().encode('<rss/>'), fetchedAt: '2026-11-23T08:00:00.000Z' });
    first.feedCache.put(url, { lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT', contentType: null, body: new TextEncoder().encode('<rss>2</rss>'), fetchedAt: '2026-11-23T09:00:00.000Z' });
    first.close();

    const second = openStore(stateDir);
    const entry = second.feedCache.get(url);
    expect(entry).toEqual({ lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT', contentType: null, body: new TextEncoder().encode('<rss>2</rss>'), fetchedAt: '2026-11-23T09:00:00.000Z' });
    second.feedCache.delete(url);
    expect(second.feedCache.get(url)).toBeUndefined();
    second.close();
  });
});
