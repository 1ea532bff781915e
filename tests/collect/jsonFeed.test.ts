import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { parseFeed } from '../../src/collect/parseFeed.js';
import { isJsonFeed } from '../../src/collect/readJsonFeed.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Gazette',
  home_page_url: 'https://gazette.example/',
  items: [
    {
      id: '2',
      title: 'Quay reopens',
      content_html: '<p>The quay <b>reopens</b>.</p><script>alert(1)</script>',
      url: 'https://gazette.example/quay',
      date_published: '2025-03-04T10:00:00+01:00',
      authors: [{ name: 'Mina Haddad' }],
    },
    { id: '1', content_text: 'Plain text only.\nSecond line.', url: '/relative', date_modified: '2025-03-03T08:00:00Z' },
    'not an item',
    { id: '0', summary: 'Just a summary', external_url: 'https://elsewhere.example/x', author: { name: 'Old Style' } },
  ],
};

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.json': { headers: { 'content-type': 'application/feed+json' }, body: JSON.stringify(feed) },
    // Detected by content, not by URL or Content-Type.
    '/feed.xml': { headers: { 'content-type': 'text/plain' }, body: `\n  ${JSON.stringify(feed)}` },
    '/other.json': { headers: { 'content-type': 'application/json' }, body: '{"data": [1, 2, 3]}' },
  });
});

afterAll(async () => {
  await server.close();
});

describe('JSON Feed', () => {
  it('reads a JSON Feed 1.1 served over HTTP into documents', async () => {
    const { documents, warnings } = await createFeedSource({ name: 'Gazette', url: server.url('/feed.json') }).collect();
    expect(documents).toEqual([
      {
        source: 'Gazette',
        title: 'Quay reopens',
        url: 'https://gazette.example/quay',
        body: '<p>The quay <b>reopens</b>.</p><script>alert(1)</script>',
        format: 'html',
        published: '2025-03-04T09:00:00.000Z',
        dateSource: 'feed',
        author: 'Mina Haddad',
      },
      { source: 'Gazette', url: server.url('/relative'), body: 'Plain text only.\nSecond line.', format: 'text', published: '2025-03-03T08:00:00.000Z', dateSource: 'feed' },
      { source: 'Gazette', url: 'https://elsewhere.example/x', body: 'Just a summary', format: 'text', author: 'Old Style' },
    ]);
    expect(warnings).toEqual(['item 3: not a JSON object, skipped', 'item 3: no title, link or content, skipped']);
  });

  it('is told by its content, whatever the address and Content-Type say', async () => {
    const { documents } = await createFeedSource({ name: 'Gazette', url: server.url('/feed.xml') }).collect();
    expect(documents.map((document) => document.title ?? document.body)).toEqual(['Quay reopens', 'Plain text only.\nSecond line.', 'Just a summary']);
  });

  it('says plainly when JSON is not a JSON Feed', async () => {
    await expect(createFeedSource({ name: 'Other', url: server.url('/other.json') }).collect()).rejects.toThrow('not a feed: the body is JSON, but not a JSON Feed (it has no "version": "https://jsonfeed.org/version/1…")');
  });

  it('reads an item\'s tags as its categories, cleaned, and leaves them out when there are none', async () => {
    const items = [
      { id: 'a', title: 'Cup final', tags: ['Sports', ' <b>Football</b> ', '', 'sports', 42, null, { name: 'x' }, 'Arts &amp; Culture'] },
      { id: 'b', title: 'A single tag', tags: 'Weather' },
      { id: 'c', title: 'No tags', tags: [] },
      { id: 'd', title: 'Not a list', tags: { sports: true } },
      { id: 'e', title: 'A thousand', tags: Array.from({ length: 1000 }, (_, index) => `tag ${index % 500}`) },
    ];
    const { documents } = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), { source: 'S' });
    expect(documents.map((document) => document.categories)).toEqual([['Sports', 'Football', 'Arts & Culture'], ['Weather'], undefined, undefined, Array.from({ length: 20 }, (_, index) => `tag ${index}`)]);
    expect('categories' in documents[2]!).toBe(false);
  });

  it('accepts version 1.0 and refuses a look-alike', async () => {
    expect(isJsonFeed('{"version": "https://jsonfeed.org/version/1", "items": []}')).toBe(true);
    expect(isJsonFeed('{"version": "https://example.org/version/1", "items": []}')).toBe(false);
    expect(isJsonFeed('{"version": "https://jsonfeed.org/version/1", "items": [')).toBe(false);
    expect(await parseFeed('{"version": "https://jsonfeed.org/version/1", "items": []}', { source: 'S' })).toEqual({ documents: [], warnings: [] });
  });
});
