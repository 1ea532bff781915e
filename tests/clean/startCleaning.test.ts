import { describe, expect, it } from 'vitest';
import { cleanDocuments } from '../../src/clean/cleanDocuments.js';
import { hasEarlyWorker, prestartCleaning, startCleaning } from '../../src/clean/startCleaning.js';
import { minHashOfArticle } from '../../src/text/minHash.js';
import type { RawDocument } from '../../src/types.js';

// Each source's items in its own words, with the boilerplate feeds carry.
function documentsOf(source: string, count: number): RawDocument[] {
  return Array.from({ length: count }, (_, item) => ({
    source,
    title: `${source}: the council approved plan number ${item}`,
    url: `https://example.org/${encodeURIComponent(source)}/${item}`,
    format: 'html' as const,
    body:
      item % 2 === 0
        ? `<p>Share this article</p><p>The city council of ${source} approved plan number ${item} on Monday, after a long debate about its cost.</p><p>We use cookies to improve your experience on our site. Accept</p>`
        : `<p>انسخ الرابط</p><p>وافق المجلس البلدي في ${source} على الخطة رقم ${item} يوم الاثنين بعد نقاش طويل حول تكلفتها.</p><p>المصدر: وكالات</p>`,
  }));
}

const sources = ['Harbour Post', 'Daily Ledger', 'Coast Times'].map((name, position) => ({ position, documents: documentsOf(name, 70 + position * 10) }));
const inConfigOrder = sources.flatMap((source) => source.documents);

