import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, type RunResult } from '../src/pipeline.js';
import type { Briefing } from '../src/types.js';
import { ARABIC_TITLES, encodeArabicFeed, readFeedFixture } from './helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from './helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from './helpers/tempConfig.js';

describe('runBriefing', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let result: RunResult;
  let archived: Briefing;

  beforeAll(async () => {
    server = await startFeedServer({
      '/rss.xml': { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml') },
      '/atom.xml': { headers: { 'content-type': 'application/atom+xml' }, body: readFeedFixture('atom.xml') },
      '/arabic.xml': { headers: { 'content-type': 'application/rss+xml' }, body: encodeArabicFeed('windows-1256', { declared: 'windows-1256' }) },
      '/broken.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><item><title>cut off' },
      '/gone.xml': { status: 500 },
    });
    temp = await writeTempConfig({
      briefing: { title: 'Test Briefing', timezone: 'Asia/Riyadh' },
      sources: [
        { name: 'Harbour Gazette', url: server.url('/rss.xml') },
        { name: 'Observatory', url: server.url('/atom.xml') },
        { name: 'Akhbar', url: server.url('/arabic.xml') },
        { name: 'Broken feed', url: server.url('/broken.xml') },
        { name: 'Gone feed', url: server.url('/gone.xml') },
        { name: 'Missing folder', path: 'no-such-folder' },
      ],
    });
    result = await runBriefing(temp.config, {}, { now: () => new Date('2026-11-22T22:30:00Z'), feed: { retryDelayMs: 10 } });
    archived = JSON.parse(await readFile(path.join(temp.dir, 'briefings', `${result.briefing.date}.json`), 'utf8')) as Briefing;
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it('dates the briefing in its own time zone', () => {
    // 22:30 UTC on the 22nd is already the 23rd in Riyadh (UTC+3).
    expect(result.briefing.date).toBe('2026-11-23');
  });

  it('reports each source with its status, item count and a readable reason', () => {
    const byName = Object.fromEntries(archived.sources.map((source) => [source.name, source]));
    expect(byName['Harbour Gazette']).toMatchObject({ status: 'ok' });
    expect(byName.Observatory).toMatchObject({ status: 'ok', items: 2 });
    expect(byName.Akhbar).toMatchObject({ status: 'ok', items: 2 });
    expect(byName['Broken feed']?.status).toBe('failed');
    expect(byName['Broken feed']?.error).toContain('broken.xml');
    expect(byName['Gone feed']).toMatchObject({ status: 'failed' });
    expect(byName['Gone feed']?.error).toMatch(/500/);
    expect(byName['Missing folder']?.error).toMatch(/no such file or folder/);
  });

  it('still produces the briefing from the sources that worked, with Arabic decoded right', () => {
    const titles = archived.topics.flatMap((topic) => topic.stories).flatMap((story) => story.articles.map((a) => a.title));
    expect(titles).toEqual(expect.arrayContaining([...ARABIC_TITLES]));
    expect(titles.join(' ')).not.toContain('\uFFFD');
    expect(archived.stats.articles).toBe(titles.length);
  });

  it('writes the html, text and json of the day and an index, leaving no temporary files', async () => {
    const files = await readdir(path.join(temp.dir, 'briefings'));
    expect(files.sort()).toEqual(['2026-11-23.html', '2026-11-23.json', '2026-11-23.txt', 'feed.json', 'feed.xml', 'index.html', 'index.json']);
    const index = await readFile(path.join(temp.dir, 'briefings', 'index.html'), 'utf8');
    expect(index).toContain('href="2026-11-23.html"');
  });

  it('does not try to send without an email config', () => {
    expect(result.sent).toBeUndefined();
  });
});

describe('runBriefing with dryRun', () => {
  it('writes nothing and lists the files it would write', async () => {
    const temp = await writeTempConfig({ sources: [{ name: 'Examples', path: '../examples/articles' }] });
    try {
      const examples = path.resolve('examples/articles');
      const config = { ...temp.config, sources: [{ name: 'Examples', path: examples, enabled: true }] };
      const result = await runBriefing(config, { dryRun: true, date: '2026-01-02' });
      expect(result.files.map((file) => path.basename(file)).sort()).toEqual(['2026-01-02.html', '2026-01-02.json', '2026-01-02.txt']);
      expect(existsSync(path.join(temp.dir, 'briefings'))).toBe(false);
      expect(result.briefing.stats.articles).toBeGreaterThan(0);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('runBriefing with cleaning rules', () => {
  it('applies the global rules to every source and a source’s own rules only to it', async () => {
    // Two different stories (near-identical texts would be folded into one article).
    const text = (name: string) =>
      name === 'Northport'
        ? `Northport reopens the old harbour bridge\n\nThe old harbour bridge reopened to traffic on Monday after two years of repairs, the council said.\nPromo: subscribe for 1 euro\nInternal ref 99`
        : `Southport library extends its opening hours\n\nThe central library will open until nine in the evening from next month, its director announced on Friday.\nPromo: subscribe for 1 euro\nInternal ref 99`;
    const { mkdir, writeFile } = await import('node:fs/promises');
    const temp = await writeTempConfig({ sources: [{ name: 'placeholder', path: '.' }] });
    try {
      await mkdir(path.join(temp.dir, 'a'));
      await mkdir(path.join(temp.dir, 'b'));
      await writeFile(path.join(temp.dir, 'a', 'one.txt'), text('Northport'));
      await writeFile(path.join(temp.dir, 'b', 'two.txt'), text('Southport'));
      const config = {
        ...temp.config,
        cleaning: { removeLines: [], removePatterns: ['^promo:'], removeSelectors: [] },
        sources: [
          { name: 'A', path: path.join(temp.dir, 'a'), enabled: true, cleaning: { removeLines: ['internal ref 99'], removePatterns: [], removeSelectors: [] } },
          { name: 'B', path: path.join(temp.dir, 'b'), enabled: true },
        ],
      };
      const { briefing } = await runBriefing(config, { dryRun: true });
      const articles = briefing.topics.flatMap((topic) => topic.stories).flatMap((story) => story.articles);
      const bySource = Object.fromEntries(articles.map((article) => [article.source, article]));
      expect(bySource.A?.removed).toMatchObject({ 'user-pattern': 1, 'user-line': 1 });
      expect(bySource.B?.removed).toMatchObject({ 'user-pattern': 1 });
      expect(bySource.B?.removed['user-line']).toBeUndefined();
    } finally {
      await temp.cleanup();
    }
  });
});
