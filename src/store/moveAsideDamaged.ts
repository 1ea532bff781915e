import { renameSync } from 'node:fs';
import { toEnvironmentError } from '../machine/toEnvironmentError.js';

/**
 * Moves a damaged database out of the way as `<file>.corrupt-<time>`, with its `-wal` and `-shm`
 * (kept side by side under the new name, so the three still open together for a post-mortem).
 * Returns the new name.
 */
export function moveAsideDamaged(file: string, at: Date): string {
  // No colons: they are not allowed in file names on Windows.
  const aside = `${file}.corrupt-${at.toISOString().replace(/:/g, '-')}`;
  // The WAL goes first: left next to a fresh database it would be replayed into it.
  for (const suffix of ['-wal', '-shm', '']) {
    try {
      renameSync(`${file}${suffix}`, `${aside}${suffix}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw toEnvironmentError(error, `move the damaged state store ${file} aside`, file) ?? error;
    }
  }
  return aside;
}
