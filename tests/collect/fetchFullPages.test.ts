import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import type { RawDocument } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const NOW = new Date('2026-12-07T06:00:00Z');
const page = (head: string) => `<!doctype html><html><head><title>Story</title>${head}</head><body><article><h1>Story</h1><p>The council met on Monday.</p></article></body></html>`;
const item = (title: string, link: string, extra = '') => `<item><title>${title}</title><link>${link}</link><description>Short teaser</description>${extra}</item>`;

let server: FeedServer;

beforeAll(async () => {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  server = await startFeedServer({
    '/feed.xml': () => ({
      headers: { 'content-type': 'application/rss+xml' },
      body: `<rss version="2.0"><channel><title>Gazette</title>${[
        item('Dated by the feed', server.url('/meta.html'), '<pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate>'),
        item('Dated by its page', server.url('/meta.html')),
        item('Dated by its address', server.url('/news/2026/11/24/story.html')),
        item('Not dated at all', server.url('/plain.html')),
      ].join('')}</channel></rss>`,
    }),
    '/meta.html': { headers: html, body: page('<meta property="article:published_time" content="2026-11-28T07:30:00Z">') },
    '/news/2026/11/24/story.html': { headers: html, body: page('') },
    '/plain.html': { headers: html, body: page('') },
  });
});

afterAll(async () => {
  await server.close();
});

async function collectByTitle(): Promise<Map<string | undefined, RawDocument>> {
  const source = createFeedSource({ name: 'Gazette', url: server.url('/feed.xml'), retries: 0, fullPage: true, allowPrivate: true, now: () => NOW });
  const { documents } = await source.collect();
  return new Map(documents.map((document) => [document.title, document]));
}

describe('fetchFullPages', () => {
  it("keeps the feed's own date of an item whose page it fetched", async () => {
    expect((await collectByTitle()).get('Dated by the feed')).toMatchObject({ published: '2026-11-30T09:00:00.000Z', dateSource: 'feed' });
  });

  it('dates an item the feed left undated by the date its page states', async () => {
    expect((await collectByTitle()).get('Dated by its page')).toMatchObject({ published: '2026-11-28T07:30:00.000Z', dateSource: 'page' });
  });

  it('dates an item by the day in its final address when its page states none', async () => {
    expect((await collectByTitle()).get('Dated by its address')).toMatchObject({ published: '2026-11-24T12:00:00.000Z', dateSource: 'url' });
  });

  it('leaves an item undated when neither the feed nor its page dates it (the run dates it by its first sighting)', async () => {
    const document = (await collectByTitle()).get('Not dated at all');
    expect(document?.published).toBeUndefined();
    expect(document?.dateSource).toBeUndefined();
  });
});
