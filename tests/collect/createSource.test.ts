import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource } from '../../src/collect/createSource.js';
import { createMemoryFeedCache } from '../../src/collect/feedCache.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.xml': ({ headers }) => (headers['if-none-match'] === '"a"' ? { status: 304 } : { headers: { etag: '"a"' }, body: readFeedFixture('rss2.xml') }),
    '/busy': { status: 503 },
  });
});

afterAll(() => server.close());

describe('createSource', () => {
  it('gives feed sources the run’s cache', async () => {
    const cache = createMemoryFeedCache();
    const source = createSource({ name: 'Gazette', url: server.url('/feed.xml'), enabled: true }, { cache });
    await source.collect();
    expect((await source.collect()).fetch).toMatchObject({ notModified: true });
    expect(cache.get(server.url('/feed.xml'))?.etag).toBe('"a"');
  });

  it('passes fetch settings to feed sources', async () => {
    const source = createSource({ name: 'Busy', url: server.url('/busy'), enabled: true }, { feed: { retries: 1, retryDelayMs: 10 } });
    await expect(source.collect()).rejects.toThrow('HTTP 503 Service Unavailable (after 2 attempts)');
  });
});
