import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/deliver/writeAtomic.js';
import { useTempDirs, writeTree } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

describe('writeAtomic', () => {
  it('creates the missing parent folders', async () => {
    const file = path.join(await makeTempDir(), 'briefings', '2025', 'index.html');
    await writeAtomic(file, '<h1>Archive</h1>');
    expect(await readFile(file, 'utf8')).toBe('<h1>Archive</h1>');
  });

  it('replaces the content of an existing file', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'index.json');
    await writeFile(file, '["a much longer old content that must not show through"]');
    await writeAtomic(file, '[]');
    expect(await readFile(file, 'utf8')).toBe('[]');
  });

  it('writes bytes as they are', async () => {
    const file = path.join(await makeTempDir(), 'bytes.bin');
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x80]);
    await writeAtomic(file, bytes);
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
  });

  it('writes Arabic text as UTF-8', async () => {
    const file = path.join(await makeTempDir(), 'ar.txt');
    await writeAtomic(file, 'الموجز اليومي');
    expect(await readFile(file, 'utf8')).toBe('الموجز اليومي');
  });

  it('leaves no temporary file behind', async () => {
    const dir = await makeTempDir();
    await writeAtomic(path.join(dir, 'a.json'), '1');
    await writeAtomic(path.join(dir, 'a.json'), '2');
    await writeAtomic(path.join(dir, 'b.json'), '3');
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
  });

  it('leaves one whole version when several writes to one file race', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'index.json');
    const versions = Array.from({ length: 8 }, (_, index) => `${String(index).repeat(100_000)}\n`);
    await Promise.all(versions.map((content) => writeAtomic(file, content)));
    expect(versions).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['index.json']);
  });

  describe('when the rename fails', () => {
    it('throws an EnvironmentError naming the file, keeps what was there and leaves no .tmp file', async () => {
      const dir = await makeTempDir();
      // The target is a folder with a file in it: rename(2) cannot replace it with a file.
      const [kept] = await writeTree(dir, { '2025-03-04.html/keep.txt': 'kept' });
      const target = path.join(dir, '2025-03-04.html');
      await expect(writeAtomic(target, '<p>new</p>')).rejects.toMatchObject({
        name: 'EnvironmentError',
        path: target,
        message: expect.stringContaining(target) as unknown,
        cause: { code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) as unknown },
      });
      expect(await readdir(dir)).toEqual(['2025-03-04.html']);
      expect(await readFile(kept!, 'utf8')).toBe('kept');
    });
  });

  it('throws an EnvironmentError when the parent folder cannot be made, writing nothing', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'briefings'), 'a file where the folder should be');
    const target = path.join(dir, 'briefings', 'index.html');
    await expect(writeAtomic(target, 'x')).rejects.toMatchObject({
      name: 'EnvironmentError',
      message: expect.stringContaining(`cannot write ${target}: `) as unknown,
      cause: { code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) as unknown },
    });
    expect(await readdir(dir)).toEqual(['briefings']);
  });
});
