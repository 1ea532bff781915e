import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { checkPublicAddress, isPrivateAddress } from '../../src/collect/checkPublicAddress.js';
import { createFeedSource, type FeedSourceOptions } from '../../src/collect/createFeedSource.js';
import { createSource } from '../../src/collect/createSource.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';

const ARTICLE = [
  'The harbour authority reopened the northern quay on Monday, three weeks after the storm tore away part of its deck.',
  'Engineers replaced forty metres of timber, rebuilt the fenders and tested the cranes, the authority said, and ferries will return to their usual berths from Wednesday.',
  'Fishermen, who had been unloading at the southern slipway since the storm, welcomed the news but asked for a second crane before the winter season.',
].join('\n\n');
const page = (body: string) =>
  `<!doctype html><html><head><title>Quay reopens | Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Quay reopens</h1>${body
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}<script>alert(1)</script></article><footer>© Gazette</footer></body></html>`;

let server: FeedServer;
let feedBody = '';

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.xml': () => ({ headers: { 'content-type': 'application/rss+xml' }, body: feedBody }),
    '/quay.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(ARTICLE) },
    '/long.html': { headers: { 'content-type': 'text/html' }, body: page('never fetched') },
    '/image.png': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/redirect': { status: 302, headers: { location: '/quay.html' } },
  });
  const item = (title: string, link: string, description: string) => `<item><title>${title}</title><link>${link}</link><description>${description}</description></item>`;
  feedBody = `<rss version="2.0"><channel><title>Gazette</title>${[
    item('Quay reopens', server.url('/quay.html'), 'The northern quay reopens…'),
    item('Full story in the feed', server.url('/long.html'), 'x '.repeat(400)),
    item('A picture', server.url('/image.png'), 'See the picture'),
    item('Moved', server.url('/redirect'), 'Short teaser'),
  ].join('')}</channel></rss>`;
});

afterAll(async () => {
  await server.close();
});

const source = (options: Partial<FeedSourceOptions>) => createFeedSource({ name: 'Gazette', url: server.url('/feed.xml'), retries: 0, fullPage: true, ...options });

describe('full-page fetching (fullPage: true)', () => {
  it('with allowPrivate, fetches the pages of teasers and the cleaning stage extracts the article', async () => {
    const { documents, warnings } = await source({ allowPrivate: true }).collect();
    const quay = documents.find((document) => document.title === 'Quay reopens')!;
    const { article } = cleanDocument(quay, compileRules());
    expect(article.text).toBe(ARTICLE);
    expect(article.url).toBe(server.url('/quay.html'));
    // A redirect is followed, and its page read, like any other.
    expect(cleanDocument(documents.find((document) => document.title === 'Moved')!, compileRules()).article.text).toBe(ARTICLE);
    expect(warnings).toEqual([`${server.url('/image.png')}: full page not used: it is image/png, not a web page; the feed's text is kept`]);
  });

  it('leaves an item whose feed text is already long as it is', async () => {
    await source({ allowPrivate: true }).collect();
    expect(server.count('/long.html')).toBe(0);
  });

  it('without allowPrivate, refuses pages on this machine with a clear warning and keeps the teaser', async () => {
    const before = server.count('/quay.html');
    const { documents, warnings } = await source({}).collect();
    expect(server.count('/quay.html')).toBe(before);
    expect(documents.find((document) => document.title === 'Quay reopens')?.body).toBe('The northern quay reopens…');
    expect(warnings).toContain(`${server.url('/quay.html')}: full page not fetched: refused: 127.0.0.1 is a private or local address, and allowPrivate is off; the feed's text is kept`);
  });

  it('fetches at most maxFullPages pages a run, and shares a run-wide budget', async () => {
    const one = await source({ allowPrivate: true, maxFullPages: 1 }).collect();
    expect(one.warnings).toContain('2 more teaser(s) kept as they are: the limit of full pages fetched per run was reached');
    const budget = { remaining: 0 };
    const none = await source({ allowPrivate: true, fullPageBudget: budget }).collect();
    expect(none.documents.find((document) => document.title === 'Quay reopens')?.body).toBe('The northern quay reopens…');
  });

  it('takes fullPage and allowPrivate from the source config', async () => {
    const fromConfig = createSource({ name: 'Gazette', url: server.url('/feed.xml'), enabled: true, fullPage: true, allowPrivate: true }, { feed: { retries: 0 } });
    const { documents } = await fromConfig.collect();
    expect(documents.find((document) => document.title === 'Quay reopens')?.body).toContain('Fishermen');
  });
});

describe('checkPublicAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', '[::1]', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:10.0.0.1', '::'])(
    'calls %s private',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('calls %s public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses a name that resolves to a private address, among others', async () => {
    const lookup = (host: string) => Promise.resolve(host === 'intranet.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34']);
    await expect(checkPublicAddress('http://intranet.example/admin', lookup)).rejects.toThrow(
      'refused: intranet.example (10.0.0.7) is a private or local address, and allowPrivate is off',
    );
    await expect(checkPublicAddress('https://news.example/a', lookup)).resolves.toBeUndefined();
  });

  it('refuses localhost by what it resolves to', async () => {
    await expect(checkPublicAddress('http://localhost:8080/')).rejects.toThrow(/^refused: localhost \((127\.0\.0\.1|::1)\) is a private or local address/);
  });
});
