import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { createMemoryFeedCache, type FeedCache } from '../../src/collect/feedCache.js';
import type { Source } from '../../src/collect/source.js';
import { SourceError } from '../../src/errors.js';
import { ARABIC_BODY, ARABIC_TITLES, encodeArabicFeed, readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const XML = { 'content-type': 'application/xml' };
const rssWith = (items: string) => `<rss version="2.0"><channel><title>Test</title>${items}</channel></rss>`;
const LAST_MODIFIED = 'Tue, 04 Mar 2025 10:00:00 GMT';
// Bytes no text encoding makes sense of, the same on every run.
const GARBAGE = Buffer.from(Array.from({ length: 400 }, (_, index) => (index * 193 + 71) % 256));

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/rss2.xml': { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: readFeedFixture('rss2.xml') },
    '/atom.xml': { headers: { 'content-type': 'application/atom+xml' }, body: readFeedFixture('atom.xml') },
    '/rdf.xml': { headers: XML, body: readFeedFixture('rdf.xml') },
    '/moved': { status: 301, headers: { location: '/feeds/current.xml' } },
    '/feeds/current.xml': { headers: XML, body: readFeedFixture('rss2.xml') },
    '/arabic-declared.xml': { headers: XML, body: encodeArabicFeed('windows-1256', { declared: 'windows-1256', extraTitle: '«الطقس» “غداً”' }) },
    '/arabic-header.xml': { headers: { 'content-type': 'text/xml; charset=windows-1256' }, body: encodeArabicFeed('windows-1256') },
    '/arabic-iso.xml': { headers: { 'content-type': 'text/xml; charset=ISO-8859-6' }, body: encodeArabicFeed('iso-8859-6', { declared: 'ISO-8859-6' }) },
    '/arabic-bom.xml': { headers: XML, body: Buffer.concat([UTF8_BOM, encodeArabicFeed('utf-8', { declared: 'windows-1256' })]) },
    '/not-xml': { headers: { 'content-type': 'text/plain' }, body: 'Service temporarily unavailable, please come back later.' },
    '/bare-amp.xml': { headers: XML, body: rssWith('<item><title>AT&T and Procter & Gamble report</title><link>https://x.example/a?b=1&c=2</link></item>') },
    '/bad-date.xml': {
      headers: XML,
      body: rssWith('<item><title>Dated</title><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item><item><title>Undated</title><pubDate>next Tuesday-ish</pubDate></item>'),
    },
    '/no-items.xml': { headers: XML, body: rssWith('') },
    '/error-500': { status: 500, body: 'oops' },
    '/loop-a': { status: 302, headers: { location: '/loop-b' } },
    '/loop-b': { status: 302, headers: { location: '/loop-a' } },
    '/endless': {
      headers: XML,
      body: function* () {
        for (;;) yield Buffer.alloc(16 * 1024, 0x20);
      },
    },
    '/slow': { headers: XML, body: rssWith(''), delayMs: 2_000 },
    '/etag.xml': ({ headers }) =>
      headers['if-none-match'] === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : { headers: { ...XML, etag: '"v1"' }, body: readFeedFixture('rss2.xml') },
    '/etag-rotating.xml': ({ headers, count }) =>
      headers['if-none-match'] ? { status: 304, headers: { etag: `"v${count}"` } } : { headers: { ...XML, etag: `"v${count}"` }, body: readFeedFixture('atom.xml') },
    '/last-modified.xml': ({ headers }) =>
      headers['if-modified-since'] === LAST_MODIFIED
        ? { status: 304 }
        : { headers: { 'content-type': 'text/xml; charset=windows-1256', 'last-modified': LAST_MODIFIED }, body: encodeArabicFeed('windows-1256') },
    '/etag-then-broken.xml': ({ count }) => (count === 1 ? { headers: { ...XML, etag: '"good"' }, body: readFeedFixture('rss2.xml') } : { headers: { ...XML, etag: '"bad"' }, body: GARBAGE }),
    '/validators-dropped.xml': ({ count }) => ({ headers: count === 1 ? { ...XML, etag: '"once"' } : XML, body: readFeedFixture('rss2.xml') }),
    '/garbage': { headers: XML, body: GARBAGE },
    '/gzip.xml': { headers: { ...XML, 'content-encoding': 'gzip' }, body: gzipSync(readFeedFixture('rss2.xml')) },
    '/br.xml': { headers: { ...XML, 'content-encoding': 'br' }, body: brotliCompressSync(readFeedFixture('rss2.xml')) },
    '/busy-once.xml': ({ count }) => (count === 1 ? { status: 503, body: 'busy' } : { headers: XML, body: readFeedFixture('rdf.xml') }),
    '/slow-once.xml': ({ count }) => ({ headers: XML, body: readFeedFixture('rdf.xml'), delayMs: count === 1 ? 2_000 : 0 }),
  });
});

