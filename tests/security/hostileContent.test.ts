import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { runBriefing } from '../../src/pipeline.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig } from '../helpers/tempConfig.js';

// Every hostile case of the issue "survive the feedparser corpus and hostile content", each over
// real HTTP on 127.0.0.1: the feed is read with what can be read, the rest is reported, nothing
// grows without bound, and the briefing is made from the sources that work.
const XML = { 'content-type': 'application/rss+xml' };
const rss = (items: string, root = '<rss version="2.0">') => `${root}<channel><title>T</title>${items}</channel></rss>`;
const item = (title: string, extra = '') => `<item><title>${title}</title><link>https://news.example/${encodeURIComponent(title)}</link>${extra}</item>`;

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('\n  ')}
]>
${rss(item('Laughing', '<description>&lol9;</description>') + item('Still here'))}`;

const XXE = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY id "tag:example.com,">]>
${rss(item('External', '<description>before &secret; after</description><guid>&id;2025</guid>'))}`;

const MANY_ITEMS = rss(
  Array.from({ length: 100_000 }, (_, index) => `<item><title>n${index}</title><pubDate>${new Date(Date.UTC(2025, 0, 1) + index * 60_000).toUTCString()}</pubDate></item>`).join(''),
);

function deepDivs(depth: number): string {
  return `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
}

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/bare-amp.xml': { headers: XML, body: rss(item('AT&T & Procter', '<description>Q&A: R&D costs</description>')) },
    '/no-version.xml': { headers: XML, body: `<rss><channel>${item('no version')}</channel></rss>` },
    '/no-channel.xml': { headers: XML, body: `<rss version="2.0">${item('no channel')}</rss>` },
    '/junk-bom.xml': { headers: XML, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Notice: Undefined index in feed.php on line 3\n<?xml version="1.0"?>${rss(item('after junk'))}`)]) },
    '/bad-date.xml': { headers: XML, body: rss(item('dated', '<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>') + item('undated', '<pubDate>yesterday-ish</pubDate>')) },
    '/bad-item.xml': {
      headers: XML,
      body: rss(`${item('first')}<item><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item><item><title>bad link</title><link>http://[::1</link></item>${item('last')}`),
    },
    '/laughs.xml': { headers: XML, body: LAUGHS },
    '/xxe.xml': { headers: XML, body: XXE },
    '/many.xml': { headers: XML, body: MANY_ITEMS },
    // 50 MB of description, streamed: the download stops at the size cap, not at the end.
    '/huge.xml': {
      headers: XML,
      body: function* () {
        yield `<rss version="2.0"><channel><item><title>huge</title><description>`;
        for (let index = 0; index < 50; index++) yield 'x'.repeat(1024 * 1024);
        yield '</description></item></channel></rss>';
      },
    },
    '/long-body.xml': { headers: XML, body: rss(item('long', `<description>${'word '.repeat(600_000)}</description>`)) },
    '/deep.xml': { headers: XML, body: rss(item('deep', `<description><![CDATA[${deepDivs(100_000)}]]></description>`)) },
    '/deep-inline.xml': { headers: XML, body: rss(`<item><title>deep inline</title><description>${deepDivs(20_000)}</description></item>`) },
    '/good.xml': { headers: XML, body: rss(item('A good story about the harbour', '<description>The harbour reopened on Monday after repairs.</description>')) },
  });
});

afterAll(async () => {
  await server.close();
});

const collect = (path: string, options: { maxItems?: number } = {}) => createFeedSource({ name: path, url: server.url(path), retries: 0, ...options }).collect();

describe('leniency where strict XML parsers throw', () => {
  it('reads bare "&" characters', async () => {
    const { documents } = await collect('/bare-amp.xml');
    expect(documents[0]).toMatchObject({ title: 'AT&T & Procter', body: 'Q&A: R&D costs' });
  });

  it('reads <rss> without a version, and without a <channel>', async () => {
    expect((await collect('/no-version.xml')).documents.map((document) => document.title)).toEqual(['no version']);
    expect((await collect('/no-channel.xml')).documents.map((document) => document.title)).toEqual(['no channel']);
  });

  it('reads a feed with a BOM and junk before the root', async () => {
    expect((await collect('/junk-bom.xml')).documents.map((document) => document.title)).toEqual(['after junk']);
  });

  it('keeps an item whose date cannot be read, without a date', async () => {
    const { documents, warnings } = await collect('/bad-date.xml');
    expect(documents.map((document) => [document.title, document.published])).toEqual([
      ['dated', '2025-03-04T10:00:00.000Z'],
      ['undated', undefined],
    ]);
    expect(warnings).toEqual(['item 2 ("undated"): unreadable date "yesterday-ish", kept without a date']);
  });

  it('drops what is wrong with one item and keeps the rest', async () => {
    const { documents, warnings } = await collect('/bad-item.xml');
    expect(documents.map((document) => document.title)).toEqual(['first', 'bad link', 'last']);
    expect(documents[1]).not.toHaveProperty('url');
    expect(warnings).toEqual(['item 2: no title, link or content, skipped', 'item 3 ("bad link"): link "http://[::1" is not a valid address, dropped']);
  });
});

