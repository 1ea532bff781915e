import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { fetchBytes } from '../../src/collect/fetchBytes.js';
import { SourceError } from '../../src/errors.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

// Issue 26: a feed with thousands of stacked gzip layers took 68 s of CPU past a 20 s timeout,
// and decompression went on after the request had been given up.

const MB = 1024 * 1024;
const FEED = Buffer.from(`<rss version="2.0"><channel><title>Layers</title>${'<item><title>Story</title><link>https://news.example/a</link></item>'.repeat(40)}</channel></rss>`);

/** The feed gzipped `layers` times over; stored (level 0) layers keep building 5,000 of them fast. */
function stackedGzip(layers: number): Buffer {
  let body = FEED;
  for (let layer = 0; layer < layers; layer++) body = gzipSync(body, { level: 0 });
  return body;
}

/** `count` copies of one gzip member: gunzip reads concatenated members as one stream. */
const repeatMember = (member: Buffer, count: number): Buffer => Buffer.concat(Array.from({ length: count }, () => member));

/** "gzip, gzip": a few KB that inflate to 1 MB, which inflates to 1 GB of zeros. */
function doubleGzipBomb(): Buffer {
  return gzipSync(repeatMember(gzipSync(Buffer.alloc(MB)), 1024), { level: 9 });
}

/**
 * "gzip, gzip, gzip": a few KB that inflate to 1 MB, then to 400 MB of empty gzip members, then to
 * nothing. The whole body arrives at once, and only the decompression takes time (seconds of CPU).
 */
function inflatesToNothing(): Buffer {
  const emptyMembers = repeatMember(gzipSync(Buffer.alloc(0)), MB / 20);
  return gzipSync(repeatMember(gzipSync(emptyMembers, { level: 9 }), 400), { level: 9 });
}

/** A gzipped feed sent in 64-byte slices, one every 100 ms, for a minute. */
async function* trickle(): AsyncGenerator<Buffer> {
  const gzipped = gzipSync(Buffer.concat(Array.from({ length: 200 }, () => FEED)));
  for (let offset = 0; offset < gzipped.length; offset += 64) {
    yield gzipped.subarray(offset, offset + 64);
    await sleep(100);
  }
}

const codings = (count: number): string => Array.from({ length: count }, () => 'gzip').join(',');

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/layers-3000': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': codings(3000) }, body: stackedGzip(3000) },
    '/layers-5000': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': codings(5000) }, body: stackedGzip(5000) },
    '/layers-3': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip, gzip, gzip' }, body: stackedGzip(3) },
    '/bomb': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip, gzip' }, body: doubleGzipBomb() },
    '/nothing': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip, gzip, gzip' }, body: inflatesToNothing() },
    '/trickle': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, body: trickle },
  });
});

afterAll(() => server.close());

/** How a fetch ended, and how long it took. */
async function attempt(promise: Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const started = performance.now();
  const error = await promise.then(
    () => new Error('expected a failure'),
    (failure: unknown) => failure as Error,
  );
  return { error, ms: performance.now() - started };
}

/** CPU time this process spent (every thread, zlib's included) while it should have been idle. */
async function cpuMsWhileIdle(ms = 500): Promise<number> {
  const before = process.cpuUsage();
  await sleep(ms);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

describe('fetchBytes against hostile compressed bodies', () => {
  it('refuses 3,000 stacked gzip layers before decompressing any, and is idle afterwards', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/layers-3000'), { timeoutMs: 2_000 }));
    expect(error).toMatchObject({ message: 'refused: Content-Encoding lists 3000 codings (gzip, gzip, gzip, …), more than the 3 a body may have', transient: false });
    expect(ms).toBeLessThan(1_000);
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('fails at once on 5,000 stacked gzip layers, whose Content-Encoding alone is more header than Node reads', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/layers-5000'), { timeoutMs: 2_000 }));
    expect(error.message).toMatch(/HPE_HEADER_OVERFLOW|Content-Encoding lists 5000 codings/);
    expect(ms).toBeLessThan(1_000);
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('still reads a feed compressed three times over', async () => {
    const { bytes, contentEncoding } = await fetchBytes(server.url('/layers-3'));
    expect(Buffer.from(bytes).equals(FEED)).toBe(true);
    expect(contentEncoding).toBe('gzip, gzip, gzip');
  });

  it('stops a two-layer gzip bomb (a few KB to 1 GB) at the size cap', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/bomb'), { maxBytes: MB, timeoutMs: 2_000 }));
    expect(error).toMatchObject({ message: 'larger than 1 MB', transient: false });
    expect(ms).toBeLessThan(1_000);
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('stops a layer that inflates to nothing at the size cap too: every layer is held to it', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/nothing'), { maxBytes: MB, timeoutMs: 5_000 }));
    expect(error).toMatchObject({ message: 'larger than 1 MB', transient: false });
    expect(ms).toBeLessThan(1_000);
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('stops decompressing at the timeout, even when the whole body has already arrived', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/nothing'), { maxBytes: 1024 * MB, timeoutMs: 300 }));
    expect(error).toMatchObject({ message: 'timed out after 0.3 s', transient: true });
    expect(ms).toBeLessThan(800);
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('gives up on a gzip stream that trickles in at the timeout, and hangs up on the server', async () => {
    const { error, ms } = await attempt(fetchBytes(server.url('/trickle'), { timeoutMs: 500 }));
    expect(error).toMatchObject({ message: 'timed out after 0.5 s', transient: true });
    expect(ms).toBeLessThan(1_000);
    await server.streamAborted;
    expect(await cpuMsWhileIdle()).toBeLessThan(100);
  });

  it('fails the source with a message that names its address, and does not retry', async () => {
    const url = server.url('/layers-3000');
    const before = server.count('/layers-3000');
    const source = createFeedSource({ name: 'Layers', url, retries: 2, retryDelayMs: 10 });
    const error = await source.collect().then(
      () => new Error('expected a failure'),
      (failure: unknown) => failure as Error,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(`${url}: refused: Content-Encoding lists 3000 codings (gzip, gzip, gzip, …), more than the 3 a body may have`);
    expect(server.count('/layers-3000') - before).toBe(1);
  });
});
