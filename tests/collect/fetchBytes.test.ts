import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from '../../src/collect/fetchBytes.js';
import { FetchFailure } from '../../src/collect/fetchFailure.js';
import { createHostLimiter } from '../../src/collect/hostLimiter.js';
import { startFeedServer, type FeedServer, type Route } from '../helpers/feedServer.js';

const LAST_MODIFIED = 'Tue, 04 Mar 2025 10:00:00 GMT';

let server: FeedServer;
let bomb: Buffer;

/** 50 MB of spaces, gzipped to about 50 KB, made a megabyte at a time. */
async function gzipBomb(): Promise<Buffer> {
  const megabyte = Buffer.alloc(1024 * 1024, 0x20);
  const chunks = function* () {
    for (let index = 0; index < 50; index++) yield megabyte;
  };
  return buffer(Readable.from(chunks()).pipe(createGzip({ level: 9 })));
}

beforeAll(async () => {
  bomb = await gzipBomb();
  const chain = Object.fromEntries(Array.from({ length: 7 }, (_, hop) => [`/hop${hop}`, { status: 307, headers: { location: `/hop${hop + 1}` } }]));
  server = await startFeedServer({
    '/feed': { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: '<rss/>' },
    '/start': { status: 302, headers: { location: '/feed' } },
    '/ftp': { status: 302, headers: { location: 'ftp://files.example/feed.xml' } },
    '/announced-huge': { headers: { 'content-length': String(50 * 1024 * 1024) }, body: '' },
    '/gone': { status: 410 },
    ...chain,
    '/hop7': { body: 'arrived' },
    '/gzip-bomb': { headers: { 'content-type': 'application/xml', 'content-encoding': 'gzip' }, body: bomb },
    '/gzip-cut': { headers: { 'content-encoding': 'gzip' }, body: gzipSync('<rss/>'.repeat(1000)).subarray(0, 20) },
    '/conditional': ({ headers }): Route =>
      headers['if-none-match'] === '"x"' ? { status: 304, headers: { etag: '"x"' } } : { headers: { etag: '"x"', 'last-modified': LAST_MODIFIED }, body: '<rss/>' },
    '/always-304': { status: 304 },
    '/slow': { body: '<rss/>', delayMs: 2_000 },
  });
});

afterAll(() => server.close());

const failure = (promise: Promise<unknown>): Promise<Error> =>
  promise.then(
    () => new Error('expected a failure'),
    (error: unknown) => error as Error,
  );

