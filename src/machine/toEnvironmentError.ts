import { EnvironmentError } from '../errors.js';

/** Failures that are the machine's, by error code (Node's and SQLite's), in words for whoever fixes it. */
const CAUSES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is where a folder should be',
  EISDIR: 'a folder is where the file should be',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  SQLITE_FULL: 'the disk is full',
  SQLITE_READONLY: 'the file or its folder is read-only',
  SQLITE_CANTOPEN: 'the file cannot be opened',
  SQLITE_PERM: 'permission denied',
  // Before SQLITE_IOERR, which it would otherwise match: the -shm file could not grow.
  SQLITE_IOERR_SHMSIZE: 'no room for the shared-memory file beside it (is the disk full?)',
  SQLITE_IOERR: 'input/output error',
};

/**
 * The EnvironmentError for a failed file or database operation when the machine is to blame (a
 * full disk, a read-only folder, a file where a folder should be), else undefined: any other
 * failure stays what it is. `doing` completes "cannot …", e.g. "write /srv/briefings/index.json";
 * `at` is the path at fault.
 */
export function toEnvironmentError(error: unknown, doing: string, at: string): EnvironmentError | undefined {
  if (error instanceof EnvironmentError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (typeof code !== 'string') return undefined;
  // SQLite's extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED) share their primary's cause.
  const known = Object.keys(CAUSES).find((key) => code === key || code.startsWith(`${key}_`));
  if (known === undefined) return undefined;
  return new EnvironmentError(`cannot ${doing}: ${CAUSES[known]!} (${code})`, at, { cause: error });
}
