import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toEnvironmentError } from '../machine/toEnvironmentError.js';

/**
 * The name of a temporary file of writeAtomic (`.2026-11-23.json.3fa2b4c5d6e7.tmp`), which a run
 * killed while writing leaves behind: removeStaleTemporaries looks for this pattern and no other.
 */
export const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the data goes
 * to a temporary file in the same folder (same file system, so rename is atomic), then replaces
 * the target. A failure of the machine (a full disk, a read-only folder) throws EnvironmentError
 * naming the file.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw toEnvironmentError(error, `write ${file}`, file) ?? error;
  }
}
