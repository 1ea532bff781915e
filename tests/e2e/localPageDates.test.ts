import { readFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../../src/pipeline.js';
import type { Article, Briefing } from '../../src/types.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';
import { useTempDirs, writeTree } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

// Issue 27: a 2013 news page saved as a local file appeared in the briefing as today's news,
// dated by the file's modification time.
const SAVED = new Date('2026-12-06T20:00:00Z');
const NOW = new Date('2026-12-07T06:00:00Z');
const PARAGRAPH = 'Forecasters warned of heavy snow across the northern states on Monday, with travel expected to be disrupted on the busiest days before the holidays.';
const PAGES = {
  'storm.html': `<!doctype html><html lang="en"><head><title>Storm threatens holiday travel</title>
<meta property="article:published_time" content="2013-12-23T18:04:00Z"></head>
<body><article><h1>Storm threatens holiday travel</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`,
  'about.html': `<!doctype html><html lang="en"><head><title>About the snow club</title></head>
<body><article><h1>About the snow club</h1><p>The club meets every Saturday in winter to clear the paths of the old town, and new members are welcome.</p></article></body></html>`,
};

describe('briefing run on saved web pages', () => {
  let temp: TempConfig;
  let articles: Article[];
  const byTitle = (title: string) => articles.find((article) => article.title === title);

  beforeAll(async () => {
    const folder = await makeTempDir();
    for (const file of await writeTree(folder, PAGES)) await utimes(file, SAVED, SAVED);
    temp = await writeTempConfig({ briefing: { title: 'Pages' }, sources: [{ name: 'Saved pages', path: folder }] });
    await runBriefing(temp.config, {}, { now: () => NOW });
    const archived = JSON.parse(await readFile(path.join(temp.dir, 'briefings', '2026-12-07.json'), 'utf8')) as Briefing;
    articles = archived.topics.flatMap((topic) => topic.stories).flatMap((story) => story.articles);
  });
  afterAll(() => temp.cleanup());

  it('archives a page with a meta date under the date it states, not the day it was saved', () => {
    expect(byTitle('Storm threatens holiday travel')?.published).toBe('2013-12-23T18:04:00.000Z');
  });

  it('archives a page that states no date under its modification time', () => {
    expect(byTitle('About the snow club')?.published).toBe(SAVED.toISOString());
  });

  it('says in the archived JSON where each date came from', () => {
    expect(byTitle('Storm threatens holiday travel')?.dateSource).toBe('page');
    expect(byTitle('About the snow club')?.dateSource).toBe('file');
  });
});
