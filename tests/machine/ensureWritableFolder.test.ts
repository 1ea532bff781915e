import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors.js';
import { ensureWritableFolder } from '../../src/machine/ensureWritableFolder.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs('writable-');

describe('ensureWritableFolder', () => {
  it('makes a missing folder and its parents', async () => {
    const dir = path.join(await makeTempDir(), 'a', 'b', 'briefings');
    ensureWritableFolder(dir, 'the archive folder');
    expect(existsSync(dir)).toBe(true);
  });

  it('names a path that is a file', async () => {
    const file = path.join(await makeTempDir(), 'briefings');
    await writeFile(file, '');
    expect(() => {
      ensureWritableFolder(file, 'the archive folder');
    }).toThrow(new EnvironmentError(`the archive folder ${file} is a file, not a folder`, file));
  });

  it('names the file on the way to a folder that cannot be made', async () => {
    const file = path.join(await makeTempDir(), 'briefings');
    await writeFile(file, '');
    const dir = path.join(file, '2026');
    expect(() => {
      ensureWritableFolder(dir, 'the archive folder');
    }).toThrow(`cannot make the archive folder ${dir}: ${file} is a file, not a folder`);
  });

  it('only checks, making nothing, when asked not to make the folder', async () => {
    const dir = path.join(await makeTempDir(), 'a', 'briefings');
    ensureWritableFolder(dir, 'the archive folder', { make: false });
    expect(existsSync(path.dirname(dir))).toBe(false);
  });
});
