import { chmod, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { collectAll } from '../../src/collect/collectAll.js';
import { createFileSource } from '../../src/collect/createFileSource.js';
import type { Source } from '../../src/collect/source.js';
import { SourceError } from '../../src/errors.js';
import { useTempDirs, writeTree } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();
const ARABIC = 'افتتاح معرض الكتاب في عمّان';
const MODIFIED = new Date('2025-03-03T08:30:00.000Z');

const source = (target: string): Source => createFileSource({ name: 'Notes', path: target });

/** Writes the files into a fresh folder; returns the folder and the relative names as absolute paths. */
async function folderWith(files: Record<string, string | Uint8Array>): Promise<{ dir: string; at: (name: string) => string }> {
  const dir = await makeTempDir();
  await writeTree(dir, files);
  return { dir, at: (name) => path.join(dir, name) };
}

async function failureOf(target: string): Promise<SourceError> {
  const error: unknown = await source(target)
    .collect()
    .then(
      () => undefined,
      (reason: unknown) => reason,
    );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

const filesOf = async (target: string) => (await source(target).collect()).documents.map((document) => document.file);

describe('createFileSource', () => {
  describe('dates (issue 27)', () => {
    const NOW = new Date('2026-12-07T06:00:00Z');
    const dated = (target: string) => createFileSource({ name: 'Notes', path: target, now: () => NOW }).collect();

    it("dates a saved web page by the date it states, not by the file's modification time", async () => {
      const { at } = await folderWith({ 'cnn.html': '<html><head><meta property="article:published_time" content="2013-12-23T18:04:00Z"></head><body><p>Storm warning.</p></body></html>' });
      await utimes(at('cnn.html'), MODIFIED, MODIFIED);
      expect((await dated(at('cnn.html'))).documents[0]).toMatchObject({ published: '2013-12-23T18:04:00.000Z', dateSource: 'page', dateEvidence: 'meta article:published_time' });
    });

    it('dates an Arabic page by the date line in its text', async () => {
      const { at } = await folderWith({ 'page.html': '<html lang="ar"><body><h1>عنوان</h1><p>نشر في ١٢ أبريل ٢٠١٨</p><p>نص الخبر.</p></body></html>' });
      expect((await dated(at('page.html'))).documents[0]).toMatchObject({ published: '2018-04-12T12:00:00.000Z', dateSource: 'text' });
    });

    it('keeps the modification time of a page that states no date, and says so', async () => {
      const { at } = await folderWith({ 'about.html': '<html><body><h1>About us</h1><p>We rehearse on Tuesdays.</p></body></html>' });
      await utimes(at('about.html'), MODIFIED, MODIFIED);
      expect((await dated(at('about.html'))).documents[0]).toMatchObject({ published: MODIFIED.toISOString(), dateSource: 'file' });
    });

    it('does not read dates in text and Markdown files: their date is the file\'s', async () => {
      const { at } = await folderWith({ 'note.md': 'Published 13 March 2018\n\nA note.' });
      await utimes(at('note.md'), MODIFIED, MODIFIED);
      expect((await dated(at('note.md'))).documents[0]).toMatchObject({ published: MODIFIED.toISOString(), dateSource: 'file' });
    });
  });

  it('reads a single .txt file as text, dated by its modification time', async () => {
    const { at } = await folderWith({ 'ferry.txt': 'Ferry timetable changes\n\nThe morning ferry leaves at 06:40.' });
    await utimes(at('ferry.txt'), MODIFIED, MODIFIED);
    expect(await source(at('ferry.txt')).collect()).toEqual({
      documents: [
        {
          source: 'Notes',
          file: at('ferry.txt'),
          published: '2025-03-03T08:30:00.000Z',
          dateSource: 'file',
          body: 'Ferry timetable changes\n\nThe morning ferry leaves at 06:40.',
          format: 'text',
        },
      ],
      warnings: [],
    });
  });

  it.each([
    ['note.txt', 'text'],
    ['note.text', 'text'],
    ['note.md', 'markdown'],
    ['note.markdown', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['page.xhtml', 'html'],
    ['PAGE.HTML', 'html'],
  ])('reads %s as %s', async (name, format) => {
    const { at } = await folderWith({ [name]: '<p>Body</p>' });
    const { documents } = await source(at(name)).collect();
    expect(documents).toEqual([expect.objectContaining({ format, body: '<p>Body</p>', file: at(name) })]);
  });

  it('reads every article file in a folder and its subfolders, in path order', async () => {
    const { dir, at } = await folderWith({
      'b.md': '# B',
      'a.txt': 'A',
      'photos/harbour.jpg': 'not an image',
      'data/feed.json': '{}',
      'archive/2024/c.html': '<p>C</p>',
      'README': 'no extension',
    });
    expect(await filesOf(dir)).toEqual([at('a.txt'), at('archive/2024/c.html'), at('b.md')]);
  });

  it('counts upper-case extensions in a folder, as it does for a single file', async () => {
    const { dir, at } = await folderWith({ 'NOTES.TXT': 'Shouted', 'quiet.md': 'quiet' });
    expect(await filesOf(dir)).toEqual([at('NOTES.TXT'), at('quiet.md')]);
  });

  it('reads the files a glob pattern matches, and only article files', async () => {
    const { dir, at } = await folderWith({ 'one.md': '1', 'two.md': '2', 'three.txt': '3', 'sub/four.md': '4', 'cover.jpg': 'x' });
    expect(await filesOf(`${dir}/*.md`)).toEqual([at('one.md'), at('two.md')]);
    expect(await filesOf(`${dir}/**/*`)).toEqual([at('one.md'), at('sub/four.md'), at('three.txt'), at('two.md')]);
  });

  it('returns no documents, and no error, for a glob that matches nothing', async () => {
    const { dir } = await folderWith({ 'one.md': '1' });
    expect(await source(`${dir}/*.html`).collect()).toEqual({ documents: [], warnings: [] });
  });

  it('returns no documents, and no error, for an empty folder', async () => {
    const dir = await makeTempDir();
    expect(await source(dir).collect()).toEqual({ documents: [], warnings: [] });
  });

  // Regression: the folder was taken for a glob pattern and silently matched nothing.
  it('reads a folder or file whose name looks like a glob pattern', async () => {
    const { at } = await folderWith({ 'News (2024)/a.md': 'A', 'News (2024)/sub/b.txt': 'B', 'notes[1].md': 'N', 'what?.txt': 'W' });
    expect(await filesOf(at('News (2024)'))).toEqual([at('News (2024)/a.md'), at('News (2024)/sub/b.txt')]);
    expect(await filesOf(at('notes[1].md'))).toEqual([at('notes[1].md')]);
    expect(await filesOf(at('what?.txt'))).toEqual([at('what?.txt')]);
  });

  it('rejects a relative path when it is created', () => {
    expect(() => createFileSource({ name: 'Notes', path: 'notes/today.md' })).toThrow(TypeError);
    expect(() => createFileSource({ name: 'Notes', path: './notes' })).toThrow(/`path` must be absolute, got \.\/notes/);
  });

  it('rejects a missing name when it is created', () => {
    expect(() => createFileSource({ name: '', path: '/srv/notes' })).toThrow(TypeError);
  });

  it('fails with a SourceError naming a path that does not exist', async () => {
    const missing = path.join(await makeTempDir(), 'no-such-folder');
    const error = await failureOf(missing);
    expect(error.source).toBe('Notes');
    expect(error.message).toBe(`no such file or folder: ${missing}`);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('fails with a SourceError when a single file is not an article file', async () => {
    const { at } = await folderWith({ 'photo.jpg': 'x' });
    expect((await failureOf(at('photo.jpg'))).message).toBe(`${at('photo.jpg')} is not a .txt, .md or .html file`);
  });

  it('gives each file of a folder its own modification time', async () => {
    const { dir, at } = await folderWith({ 'old.md': 'old', 'new.md': 'new' });
    await utimes(at('old.md'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    await utimes(at('new.md'), MODIFIED, MODIFIED);
    const { documents } = await source(dir).collect();
    expect(documents.map((document) => [path.basename(document.file ?? ''), document.published])).toEqual([
      ['new.md', '2025-03-03T08:30:00.000Z'],
      ['old.md', '2020-01-01T00:00:00.000Z'],
    ]);
  });

  describe('encodings', () => {
    const bodyOf = async (name: string, bytes: Uint8Array) => {
      const { at } = await folderWith({ [name]: bytes });
      const [document] = (await source(at(name)).collect()).documents;
      return document?.body;
    };

    it('reads a .txt file as UTF-8', async () => {
      expect(await bodyOf('ar.txt', Buffer.from(ARABIC))).toBe(ARABIC);
    });

    it('drops a UTF-8 byte order mark', async () => {
      expect(await bodyOf('ar.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]))).toBe(ARABIC);
    });

    it('reads UTF-16LE when a byte order mark says so', async () => {
      expect(await bodyOf('ar.md', iconv.encode(ARABIC, 'utf-16le', { addBOM: true }))).toBe(ARABIC);
    });

    it('reads UTF-16BE when a byte order mark says so', async () => {
      expect(await bodyOf('ar.txt', iconv.encode(ARABIC, 'utf-16be', { addBOM: true }))).toBe(ARABIC);
    });

    it('does not take an encoding declared in the text of a .txt or .md file', async () => {
      const text = `<meta charset="windows-1256"> ${ARABIC}`;
      expect(await bodyOf('ar.md', Buffer.from(text))).toBe(text);
    });

    it('reads a saved web page in the encoding its <meta charset> names', async () => {
      const html = `<!doctype html><html><head><meta charset="windows-1256"><title>${ARABIC}</title></head><body><p>${ARABIC}</p></body></html>`;
      expect(await bodyOf('page.html', iconv.encode(html, 'windows-1256'))).toBe(html);
    });

    it('reads the older <meta http-equiv="Content-Type"> form too', async () => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body>${ARABIC.replace('ّ', '')}</body></html>`;
      expect(await bodyOf('page.htm', iconv.encode(html, 'iso-8859-6'))).toBe(html);
    });

    it('keeps UTF-8 for a page whose bytes are UTF-8, whatever its stale <meta charset> says', async () => {
      const html = `<html><head><meta charset="windows-1256"></head><body>${ARABIC}</body></html>`;
      expect(await bodyOf('page.html', Buffer.from(html))).toBe(html);
    });
  });

  describe('unreadable files', () => {
    // Root reads every file whatever its mode, so there is no unreadable file to make.
    const asRoot = process.getuid?.() === 0;

    it.skipIf(asRoot)('skips an unreadable file with a warning and keeps the rest', async () => {
      const { dir, at } = await folderWith({ 'ok.md': 'fine', 'locked.md': 'secret' });
      await chmod(at('locked.md'), 0o000);
      const { documents, warnings } = await source(dir).collect();
      expect(documents.map((document) => document.file)).toEqual([at('ok.md')]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`${at('locked.md')}: skipped, `);
    });

    it.skipIf(asRoot)('fails as a whole when no file can be read', async () => {
      const { dir, at } = await folderWith({ 'locked.md': 'secret' });
      await chmod(at('locked.md'), 0o000);
      expect((await failureOf(dir)).message).toMatch(/^none of the 1 file\(s\) could be read: /);
    });
  });

  // Issue 26: a folder of 100,000 files took 980 MB and made a 159 MB briefing JSON.
  describe('many files', () => {
    const COUNT = 1_200;
    const READ_LONG_AGO = new Date('2001-01-01T00:00:00.000Z');
    const nameOf = (index: number) => `note-${String(index).padStart(4, '0')}.txt`;
    // Modification times in another order than the names, all distinct: minute (7 × index) mod COUNT.
    const minuteOf = (index: number) => (index * 7) % COUNT;
    const modifiedAt = (index: number) => new Date(MODIFIED.getTime() + minuteOf(index) * 60_000);
    /** The files the newest `count` are, in path order. */
    const newest = (count: number) => Array.from({ length: COUNT }, (_, index) => index).filter((index) => minuteOf(index) >= COUNT - count);

    async function folderOfMany(): Promise<{ dir: string; at: (name: string) => string }> {
      const folder = await folderWith(Object.fromEntries(Array.from({ length: COUNT }, (_, index) => [nameOf(index), `Note ${index}\n\nWhat happened at the harbour, part ${index}.`])));
      for (let index = 0; index < COUNT; index++) await utimes(folder.at(nameOf(index)), READ_LONG_AGO, modifiedAt(index));
      return folder;
    }

    it('keeps the 500 most recently modified files of a folder and reports the cut as a feed does', async () => {
      const { dir, at } = await folderOfMany();
      const { documents, warnings } = await source(dir).collect();
      expect(documents.map((document) => document.file)).toEqual(newest(500).map((index) => at(nameOf(index))));
      expect(documents[0]?.published).toBe(modifiedAt(newest(500)[0]!).toISOString());
      expect(warnings).toEqual(['the folder has 1,200 files; kept the 500 most recently modified (maxItems)']);
    });

    it('keeps the source’s maxItems, of a glob too', async () => {
      const { dir, at } = await folderOfMany();
      const { documents, warnings } = await createFileSource({ name: 'Notes', path: path.join(dir, 'note-*.txt'), maxItems: 50 }).collect();
      expect(documents.map((document) => document.file)).toEqual(newest(50).map((index) => at(nameOf(index))));
      expect(warnings).toEqual(['the glob matches 1,200 files; kept the 50 most recently modified (maxItems)']);
    });

    it('reads none of the files past the cut', async (context) => {
      const { dir, at } = await folderOfMany();
      await createFileSource({ name: 'Notes', path: dir, maxItems: 50 }).collect();
      const readSince = async (index: number) => (await stat(at(nameOf(index)))).atime > READ_LONG_AGO;
      const kept = new Set(newest(50));
      // A read moves the access time on a filesystem that keeps it (relatime does for a time this old).
      if (!(await readSince([...kept][0]!))) context.skip('this filesystem does not record reads (noatime)');
      const read = [];
      for (let index = 0; index < COUNT; index++) if (await readSince(index)) read.push(index);
      expect(read).toEqual([...kept]);
    });

    it('puts the cut in the source’s report of the run', async () => {
      const { dir } = await folderOfMany();
      const { reports } = await collectAll([createFileSource({ name: 'Notes', path: dir, maxItems: 50 })]);
      expect(reports[0]).toMatchObject({ name: 'Notes', status: 'ok', items: 50, warnings: ['the folder has 1,200 files; kept the 50 most recently modified (maxItems)'] });
    });

    it('refuses a maxItems that is not a positive whole number', () => {
      expect(() => createFileSource({ name: 'Notes', path: '/notes', maxItems: 0 })).toThrow('createFileSource: `maxItems` must be a positive integer, got 0');
    });
  });
});
