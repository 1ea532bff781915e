import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { updateIndex, type IndexEntry } from '../../src/deliver/updateIndex.js';
import type { Briefing } from '../../src/types.js';
import { archiveBriefing } from '../helpers/archiveBriefing.js';
import { useTempDirs, writeTree } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

const briefingOn = (date: string, overrides: Partial<Briefing> = {}) =>
  archiveBriefing({ date, title: `Briefing of ${date}`, stats: { articles: 9, stories: 3, shownStories: 3 }, ...overrides });

const readManifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as IndexEntry[];

/** What a reader of index.html sees: one row per briefing, with its links. */
async function readIndexPage(dir: string) {
  const $ = cheerio.load(await readFile(path.join(dir, 'index.html'), 'utf8'));
  return $('li')
    .toArray()
    .map((item) => {
      const title = $(item).find('a').first();
      return {
        date: $(item).find('time').attr('datetime'),
        title: title.text(),
        href: title.attr('href'),
        dir: title.attr('dir'),
        lang: title.attr('lang'),
        links: $(item).find('a').toArray().map((link) => $(link).attr('href')),
        text: $(item).text().replace(/\s+/g, ' ').trim(),
      };
    });
}

describe('updateIndex', () => {
  it('starts the manifest and the page for the first briefing', async () => {
    const dir = await makeTempDir();
    expect(await updateIndex(dir, briefingOn('2025-03-04'))).toEqual([path.join(dir, 'index.json'), path.join(dir, 'index.html')]);
    expect(await readManifest(dir)).toEqual([{ date: '2025-03-04', title: 'Briefing of 2025-03-04', stories: 3, dir: 'ltr', language: 'en', generatedAt: '2025-03-04T07:00:00.000Z' }]);
  });

  it('lists briefings newest first, each linking to its email, text and JSON', async () => {
    const dir = await makeTempDir();
    for (const date of ['2025-03-02', '2025-03-04', '2024-12-31', '2025-03-03']) await updateIndex(dir, briefingOn(date));
    const rows = await readIndexPage(dir);
    expect(rows.map((row) => row.date)).toEqual(['2025-03-04', '2025-03-03', '2025-03-02', '2024-12-31']);
    expect(rows[0]).toMatchObject({
      title: 'Briefing of 2025-03-04',
      href: '2025-03-04.html',
      links: ['2025-03-04.html', '2025-03-04.txt', '2025-03-04.json'],
      text: '2025-03-04 Briefing of 2025-03-04 · 3 stories · text · json',
    });
  });

  it('replaces the entry of a date briefed again, rather than adding a second one', async () => {
    const dir = await makeTempDir();
    await updateIndex(dir, briefingOn('2025-03-03'));
    await updateIndex(dir, briefingOn('2025-03-04', { title: 'First run' }));
    await updateIndex(dir, briefingOn('2025-03-04', { title: 'Second run' }));
    expect((await readManifest(dir)).map((entry) => [entry.date, entry.title])).toEqual([
      ['2025-03-04', 'Second run'],
      ['2025-03-03', 'Briefing of 2025-03-03'],
    ]);
    expect((await readIndexPage(dir)).map((row) => row.title)).toEqual(['Second run', 'Briefing of 2025-03-03']);
  });

  it('marks an Arabic briefing right-to-left in its own language', async () => {
    const dir = await makeTempDir();
    await updateIndex(dir, briefingOn('2025-03-04', { title: 'الموجز اليومي', language: 'ar', dir: 'rtl' }));
    expect((await readIndexPage(dir))[0]).toMatchObject({ title: 'الموجز اليومي', dir: 'rtl', lang: 'ar' });
  });

  it('escapes a title that contains markup', async () => {
    const dir = await makeTempDir();
    await updateIndex(dir, briefingOn('2025-03-04', { title: 'Rates & <script>alert(1)</script>' }));
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect((await readIndexPage(dir))[0]?.title).toBe('Rates & <script>alert(1)</script>');
  });

  describe('without a usable index.json', () => {
    async function archiveOfThreeDays(): Promise<string> {
      const dir = await makeTempDir();
      await writeTree(dir, {
        '2025-03-01.json': JSON.stringify(briefingOn('2025-03-01', { title: 'أخبار السبت', language: 'ar', dir: 'rtl' })),
        '2025-03-02.json': JSON.stringify(briefingOn('2025-03-02')),
        '2025-03-02.html': '<p>not read</p>',
        'notes.json': '{"not": "a briefing"}',
      });
      return dir;
    }

    it('rebuilds a missing manifest from the archived briefings', async () => {
      const dir = await archiveOfThreeDays();
      await updateIndex(dir, briefingOn('2025-03-03'));
      expect(await readManifest(dir)).toEqual([
        { date: '2025-03-03', title: 'Briefing of 2025-03-03', stories: 3, dir: 'ltr', language: 'en', generatedAt: '2025-03-04T07:00:00.000Z' },
        { date: '2025-03-02', title: 'Briefing of 2025-03-02', stories: 3, dir: 'ltr', language: 'en', generatedAt: '2025-03-04T07:00:00.000Z' },
        { date: '2025-03-01', title: 'أخبار السبت', stories: 3, dir: 'rtl', language: 'ar', generatedAt: '2025-03-04T07:00:00.000Z' },
      ]);
      expect((await readIndexPage(dir)).map((row) => row.date)).toEqual(['2025-03-03', '2025-03-02', '2025-03-01']);
    });

    it.each([
      ['is not JSON', '[{"date": "2025-03-02", '],
      ['is not a list', '{"entries": []}'],
    ])('rebuilds a manifest that %s', async (_, content) => {
      const dir = await archiveOfThreeDays();
      await writeFile(path.join(dir, 'index.json'), content);
      await updateIndex(dir, briefingOn('2025-03-03'));
      expect((await readManifest(dir)).map((entry) => entry.date)).toEqual(['2025-03-03', '2025-03-02', '2025-03-01']);
    });

    it('keeps a date whose archived JSON is damaged, titled by its date', async () => {
      const dir = await makeTempDir();
      await writeTree(dir, { '2025-03-01.json': '{"title": "cut off' });
      await updateIndex(dir, briefingOn('2025-03-02'));
      expect((await readManifest(dir))[1]).toEqual({ date: '2025-03-01', title: '2025-03-01', stories: 0, dir: 'ltr', language: 'en' });
    });

    it('does not include the briefing being added twice when its JSON is already archived', async () => {
      const dir = await makeTempDir();
      await writeTree(dir, { '2025-03-04.json': JSON.stringify(briefingOn('2025-03-04', { title: 'Old' })) });
      await updateIndex(dir, briefingOn('2025-03-04', { title: 'New' }));
      expect((await readManifest(dir)).map((entry) => entry.title)).toEqual(['New']);
    });
  });
});
