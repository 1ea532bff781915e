import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithRetries } from '../../src/collect/fetchWithRetries.js';
import { FetchFailure } from '../../src/collect/fetchFailure.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const FEED = { headers: { 'content-type': 'application/rss+xml' }, body: '<rss/>' };

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/error-500': { status: 500 },
    '/gone': { status: 410 },
    '/forbidden': { status: 403 },
    '/loop': { status: 302, headers: { location: '/loop' } },
    '/huge': { body: 'x'.repeat(5_000) },
    '/rate-limited': ({ count }) => (count === 1 ? { status: 429, headers: { 'retry-after': '1' } } : FEED),
    '/rate-limited-long': { status: 429, headers: { 'retry-after': '30' } },
    '/unavailable-long': { status: 503, headers: { 'retry-after': '120' } },
    '/reset-once': ({ count }) => (count === 1 ? { hangUp: true } : FEED),
    '/gateway-twice': ({ count }) => (count <= 2 ? { status: 502 } : FEED),
  });
});

afterAll(() => server.close());

const failure = (promise: Promise<unknown>): Promise<FetchFailure> =>
  promise.then(
    () => new FetchFailure('expected a failure'),
    (error: unknown) => error as FetchFailure,
  );

/** Milliseconds between the requests the server received on one path. */
const gapsOn = (path: string): number[] => {
  const times = server.requests.filter((request) => request.path === path).map((request) => request.at);
  return times.slice(1).map((time, index) => time - times[index]!);
};

describe('fetchWithRetries', () => {
  it('retries HTTP 500 twice with growing waits, then fails naming the status and the attempts', async () => {
    const error = await failure(fetchWithRetries(server.url('/error-500'), { retryDelayMs: 100 }));
    expect(error.message).toBe('HTTP 500 Internal Server Error (after 3 attempts)');
    expect(error.status).toBe(500);
    expect(server.count('/error-500')).toBe(3);
    const [first = 0, second = 0] = gapsOn('/error-500');
    // 100 ms then 300 ms, each ± 20 %.
    expect(first).toBeGreaterThanOrEqual(75);
    expect(second).toBeGreaterThanOrEqual(235);
    expect(second).toBeGreaterThan(first);
  });

  it('succeeds after a 502 twice and counts the attempts', async () => {
    const { fetched, attempts } = await fetchWithRetries(server.url('/gateway-twice'), { retryDelayMs: 10 });
    expect(fetched.status).toBe(200);
    expect(attempts).toBe(3);
  });

  it('retries a connection the server dropped', async () => {
    const { attempts } = await fetchWithRetries(server.url('/reset-once'), { retryDelayMs: 10 });
    expect(attempts).toBe(2);
  });

  it('retries a refused connection, then names it', async () => {
    const closed = await startFeedServer({});
    const url = closed.url('/feed');
    await closed.close();
    const error = await failure(fetchWithRetries(url, { retryDelayMs: 10 }));
    expect(error.message).toBe('connection refused (after 3 attempts)');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it.each([
    ['/gone', 'HTTP 410 Gone'],
    ['/forbidden', 'HTTP 403 Forbidden'],
    ['/nowhere', 'HTTP 404 Not Found'],
    ['/loop', 'redirect loop'],
    ['/huge', 'larger than 1000 bytes'],
  ])('does not retry %s', async (path, reason) => {
    const error = await failure(fetchWithRetries(server.url(path), { retryDelayMs: 10, maxBytes: 1_000 }));
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('attempts');
    expect(server.count(path)).toBe(1);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    const { fetched, attempts } = await fetchWithRetries(server.url('/rate-limited'), { retryDelayMs: 10 });
    expect(fetched.status).toBe(200);
    expect(attempts).toBe(2);
    expect(gapsOn('/rate-limited')[0]).toBeGreaterThanOrEqual(990);
  });

  it('fails at once when Retry-After reaches past the deadline', async () => {
    const started = Date.now();
    const error = await failure(fetchWithRetries(server.url('/rate-limited-long'), { deadline: Date.now() + 5_000 }));
    expect(error.message).toBe("HTTP 429 Too Many Requests; asked to retry after 30 s (Retry-After), past the run's deadline");
    expect(server.count('/rate-limited-long')).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('does not wait longer than maxRetryAfterMs', async () => {
    const error = await failure(fetchWithRetries(server.url('/unavailable-long')));
    expect(error.message).toBe('HTTP 503 Service Unavailable; asked to retry after 120 s (Retry-After), longer than the 60 s a run waits');
    expect(server.count('/unavailable-long')).toBe(1);
  });

  it('does not retry when the backoff would pass the deadline', async () => {
    const before = server.count('/error-500');
    const error = await failure(fetchWithRetries(server.url('/error-500'), { retryDelayMs: 1_000, deadline: Date.now() + 300 }));
    expect(error.message).toBe("HTTP 500 Internal Server Error; no time left to retry before the run's deadline");
    expect(server.count('/error-500') - before).toBe(1);
  });

  it('stops waiting to retry when the run is cancelled', async () => {
    const started = Date.now();
    const error = await failure(fetchWithRetries(server.url('/error-500'), { retryDelayMs: 5_000, signal: AbortSignal.timeout(200) }));
    expect(error.message).toBe('cancelled while waiting to retry after: HTTP 500 Internal Server Error');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
