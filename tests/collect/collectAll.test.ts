import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectAll, type CollectAllOptions } from '../../src/collect/collectAll.js';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import type { CollectOptions, Source } from '../../src/collect/source.js';
import { SourceError } from '../../src/errors.js';
import type { SourceReport } from '../../src/types.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const FEED = { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml') };
const indexes = (count: number) => Array.from({ length: count }, (_, index) => index);

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.xml': FEED,
    '/error-404': { status: 404 },
    ...Object.fromEntries(indexes(10).map((index) => [`/stuck-${index}.xml`, { ...FEED, delayMs: 10_000 }])),
  });
});

afterAll(() => server.close());

const feed = (name: string, path: string): Source => createFeedSource({ name, url: server.url(path), retryDelayMs: 10 });

/** Six feeds on one host, each answering after 100 ms so that requests overlap, collected on a fresh server. */
async function collectSections(options: CollectAllOptions): Promise<{ maxConcurrent: number; reports: SourceReport[] }> {
  const sections = await startFeedServer(Object.fromEntries(indexes(6).map((index) => [`/section-${index}.xml`, { ...FEED, delayMs: 100 }])));
  try {
    const sources = indexes(6).map((index) => createFeedSource({ name: `Section ${index}`, url: sections.url(`/section-${index}.xml`) }));
    const { reports } = await collectAll(sources, options);
    return { maxConcurrent: sections.maxConcurrent, reports };
  } finally {
    await sections.close();
  }
}

/** A source that is not a feed: it resolves after `ms`, or never, and ignores the deadline. */
const fakeSource = (name: string, ms: number | undefined, seen: CollectOptions[] = []): Source => ({
  name,
  collect: (options = {}) => {
    seen.push(options);
    return new Promise((resolve) => {
      if (ms === undefined) return;
      setTimeout(() => {
        resolve({ documents: [{ source: name, body: 'x', format: 'text' }], warnings: [] });
      }, ms);
    });
  },
});

