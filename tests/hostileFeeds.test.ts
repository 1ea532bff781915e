import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, type RunResult } from '../src/pipeline.js';
import { readFeedFixture } from './helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from './helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from './helpers/tempConfig.js';

// One run over every way a feed server can misbehave, with tight limits: the run must end within
// its deadline, report each failing source by name with a readable reason, and still make the
// briefing from the feeds that work.
describe('briefing run against misbehaving feed servers', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let result: RunResult;
  let seconds: number;

  beforeAll(async () => {
    const rss = readFeedFixture('rss2.xml');
    server = await startFeedServer({
      '/good.xml': { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: rss },
      '/slow.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss, delayMs: 5000 },
      '/500.xml': { status: 500 },
      '/429.xml': { status: 429, headers: { 'retry-after': '120' } },
      '/garbage.xml': { headers: { 'content-type': 'application/rss+xml' }, body: Buffer.from([0, 1, 2, 255, 254, 0, 7, 8]) },
      '/bomb.xml': { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(8 * 1024 * 1024, 32)) },
      '/loop-a.xml': { status: 302, headers: { location: '/loop-b.xml' } },
      '/loop-b.xml': { status: 302, headers: { location: '/loop-a.xml' } },
      '/big.xml': { headers: { 'content-type': 'application/rss+xml' }, body: `${rss.slice(0, -20)}${' '.repeat(3 * 1024 * 1024)}</channel></rss>` },
    });
    const names = ['good', 'slow', '500', '429', 'garbage', 'bomb', 'loop-a', 'big'];
    temp = await writeTempConfig({
      // The fixture's items are from 2025: keep them whatever their age.
      briefing: { maxAgeHours: 0 },
      sources: names.map((name) => ({ name: `Feed ${name}`, url: server.url(`/${name}.xml`) })),
      fetch: { timeoutSeconds: 1, retries: 1, deadlineSeconds: 6, maxMegabytes: 1 },
    });
    const started = performance.now();
    result = await runBriefing(temp.config, { date: '2026-11-23' }, { feed: { retryDelayMs: 50 } });
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  const report = (name: string) => result.briefing.sources.find((source) => source.name === `Feed ${name}`);

  it('finishes within the deadline', () => {
    expect(seconds).toBeLessThan(6 + 3);
  });

  it('makes the briefing from the feed that works', () => {
    expect(report('good')).toMatchObject({ status: 'ok' });
    expect(result.briefing.stats.articles).toBeGreaterThan(0);
  });

  it('reports each failure by name with a readable reason', () => {
    expect(report('slow')?.error).toMatch(/timed out|deadline/);
    expect(report('500')?.error).toMatch(/HTTP 500/);
    expect(report('429')?.error).toMatch(/429.*Retry-After/);
    expect(report('garbage')?.error).toMatch(/not a feed|binary/);
    expect(report('bomb')?.error).toMatch(/larger than 1 MB/);
    expect(report('loop-a')?.error).toMatch(/redirect/);
    expect(report('big')?.error).toMatch(/larger than 1 MB/);
    for (const name of ['slow', '500', '429', 'garbage', 'bomb', 'loop-a', 'big']) expect(report(name)?.status).toBe('failed');
  });

  it('asks conditionally the next time, and reads the cached copy on 304', async () => {
    const again = await runBriefing(temp.config, { date: '2026-11-23', dryRun: true }, { feed: { retryDelayMs: 50 } });
    expect(server.requests.filter((request) => request.path === '/good.xml').at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(again.briefing.sources.find((source) => source.name === 'Feed good')?.status).toBe('ok');
  });
});