describe('startCleaning', () => {
  it('returns the articles in config order whatever order the sources arrive in', async () => {
    const cleaning = startCleaning({});
    for (const source of [...sources].reverse()) cleaning.add(source.position, source.documents);
    const outcome = await cleaning.finish();
    expect(outcome.articles.map((article) => article?.url)).toEqual(inConfigOrder.map((document) => document.url));
    expect(outcome.failures).toEqual([]);
    // From TypeScript sources and with few documents, all of it is cleaned on the main thread.
    expect(cleaning.threads).toBe(0);
  });

  it('gives the same articles on worker threads as on the main thread', async () => {
    const cleaning = startCleaning({}, { workers: 2 });
    for (const source of sources) cleaning.add(source.position, source.documents);
    const outcome = await cleaning.finish();
    const here = cleanDocuments(inConfigOrder, {});
    expect(cleaning.threads).toBe(2);
    expect(outcome.articles).toEqual(here.articles);
    expect(outcome.articles[0]?.text).toContain('approved plan number 0');
    expect(outcome.articles[0]?.removed).toMatchObject({ share: 1, 'cookie-notice': 1 });
  }, 30_000);

  it('signs each article as it comes back, as collapseDuplicates would sign it', async () => {
    const cleaning = startCleaning({}, { workers: 2 });
    for (const source of sources) cleaning.add(source.position, source.documents);
    const { articles, signatures } = await cleaning.finish();
    expect(signatures).toHaveLength(articles.length);
    expect(signatures.filter(Boolean).length).toBeGreaterThan(100);
    articles.forEach((article, index) => {
      expect(signatures[index]).toEqual(article ? minHashOfArticle(article) : null);
    });
  }, 30_000);

  it('takes over a worker started before the rules were known, and cleans with the rules it then sends', async () => {
    prestartCleaning(true);
    expect(hasEarlyWorker()).toBe(true);
    const cleaning = startCleaning({ 'Daily Ledger': { removePatterns: ['approved plan number 2\\b'] } }, { workers: 1 });
    expect(hasEarlyWorker()).toBe(false);
    for (const source of sources) cleaning.add(source.position, source.documents);
    const { articles } = await cleaning.finish();
    expect(cleaning.threads).toBe(1);
    expect(articles.map((article) => article?.url)).toEqual(inConfigOrder.map((document) => document.url));
    expect(articles.find((article) => article?.url.endsWith('/Daily%20Ledger/2'))?.removed['user-pattern']).toBe(1);
    expect(articles[0]?.removed).toMatchObject({ share: 1, 'cookie-notice': 1 });
  }, 30_000);

  it('stops a worker started early when the run turns out to clean on the main thread', async () => {
    prestartCleaning(true);
    const cleaning = startCleaning({});
    expect(hasEarlyWorker()).toBe(false);
    cleaning.add(0, documentsOf('Harbour Post', 3));
    const { articles } = await cleaning.finish();
    expect(articles).toHaveLength(3);
    expect(cleaning.threads).toBe(0);
  }, 30_000);

  it('applies each source its own rules on the workers', async () => {
    const cleaning = startCleaning({ 'Daily Ledger': { removePatterns: ['approved plan number 2\\b'] } }, { workers: 1 });
    for (const source of sources) cleaning.add(source.position, source.documents);
    const { articles } = await cleaning.finish();
    const ledger = articles.filter((article) => article?.source === 'Daily Ledger');
    const harbour = articles.filter((article) => article?.source === 'Harbour Post');
    expect(ledger[2]?.removed['user-pattern']).toBe(1);
    expect(harbour[2]?.removed['user-pattern']).toBeUndefined();
  }, 30_000);

  it('keeps the collector waiting while the workers are behind, and lets it go on as they answer', async () => {
    const cleaning = startCleaning({}, { workers: 1, backlog: 64 });
    cleaning.add(0, documentsOf('Harbour Post', 200));
    expect(cleaning.backlog).toBe(200);
    let roomMade = false;
    const room = cleaning.room().then(() => {
      roomMade = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(roomMade).toBe(false);
    await room;
    expect(cleaning.backlog).toBeLessThanOrEqual(64);
    const { articles } = await cleaning.finish();
    expect(articles).toHaveLength(200);
    expect(articles.every((article) => article !== null)).toBe(true);
  }, 30_000);

  it('cleans a backlog on the main thread when there are no workers, instead of holding it to the end', async () => {
    const cleaning = startCleaning({}, { backlog: 50 });
    cleaning.add(0, documentsOf('Harbour Post', 30));
    await cleaning.room();
    // Below the limit, the documents wait: cleaning them one source at a time costs nothing extra.
    expect(cleaning.backlog).toBe(30);
    cleaning.add(1, documentsOf('Daily Ledger', 30));
    await cleaning.room();
    expect(cleaning.backlog).toBe(0);
    const { articles } = await cleaning.finish();
    expect(articles.map((article) => article?.source)).toEqual([...Array<string>(30).fill('Harbour Post'), ...Array<string>(30).fill('Daily Ledger')]);
  });

  it('cleans on the main thread what a worker that ran out of memory was given, and loses no article', async () => {
    // A worker too small to hold the cleaning modules dies as it starts, with its batches in hand.
    const cleaning = startCleaning({}, { workers: 1, resourceLimits: { maxOldGenerationSizeMb: 4 } });
    for (const source of sources) cleaning.add(source.position, source.documents);
    const outcome = await cleaning.finish();
    expect(cleaning.threads).toBe(0);
    expect(cleaning.stopped).toEqual([expect.stringMatching(/memory/)]);
    expect(outcome.articles).toEqual(cleanDocuments(inConfigOrder, {}).articles);
    expect(outcome.failures).toEqual([]);
  }, 30_000);

  it('goes on cleaning on the main thread when a worker dies half-way through a run', async () => {
    // Big enough for the modules and the small documents; a page of 28 million Arabic characters is
    // more than it can hold (56 MB as UTF-16, in the parsed text and again in the line read from it).
    const cleaning = startCleaning({}, { workers: 1, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    cleaning.add(0, documentsOf('Harbour Post', 40));
    await cleaning.room();
    const giant: RawDocument = { source: 'Daily Ledger', url: 'https://example.org/giant', format: 'html', body: `<p>${'اجتمع المجلس مرة أخرى. '.repeat(1_200_000)}</p>` };
    cleaning.add(1, [giant]);
    cleaning.add(2, documentsOf('Coast Times', 40));
    const { articles, failures } = await cleaning.finish();
    expect(cleaning.threads).toBe(1);
    expect(cleaning.stopped).toEqual([expect.stringMatching(/memory/)]);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(81);
    expect(articles[40]?.url).toBe('https://example.org/giant');
    expect(articles.every((article) => article !== null)).toBe(true);
  }, 60_000);
});