describe('collectAll', () => {
  it('keeps the config order, reports failures with their reason and collects fetch reports by name', async () => {
    const failing: Source = { name: 'Thrower', collect: () => Promise.reject(new SourceError('Thrower', 'no such file or folder')) };
    const { reports, documents, fetches } = await collectAll([feed('Gazette', '/feed.xml'), feed('Missing', '/error-404'), failing]);
    expect(reports).toEqual([
      { name: 'Gazette', status: 'ok', items: 2 },
      { name: 'Missing', status: 'failed', items: 0, error: `${server.url('/error-404')}: HTTP 404 Not Found` },
      { name: 'Thrower', status: 'failed', items: 0, error: 'no such file or folder' },
    ]);
    expect(documents).toHaveLength(2);
    expect(Object.keys(fetches)).toEqual(['Gazette']);
    expect(fetches.Gazette).toMatchObject({ status: 200, notModified: false, attempts: 1, encoding: 'utf-8' });
  });

  it('hands each source its documents as it finishes, with its position, and need not keep them', async () => {
    const handed: { position: number; count: number }[] = [];
    const { documents, reports } = await collectAll([fakeSource('Slow', 60), fakeSource('Quick', 5), feed('Missing', '/error-404')], {
      onDocuments: (position, given) => {
        handed.push({ position, count: given.length });
      },
      keepDocuments: false,
    });
    // The slow first source comes last; the others whenever they are done.
    expect(handed.at(-1)).toEqual({ position: 0, count: 1 });
    expect([...handed].sort((a, b) => a.position - b.position)).toEqual([
      { position: 0, count: 1 },
      { position: 1, count: 1 },
      { position: 2, count: 0 },
    ]);
    expect(documents).toEqual([]);
    expect(reports.map((report) => report.items)).toEqual([1, 1, 0]);
  });

  it('reads the next source only once the promise onDocuments returns has settled, and the wait costs no deadline', async () => {
    const events: string[] = [];
    const logged = (name: string): Source => ({
      name,
      collect: (options) => {
        events.push(`read ${name}`);
        return fakeSource(name, 0).collect(options);
      },
    });
    const { reports } = await collectAll([logged('First'), logged('Second'), logged('Third')], {
      concurrency: 1,
      deadlineMs: 150,
      onDocuments: (position) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            events.push(`cleaned ${position}`);
            resolve();
          }, 100),
        ),
    });
    expect(events).toEqual(['read First', 'cleaned 0', 'read Second', 'cleaned 1', 'read Third', 'cleaned 2']);
    // 300 ms of waiting for the cleaning, twice the deadline: every source was still read.
    expect(reports.map((report) => report.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('sends no more than 2 requests at once to one host, whatever the concurrency', async () => {
    const { maxConcurrent, reports } = await collectSections({ concurrency: 8 });
    expect(reports.every((report) => report.status === 'ok')).toBe(true);
    // Exactly 2: the limit holds, and the sources did run side by side up to it.
    expect(maxConcurrent).toBe(2);
    // With a looser host limit the same six run at once: the check above can fail.
    expect((await collectSections({ concurrency: 8, perHost: 8 })).maxConcurrent).toBe(6);
  });

  it('gives every source the same deadline and host limiter', async () => {
    const seen: CollectOptions[] = [];
    const before = Date.now();
    await collectAll([fakeSource('a', 0, seen), fakeSource('b', 0, seen)], { deadlineMs: 5_000 });
    expect(seen).toHaveLength(2);
    expect(seen[0]?.deadline).toBeGreaterThanOrEqual(before + 5_000);
    expect(seen[0]?.deadline).toBeLessThan(before + 5_500);
    expect(seen[1]?.deadline).toBe(seen[0]?.deadline);
    expect(seen[0]?.limiter).toBeDefined();
    expect(seen[1]?.limiter).toBe(seen[0]?.limiter);
  });

  it('finishes ten slow feeds by the deadline, each failed with a reason naming it', async () => {
    const sources = indexes(10).map((index) => feed(`Stuck ${index}`, `/stuck-${index}.xml`));
    const started = Date.now();
    const { reports } = await collectAll(sources, { deadlineMs: 500 });
    expect(Date.now() - started).toBeLessThan(500 + 400);
    expect(reports.map((report) => report.status)).toEqual(Array(10).fill('failed'));
    for (const report of reports) expect(report.error).toMatch(/the run's deadline/);
    // Two requests ran into the deadline, six sources were waiting for the host, and the last two
    // never got one of the eight workers.
    const host = new URL(server.url('/')).host;
    const reasons = reports.map((report) => report.error?.replace(/^\S+: /, '').replace(/\d+(\.\d+)? s/, 'N s'));
    expect(reasons).toEqual([
      ...Array<string>(2).fill("timed out at the run's deadline (after N s)"),
      ...Array<string>(6).fill(`not started: the run's deadline passed while waiting for a free connection to ${host}`),
      ...Array<string>(2).fill("not started: the run's deadline (N s for collecting) had passed"),
    ]);
  });

  it('reports a source that ignores the deadline as failed shortly after it, and starts none after it', async () => {
    const started = Date.now();
    const { reports } = await collectAll([fakeSource('Hung mount', undefined), fakeSource('Slow folder', 300), fakeSource('Next', 0)], {
      deadlineMs: 100,
      concurrency: 2,
    });
    expect(Date.now() - started).toBeLessThan(100 + 1_000 + 300);
    expect(reports).toEqual([
      { name: 'Hung mount', status: 'failed', items: 0, error: "still not finished 1 s after the run's deadline (0.1 s for collecting); left behind" },
      { name: 'Slow folder', status: 'ok', items: 1 },
      { name: 'Next', status: 'failed', items: 0, error: "not started: the run's deadline (0.1 s for collecting) had passed" },
    ]);
  });
});
