import { accessSync, constants, mkdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../errors.js';
import { toEnvironmentError } from './toEnvironmentError.js';

/**
 * Checks that files can be written in `dir`, or that it can be made where it is missing, so that a
 * run whose folder is unusable stops at its start, before anything is fetched, with a message that
 * names the folder; then makes it unless `make` is false (the archive folder appears with the first
 * briefing, not with a run that was cancelled). `what` names the folder for people: "the archive folder".
 */
export function ensureWritableFolder(dir: string, what: string, options: { make?: boolean } = {}): void {
  // The folder itself, or the nearest of its parents that exists: where the writing or making happens.
  let existing = dir;
  let stats = statOf(existing, what, dir);
  while (stats === undefined && path.dirname(existing) !== existing) {
    existing = path.dirname(existing);
    stats = statOf(existing, what, dir);
  }
  if (stats !== undefined && !stats.isDirectory()) {
    throw new EnvironmentError(existing === dir ? `${what} ${dir} is a file, not a folder` : `cannot make ${what} ${dir}: ${existing} is a file, not a folder`, existing);
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch (error) {
    throw toEnvironmentError(error, existing === dir ? `write in ${what} ${dir}` : `make ${what} ${dir} in ${existing}`, existing) ?? error;
  }
  if (options.make === false) return;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw toEnvironmentError(error, `make ${what} ${dir}`, dir) ?? error;
  }
}

function statOf(candidate: string, what: string, dir: string): Stats | undefined {
  try {
    return statSync(candidate, { throwIfNoEntry: false });
  } catch (error) {
    // Under a file: not there either; the walk up finds the file.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw toEnvironmentError(error, `reach ${what} ${dir}`, candidate) ?? error;
  }
}