describe('fetchBytes', () => {
  it('returns the body, its Content-Type, the final address and the status', async () => {
    const result = await fetchBytes(server.url('/start'));
    expect(new TextDecoder().decode(result.bytes)).toBe('<rss/>');
    expect(result).toMatchObject({ contentType: 'application/rss+xml; charset=utf-8', finalUrl: server.url('/feed'), status: 200 });
  });

  it('introduces itself and asks for feeds', async () => {
    await fetchBytes(server.url('/feed'));
    const headers = server.requests.findLast((request) => request.path === '/feed')?.headers;
    expect(headers?.['user-agent']).toMatch(/^daily-briefing\/\S+ \(\+https:\/\//);
    expect(headers?.accept).toContain('application/rss+xml');
    expect(headers?.accept).toContain('application/atom+xml');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends extra headers and treats 304 as a result only when it asked conditionally', async () => {
    const fresh = await fetchBytes(server.url('/conditional'));
    expect(fresh).toMatchObject({ status: 200, notModified: false, etag: '"x"', lastModified: LAST_MODIFIED, contentEncoding: null });
    const same = await fetchBytes(server.url('/conditional'), { headers: { 'If-None-Match': '"x"' } });
    expect(same).toMatchObject({ status: 304, notModified: true, etag: '"x"', finalUrl: server.url('/conditional') });
    expect(same.bytes).toHaveLength(0);
    expect((await failure(fetchBytes(server.url('/always-304')))).message).toBe('HTTP 304 Not Modified');
  });

  it('stops a gzip bomb at the cap as it is decompressed, never holding the whole body', async () => {
    expect(bomb.length).toBeLessThan(100 * 1024);
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = baseline;
    const sample = (): void => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    };
    const sampler = setInterval(sample, 1);
    const error = await failure(fetchBytes(server.url('/gzip-bomb'), { maxBytes: 1024 * 1024 }));
    clearInterval(sampler);
    sample();
    expect(error.message).toBe('larger than 1 MB');
    // The 50 MB would show here if fetch inflated ahead of the reader or readBody kept reading.
    expect(peak - baseline).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a compressed body cut short instead of returning part of it', async () => {
    expect(await failure(fetchBytes(server.url('/gzip-cut')))).toMatchObject({ message: 'the compressed body ends too early', transient: false });
  });

  it('marks network errors, timeouts and busy servers as transient, and 404 or a size cap not', async () => {
    expect(await failure(fetchBytes(server.url('/slow'), { timeoutMs: 50 }))).toMatchObject({ transient: true, message: 'timed out after 0.05 s' });
    expect(await failure(fetchBytes(server.url('/nowhere')))).toMatchObject({ transient: false, status: 404 });
    expect(await failure(fetchBytes(server.url('/gzip-bomb'), { maxBytes: 1000 }))).toMatchObject({ transient: false });
  });

  it('does not start a request once the deadline has passed', async () => {
    const before = server.requests.length;
    const error = await failure(fetchBytes(server.url('/feed'), { deadline: Date.now() - 1 }));
    expect(error).toBeInstanceOf(FetchFailure);
    expect(error.message).toBe("not started: the run's deadline had passed");
    expect(server.requests.length).toBe(before);
  });

  it('cuts the timeout to the time left before the deadline and says so', async () => {
    const started = Date.now();
    const error = await failure(fetchBytes(server.url('/slow'), { timeoutMs: 20_000, deadline: Date.now() + 300 }));
    expect(error.message).toMatch(/^timed out at the run's deadline \(after 0\.[23]\d* s\)$/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('waits for a free slot on the host, and not past the deadline', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire(server.url('/feed'));
    const error = await failure(fetchBytes(server.url('/feed'), { limiter, deadline: Date.now() + 100 }));
    expect(error.message).toBe(`not started: the run's deadline passed while waiting for a free connection to ${new URL(server.url('/')).host}`);
    const waiting = fetchBytes(server.url('/feed'), { limiter });
    release();
    expect((await waiting).status).toBe(200);
  });

  it('follows up to maxRedirects redirects and no more', async () => {
    expect((await fetchBytes(server.url('/hop0'), { maxRedirects: 7 })).finalUrl).toBe(server.url('/hop7'));
    const error = await failure(fetchBytes(server.url('/hop0')));
    expect(error.message).toBe(`more than 5 redirects (the last one to ${server.url('/hop6')})`);
  });

  it('refuses to follow a redirect away from http(s)', async () => {
    const error = await failure(fetchBytes(server.url('/ftp')));
    expect(error.message).toBe('only http and https addresses can be fetched, not ftp: (ftp://files.example/feed.xml)');
  });

  it('names the status of a failed response', async () => {
    expect((await failure(fetchBytes(server.url('/gone')))).message).toBe('HTTP 410 Gone');
    expect((await failure(fetchBytes(server.url('/nowhere')))).message).toBe('HTTP 404 Not Found');
  });

  it('gives up before reading a body whose announced length is over the cap', async () => {
    const error = await failure(fetchBytes(server.url('/announced-huge')));
    expect(error.message).toBe('larger than 10 MB (the server announced 50 MB)');
  });

  it('says "connection refused" when nothing listens on the port', async () => {
    const closed = await startFeedServer({});
    const url = closed.url('/feed');
    await closed.close();
    const error = await failure(fetchBytes(url));
    expect(error.message).toBe('connection refused');
    expect(error.cause).toBeInstanceOf(Error);
  });
});
