import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries } from '../../src/deliver/removeStaleTemporaries.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs('stale-tmp-');
const TWO_HOURS_AGO = new Date(Date.now() - 2 * 60 * 60 * 1000);

async function writeOld(file: string, content = 'half a briefing'): Promise<void> {
  await writeFile(file, content);
  await utimes(file, TWO_HOURS_AGO, TWO_HOURS_AGO);
}

describe('removeStaleTemporaries', () => {
  it('removes what writeAtomic left behind in a killed run, and only that', async () => {
    const dir = await makeTempDir();
    const stale = ['.2026-11-23.json.3fa2b4c5d6e7.tmp', '.index.html.0123456789ab.tmp'];
    const others = ['2026-11-23.json', '.notes.tmp', '.2026-11-23.json.3FA2B4C5D6E7.tmp', '.x.123.tmp', 'run.lock.0123456789ab.stale'];
    for (const name of [...stale, ...others]) await writeOld(path.join(dir, name));
    // A folder named like a temporary file is not one of ours.
    await mkdir(path.join(dir, '.odd.0123456789ab.tmp'));

    expect((await removeStaleTemporaries(dir)).sort()).toEqual(stale.map((name) => path.join(dir, name)).sort());
    expect((await readdir(dir)).sort()).toEqual([...others, '.odd.0123456789ab.tmp'].sort());
  });

  it('leaves a fresh temporary file alone: another process may be writing it', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, '.feed.xml.abcdefabcdef.tmp'), '<feed');
    expect(await removeStaleTemporaries(dir)).toEqual([]);
    expect(await readdir(dir)).toEqual(['.feed.xml.abcdefabcdef.tmp']);
  });

  it('takes any age limit, and a missing folder as an empty one', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, '.feed.xml.abcdefabcdef.tmp'), '<feed');
    expect(await removeStaleTemporaries(dir, { olderThanMs: 0, now: () => new Date(Date.now() + 1000) })).toHaveLength(1);
    expect(await removeStaleTemporaries(path.join(dir, 'missing'))).toEqual([]);
  });
});