describe('entity expansion', () => {
  it('expands nothing of a billion-laughs DOCTYPE, in bounded time, and says so', async () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { documents, warnings } = await collect('/laughs.xml');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
    expect(documents.map((document) => document.title)).toEqual(['Laughing', 'Still here']);
    expect(documents[0]?.body).toBe('&lol9;');
    expect(warnings[0]).toMatch(/^the feed declares entities in its DOCTYPE that refer to other entities or to outside files \(lol1, lol2, lol3, lol4, lol5, …\); refused, not expanded$/);
  });

  it('never reads an external entity (XXE), and expands a flat one', async () => {
    const { documents, warnings } = await collect('/xxe.xml');
    expect(documents[0]?.body).toBe('before &secret; after');
    expect(documents[0]?.body).not.toContain('root:');
    expect(warnings[0]).toContain('(secret)');
  });
});

describe('size and time limits', () => {
  it('keeps the 500 most recent of 100,000 items and reports the cut', async () => {
    const started = performance.now();
    const { documents, warnings } = await collect('/many.xml');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(documents).toHaveLength(500);
    expect(documents[0]?.title).toBe('n99500');
    expect(documents.at(-1)?.title).toBe('n99999');
    expect(warnings).toContain('the feed has 100,000 items; kept the 500 most recent (maxItems)');
  });

  it('takes maxItems per source', async () => {
    const { documents, warnings } = await collect('/many.xml', { maxItems: 3 });
    expect(documents.map((document) => document.title)).toEqual(['n99997', 'n99998', 'n99999']);
    expect(warnings).toContain('the feed has 100,000 items; kept the 3 most recent (maxItems)');
  });

  it('stops a 50 MB description at the download cap with a clear reason', async () => {
    await expect(collect('/huge.xml')).rejects.toThrow(/larger than 10 MB/);
  });

  it('cuts an item body longer than 1 MB before the cleaning stage', async () => {
    const { documents, warnings } = await collect('/long-body.xml');
    expect(documents[0]?.body.length).toBe(1_000_000);
    expect(warnings).toEqual(['item 1 ("long"): content longer than 976.6 KB of text, cut to that']);
    const { article } = cleanDocument(documents[0]!, compileRules());
    expect(article.text.length).toBeGreaterThan(900_000);
  });

  it('cleans 100,000 nested <div>s without overflowing the stack', async () => {
    const { documents } = await collect('/deep.xml');
    const { article } = cleanDocument(documents[0]!, compileRules());
    expect(article.text).toBe('deep text');
  });

  it('reads deeply nested inline markup of a feed as text', async () => {
    const { documents } = await collect('/deep-inline.xml');
    const { article } = cleanDocument(documents[0]!, compileRules());
    expect(article.text).toBe('deep text');
  });

  it('makes the rest of the briefing when sources are hostile, and reports each one', async () => {
    const names = ['good', 'laughs', 'many', 'huge', 'deep'];
    const temp = await writeTempConfig({
      briefing: { maxAgeHours: 0 },
      sources: names.map((name) => ({ name: `Feed ${name}`, url: server.url(`/${name}.xml`) })),
      fetch: { retries: 0 },
    });
    try {
      const { briefing, html } = await runBriefing(temp.config, { date: '2026-11-23', dryRun: true });
      const report = (name: string) => briefing.sources.find((source) => source.name === `Feed ${name}`);
      expect(report('good')).toMatchObject({ status: 'ok', items: 1 });
      expect(report('huge')).toMatchObject({ status: 'failed', error: expect.stringMatching(/larger than 10 MB/) as unknown });
      expect(report('many')?.warnings).toContain('the feed has 100,000 items; kept the 500 most recent (maxItems)');
      expect(report('laughs')?.warnings?.[0]).toMatch(/refused, not expanded/);
      expect(html).toContain('A good story about the harbour');
    } finally {
      await temp.cleanup();
    }
  }, 60_000);
});
