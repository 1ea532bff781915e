import { ensureWritableFolder } from '../machine/ensureWritableFolder.js';
import { removeStaleTemporaries, type StaleOptions } from './removeStaleTemporaries.js';

/**
 * Before a run fetches anything: the archive folder can be written (or made, with the first
 * briefing), else EnvironmentError naming it; and what runs killed while writing left in it is
 * cleaned up. Returns the stale temporary files removed.
 */
export async function prepareArchiveFolder(archiveDir: string, options: StaleOptions = {}): Promise<string[]> {
  ensureWritableFolder(archiveDir, 'the archive folder', { make: false });
  return removeStaleTemporaries(archiveDir, options);
}