afterAll(() => server.close());

// Retries wait 10 ms here, not 1 s.
const feed = (path: string, extra: Partial<Parameters<typeof createFeedSource>[0]> = {}): Source =>
  createFeedSource({ name: 'Test feed', url: server.url(path), retryDelayMs: 10, ...extra });

async function failureOf(source: Source): Promise<SourceError> {
  const error: unknown = await source.collect().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('createFeedSource', () => {
  it('reads an RSS 2.0 feed with content:encoded, authors and dates', async () => {
    const { documents, warnings } = await feed('/rss2.xml').collect();
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toEqual({
      source: 'Test feed',
      title: 'Ferry timetable changes from Monday',
      url: 'https://gazette.example/news/ferry-timetable',
      published: '2025-03-03T08:30:00.000Z',
      dateSource: 'feed',
      author: 'Mara Lind',
      body: '<p>The morning ferry will leave at <b>06:40</b> instead of 07:00.</p>',
      format: 'html',
    });
    expect(documents[1]?.body).toBe('<p>After two years of repairs the lighthouse is open again.</p>');
  });

  it('resolves relative links against the address the feed came from', async () => {
    const { documents } = await feed('/rss2.xml').collect();
    expect(documents[1]?.url).toBe(server.url('/news/lighthouse'));
  });

  it('resolves relative links against the final address after a redirect', async () => {
    const atom = await feed('/atom.xml').collect();
    expect(atom.documents[1]?.url).toBe(server.url('/notes/open-night'));
    const moved = await feed('/moved').collect();
    expect(moved.documents[1]?.url).toBe(server.url('/news/lighthouse'));
  });

  it('reads an Atom feed, preferring content over summary and the alternate link', async () => {
    const { documents } = await feed('/atom.xml').collect();
    expect(documents[0]).toMatchObject({
      title: 'Comet <em>C/2025 A1</em> visible at dusk',
      url: 'https://observatory.example/notes/comet',
      published: '2025-03-04T18:15:00.000Z',
      author: 'Ines Okafor',
      body: '<p>Look west an hour after sunset, low above the horizon.</p>',
    });
    expect(documents[1]).toMatchObject({ body: 'Clouds are forecast for Saturday.', published: '2025-03-01T10:00:00.000Z' });
  });

  it('reads an RSS 1.0 (RDF) feed with Dublin Core date and creator', async () => {
    const { documents } = await feed('/rdf.xml').collect();
    expect(documents).toEqual([
      {
        source: 'Test feed',
        title: 'Reading club starts in April',
        url: 'https://library.example/news/reading-club',
        published: '2025-03-05T07:00:00.000Z',
        dateSource: 'feed',
        author: 'Tomas Berg',
        body: 'Meetings every second Thursday.',
        format: 'html',
      },
    ]);
  });

  it('decodes a windows-1256 Arabic feed declared only in the XML declaration', async () => {
    const { documents } = await feed('/arabic-declared.xml').collect();
    expect(documents.map((document) => document.title)).toEqual([...ARABIC_TITLES, '«الطقس» “غداً”']);
    expect(documents[0]?.body).toBe(ARABIC_BODY);
  });

  it('decodes a windows-1256 Arabic feed declared only in the Content-Type header', async () => {
    const { documents } = await feed('/arabic-header.xml').collect();
    expect(documents.map((document) => document.title)).toEqual([...ARABIC_TITLES]);
  });

  it('decodes an ISO-8859-6 Arabic feed', async () => {
    const { documents } = await feed('/arabic-iso.xml').collect();
    expect(documents.map((document) => document.title)).toEqual([...ARABIC_TITLES]);
    expect(documents[1]?.body).toBe(ARABIC_BODY);
  });

  it('trusts a UTF-8 byte order mark over a declaration that says otherwise', async () => {
    const { documents } = await feed('/arabic-bom.xml').collect();
    expect(documents.map((document) => document.title)).toEqual([...ARABIC_TITLES]);
  });

  it('fails with a readable reason when the address returns plain text', async () => {
    const error = await failureOf(feed('/not-xml'));
    expect(error.source).toBe('Test feed');
    expect(error.message).toBe(`${server.url('/not-xml')}: not XML at all; it starts with "Service temporarily unavailable, please come back later."`);
  });

  it('reads a feed with bare ampersands', async () => {
    const { documents, warnings } = await feed('/bare-amp.xml').collect();
    expect(documents[0]).toMatchObject({ title: 'AT&T and Procter & Gamble report', url: 'https://x.example/a?b=1&c=2' });
    expect(warnings).toEqual([]);
  });

  it('keeps an item with an unreadable date, without a date and with a warning', async () => {
    const { documents, warnings } = await feed('/bad-date.xml').collect();
    expect(documents.map((document) => document.published)).toEqual(['2025-03-04T10:00:00.000Z', undefined]);
    expect(documents[1]).not.toHaveProperty('published');
    expect(warnings).toEqual(['item 2 ("Undated"): unreadable date "next Tuesday-ish", kept without a date']);
  });

  it('returns no documents for a feed without items', async () => {
    expect(await feed('/no-items.xml').collect()).toMatchObject({ documents: [], warnings: [] });
  });

  it('retries HTTP 500 twice, then fails with the status and the number of attempts', async () => {
    const before = server.count('/error-500');
    const error = await failureOf(feed('/error-500'));
    expect(error.message).toBe(`${server.url('/error-500')}: HTTP 500 Internal Server Error (after 3 attempts)`);
    expect(server.count('/error-500') - before).toBe(3);
  });

  it('fails at once, without retrying, when told to make no retries', async () => {
    const before = server.count('/error-500');
    const error = await failureOf(feed('/error-500', { retries: 0 }));
    expect(error.message).toBe(`${server.url('/error-500')}: HTTP 500 Internal Server Error`);
    expect(server.count('/error-500') - before).toBe(1);
  });

  it('fails on a redirect loop', async () => {
    const error = await failureOf(feed('/loop-a'));
    expect(error.message).toContain(`redirect loop: ${server.url('/loop-a')} → ${server.url('/loop-b')} → ${server.url('/loop-a')}`);
  });

  it('stops downloading a body larger than maxBytes', async () => {
    const error = await failureOf(feed('/endless', { maxBytes: 100_000 }));
    expect(error.message).toMatch(/larger than 97\.7 KB$/);
    await server.streamAborted;
  });

  it('fails when the server is slower than timeoutMs', async () => {
    const started = Date.now();
    const error = await failureOf(feed('/slow', { timeoutMs: 200, retries: 0 }));
    expect(error.message).toBe(`${server.url('/slow')}: timed out after 0.2 s`);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('retries a timeout, each attempt with its own timeoutMs', async () => {
    const started = Date.now();
    const error = await failureOf(feed('/slow', { timeoutMs: 200, retries: 1 }));
    expect(error.message).toBe(`${server.url('/slow')}: timed out after 0.2 s (after 2 attempts)`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    const { fetch } = await feed('/slow-once.xml', { timeoutMs: 300 }).collect();
    expect(fetch).toMatchObject({ status: 200, attempts: 2 });
  });

  it('stops when the run is cancelled', async () => {
    const error: unknown = await feed('/slow').collect({ signal: AbortSignal.timeout(50) }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toContain('cancelled');
  });

  it('reports how the feed was fetched: status, charset, attempts and time', async () => {
    const { fetch } = await feed('/arabic-header.xml').collect();
    expect(fetch).toEqual({ status: 200, notModified: false, encoding: 'windows-1256', attempts: 1, durationMs: expect.any(Number) as number });
    expect(fetch?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('succeeds on the second attempt after a 503 and says so', async () => {
    const { documents, fetch } = await feed('/busy-once.xml').collect();
    expect(documents).toHaveLength(1);
    expect(fetch).toMatchObject({ status: 200, attempts: 2 });
  });

  it('fails with a readable reason on binary garbage', async () => {
    const error = await failureOf(feed('/garbage'));
    expect(error.message).toBe(`${server.url('/garbage')}: not a feed: the body is binary data, not text (an image, an archive, or compressed without saying so)`);
  });

  it('reads gzip- and brotli-encoded feeds, and asks for them', async () => {
    const plain = await feed('/rss2.xml').collect();
    for (const path of ['/gzip.xml', '/br.xml']) {
      const { documents, fetch } = await feed(path).collect();
      expect(documents).toEqual(plain.documents);
      expect(fetch).toMatchObject({ status: 200, encoding: 'utf-8' });
      expect(server.requests.findLast((request) => request.path === path)?.headers['accept-encoding']).toBe('gzip, deflate, br');
    }
  });

  it('rejects options a caller got wrong at creation, not at collection', () => {
    expect(() => createFeedSource({ name: 'x', url: '' })).toThrow(TypeError);
    expect(() => createFeedSource({ name: 'x', url: 'ftp://files.example/feed' })).toThrow(/http\(s\) address/);
    expect(() => createFeedSource({ name: '', url: 'https://a.example/' })).toThrow(/name/);
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', maxRedirects: -1 })).toThrow(/maxRedirects/);
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', maxRedirects: 0 })).not.toThrow();
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', retries: -1 })).toThrow(/retries/);
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', retryDelayMs: 0.5 })).toThrow(/retryDelayMs/);
    expect(() => createFeedSource({ name: 'x', url: 'https://a.example/', cache: {} as FeedCache })).toThrow(/cache/);
  });
});

describe('createFeedSource with a cache (conditional GET)', () => {
  const requestsTo = (path: string) => server.requests.filter((request) => request.path === path);

  it('sends If-None-Match the second time, gets 304 and returns the same documents from the cache', async () => {
    const source = feed('/etag.xml', { cache: createMemoryFeedCache() });
    const first = await source.collect();
    const second = await source.collect();
    const [firstRequest, secondRequest] = requestsTo('/etag.xml').slice(-2);
    expect(firstRequest?.headers['if-none-match']).toBeUndefined();
    expect(secondRequest?.headers['if-none-match']).toBe('"v1"');
    expect(first.fetch).toMatchObject({ status: 200, notModified: false });
    expect(second.fetch).toMatchObject({ status: 304, notModified: true, encoding: 'utf-8', attempts: 1 });
    expect(second.documents).toEqual(first.documents);
    expect(second.documents).toHaveLength(2);
  });

  it('sends If-Modified-Since from Last-Modified and decodes the cached body by its own Content-Type', async () => {
    const cache = createMemoryFeedCache();
    const source = feed('/last-modified.xml', { cache });
    await source.collect();
    const { documents, fetch } = await source.collect();
    expect(requestsTo('/last-modified.xml').at(-1)?.headers['if-modified-since']).toBe(LAST_MODIFIED);
    expect(fetch).toMatchObject({ status: 304, notModified: true, encoding: 'windows-1256' });
    expect(documents.map((document) => document.title)).toEqual([...ARABIC_TITLES]);
    expect(cache.get(server.url('/last-modified.xml'))).toMatchObject({ lastModified: LAST_MODIFIED, contentType: 'text/xml; charset=windows-1256' });
  });

  it('stores body, validators, Content-Type and the time of the 200 answer', async () => {
    const cache = createMemoryFeedCache();
    const before = Date.now();
    await feed('/etag.xml', { cache }).collect();
    const entry = cache.get(server.url('/etag.xml'));
    expect(entry).toMatchObject({ etag: '"v1"', contentType: 'application/xml' });
    expect(entry).not.toHaveProperty('lastModified');
    expect(Buffer.from(entry?.body ?? []).toString('utf8')).toBe(readFeedFixture('rss2.xml'));
    expect(Date.parse(entry?.fetchedAt ?? '')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it('keeps a fresher ETag sent with a 304, and the body and date it had', async () => {
    const cache = createMemoryFeedCache();
    const source = feed('/etag-rotating.xml', { cache });
    await source.collect();
    const stored = cache.get(server.url('/etag-rotating.xml'));
    const { notModified } = (await source.collect()).fetch ?? {};
    expect(notModified).toBe(true);
    expect(cache.get(server.url('/etag-rotating.xml'))).toEqual({ ...stored, etag: `"v${server.count('/etag-rotating.xml')}"` });
  });

  it('keeps no copy of a feed served without validators, and drops the one it had', async () => {
    const cache = createMemoryFeedCache();
    await feed('/rss2.xml', { cache }).collect();
    expect(cache.get(server.url('/rss2.xml'))).toBeUndefined();
    const source = feed('/validators-dropped.xml', { cache });
    await source.collect();
    expect(cache.get(server.url('/validators-dropped.xml'))?.etag).toBe('"once"');
    const { documents, fetch } = await source.collect();
    expect(fetch).toMatchObject({ status: 200, notModified: false });
    expect(documents).toHaveLength(2);
    expect(cache.get(server.url('/validators-dropped.xml'))).toBeUndefined();
  });

  it('keeps the last good copy when a new body cannot be parsed', async () => {
    const cache = createMemoryFeedCache();
    const source = feed('/etag-then-broken.xml', { cache });
    await source.collect();
    await failureOf(source);
    expect(cache.get(server.url('/etag-then-broken.xml'))?.etag).toBe('"good"');
  });

  it('still returns the feed, with a warning, when the cache cannot be written', async () => {
    const cache: FeedCache = {
      get: () => undefined,
      put: () => {
        throw new Error('disk full');
      },
      delete: () => undefined,
    };
    const { documents, warnings } = await feed('/etag.xml', { cache }).collect();
    expect(documents).toHaveLength(2);
    expect(warnings).toEqual(['could not keep a copy for the next run: disk full']);
  });
});
