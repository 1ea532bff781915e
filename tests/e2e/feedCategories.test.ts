import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDocuments } from '../../src/clean/cleanDocuments.js';
import { startCleaning } from '../../src/clean/startCleaning.js';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import type { Article, RawDocument } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

// Three outlets, one per feed format, each tagging its items its own way (and a little carelessly).
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example/</link>
<item><title>Harbour United win the cup final</title><link>https://harbour.example/cup-final</link>
  <category domain="https://harbour.example/sections">Sport</category>
  <category><![CDATA[<strong>Football</strong>]]></category>
  <category>sport</category><category>   </category>
  <description><![CDATA[<p>Harbour United beat Coast Rovers two goals to one in the cup final on Saturday, with a late header from their captain.</p>]]></description>
</item>
<item><title>Ferry timetable changes next month</title><link>https://harbour.example/ferry</link>
  <description>&lt;p&gt;The ferry company will run fewer crossings on weekday mornings from next month, the port authority said.&lt;/p&gt;</description>
</item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Ledger</title><id>urn:uuid:5d1d8c36-0b1e-4f0e-9a53-2d4f3b8e7a10</id><updated>2025-03-04T08:00:00Z</updated>
<entry><title>Central bank raises rates by a quarter point</title><id>https://ledger.example/rates</id><link href="https://ledger.example/rates"/>
  <updated>2025-03-04T08:00:00Z</updated>
  <category term="biz" label="Business &amp; Economy"/>
  <category term="https://ledger.example/tag/interest-rates/"/>
  <category term="http://schemas.google.com/blogger/2008/kind#post" scheme="http://schemas.google.com/g/2005#kind"/>
  <content type="html">&lt;p&gt;The central bank raised its main interest rate by a quarter point on Tuesday, its third rise this year, to slow inflation.&lt;/p&gt;</content>
</entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Coast Times',
  items: [
    {
      id: 'https://coast.example/comet',
      url: 'https://coast.example/comet',
      title: 'A comet is visible after sunset this week',
      content_html: '<p>Look west an hour after sunset, low above the horizon, to see the comet with the naked eye this week.</p>',
      tags: ['Science', '<em>Astronomy</em>', 'SCIENCE', '', 7, ...Array.from({ length: 1000 }, (_, index) => `sky ${index}`)],
    },
  ],
});

let server: FeedServer;
const documents: RawDocument[] = [];

beforeAll(async () => {
  server = await startFeedServer({
    '/rss.xml': { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: RSS },
    '/atom.xml': { headers: { 'content-type': 'application/atom+xml' }, body: ATOM },
    '/feed.json': { headers: { 'content-type': 'application/feed+json' }, body: JSON_FEED },
  });
  for (const [name, path] of [['Harbour Post', '/rss.xml'], ['Daily Ledger', '/atom.xml'], ['Coast Times', '/feed.json']] as const) {
    documents.push(...(await createFeedSource({ name, url: server.url(path) }).collect()).documents);
  }
});

afterAll(async () => {
  await server.close();
});

const categoriesByTitle = (articles: readonly (Article | null)[]): Record<string, string[] | undefined> =>
  Object.fromEntries(articles.map((article) => [article?.title ?? '', article?.categories]));

describe('feed categories from collection to cleaned articles', () => {
  it('gives each cleaned article its own item\'s categories, cleaned, whatever the feed format', () => {
    const { articles, failures } = cleanDocuments(documents, {});
    expect(failures).toEqual([]);
    expect(categoriesByTitle(articles)).toEqual({
      'Harbour United win the cup final': ['Sport', 'Football'],
      'Ferry timetable changes next month': undefined,
      'Central bank raises rates by a quarter point': ['Business & Economy', 'interest rates'],
      'A comet is visible after sunset this week': ['Science', 'Astronomy', ...Array.from({ length: 18 }, (_, index) => `sky ${index}`)],
    });
    expect(articles.find((article) => article?.title.startsWith('Ferry'))).not.toHaveProperty('categories');
  });

  it('gives the same categories when the articles are cleaned on a worker thread', async () => {
    const cleaning = startCleaning({}, { workers: 1 });
    cleaning.add(0, documents);
    const { articles } = await cleaning.finish();
    expect(cleaning.threads).toBe(1);
    expect(articles).toEqual(cleanDocuments(documents, {}).articles);
    expect(categoriesByTitle(articles)['Harbour United win the cup final']).toEqual(['Sport', 'Football']);
  }, 30_000);
});
