import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePaths, writeArchive } from '../../src/deliver/writeArchive.js';
import { InternalError } from '../../src/errors.js';
import { archiveBriefing } from '../helpers/archiveBriefing.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();
const rendered = { html: '<!doctype html><h1>Daily Briefing</h1>', text: 'Daily Briefing\n' };

describe('writeArchive', () => {
  it('writes the briefing as YYYY-MM-DD.json, .html and .txt, the index and the feeds, and returns every path', async () => {
    const dir = path.join(await makeTempDir(), 'briefings');
    const files = await writeArchive(dir, archiveBriefing({ date: '2025-03-04' }), rendered);
    expect(files).toEqual(['2025-03-04.json', '2025-03-04.html', '2025-03-04.txt', 'index.json', 'index.html', 'feed.xml', 'feed.json'].map((name) => path.join(dir, name)));
    expect((await readdir(dir)).sort()).toEqual(['2025-03-04.html', '2025-03-04.json', '2025-03-04.txt', 'feed.json', 'feed.xml', 'index.html', 'index.json']);
  });

  it('archives the whole briefing as JSON, and the rendered email as given', async () => {
    const dir = await makeTempDir();
    const briefing = archiveBriefing({ title: 'الموجز اليومي', language: 'ar', dir: 'rtl' });
    await writeArchive(dir, briefing, rendered);
    expect(JSON.parse(await readFile(path.join(dir, '2025-03-04.json'), 'utf8'))).toEqual(briefing);
    expect(await readFile(path.join(dir, '2025-03-04.html'), 'utf8')).toBe(rendered.html);
    expect(await readFile(path.join(dir, '2025-03-04.txt'), 'utf8')).toBe(rendered.text);
  });

  it('replaces the files of a second briefing for the same date, keeping one index entry', async () => {
    const dir = await makeTempDir();
    await writeArchive(dir, archiveBriefing({ title: 'Morning' }), rendered);
    await writeArchive(dir, archiveBriefing({ title: 'Evening' }), { html: '<h1>Evening</h1>', text: 'Evening\n' });
    expect(await readFile(path.join(dir, '2025-03-04.html'), 'utf8')).toBe('<h1>Evening</h1>');
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { title: string }[];
    expect(index.map((entry) => entry.title)).toEqual(['Evening']);
  });

  it.each(['../../etc/x', '2025-03-04/../../../etc/passwd', '/etc/cron.d/x', '2025-3-4', '20250304', '', '2025-03-04\n'])(
    'refuses the date %j with an InternalError and writes nothing',
    async (date) => {
      const root = await makeTempDir();
      const dir = path.join(root, 'briefings');
      const error: unknown = await writeArchive(dir, archiveBriefing({ date }), rendered).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(InternalError);
      expect((error as InternalError).message).toBe(`refusing to archive under the date ${JSON.stringify(date)}`);
      expect(await readdir(root)).toEqual([]);
    },
  );
});

describe('archivePaths', () => {
  it('names the three files of a date inside the archive folder', () => {
    expect(archivePaths('/srv/briefings', '2025-03-04')).toEqual({
      json: '/srv/briefings/2025-03-04.json',
      html: '/srv/briefings/2025-03-04.html',
      text: '/srv/briefings/2025-03-04.txt',
    });
  });
});
