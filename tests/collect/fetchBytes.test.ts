import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from '../../src/collect/fetchBytes.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

let server: FeedServer;

beforeAll(async () => {
  const chain = Object.fromEntries(Array.from({ length: 7 }, (_, hop) => [`/hop${hop}`, { status: 307, headers: { location: `/hop${hop + 1}` } }]));
  server = await startFeedServer({
    '/feed': { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: '<rss/>' },
    '/start': { status: 302, headers: { location: '/feed' } },
    '/ftp': { status: 302, headers: { location: 'ftp://files.example/feed.xml' } },
    '/announced-huge': { headers: { 'content-length': String(50 * 1024 * 1024) }, body: '' },
    '/gone': { status: 410 },
    ...chain,
    '/hop7': { body: 'arrived' },
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
