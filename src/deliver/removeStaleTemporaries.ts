import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMPORARY_NAME } from './writeAtomic.js';

export interface StaleOptions {
  /** A temporary file younger than this may belong to a write in progress. @default 1 hour */
  olderThanMs?: number;
  now?: () => Date;
}

const HOUR = 60 * 60 * 1000;

/**
 * Removes the temporary files of writeAtomic that a run killed while writing left in `dir`: only
 * regular files named by writeAtomic's pattern, and only old ones, since another process (a second
 * config sharing the archive) may be writing right now. Returns the files removed.
 */
export async function removeStaleTemporaries(dir: string, options: StaleOptions = {}): Promise<string[]> {
  const cutoff = (options.now?.() ?? new Date()).getTime() - (options.olderThanMs ?? HOUR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((candidate) => TEMPORARY_NAME.test(candidate))) {
    const file = path.join(dir, name);
    const stats = await lstat(file).catch(() => undefined);
    if (!stats?.isFile() || stats.mtimeMs > cutoff) continue;
    // Gone already (another run cleaned it) or not ours to remove: either way, nothing to report.
    if (await rm(file).then(() => true, () => false)) removed.push(file);
  }
  return removed;
}
