import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { AlreadyRunningError } from '../errors.js';
import { ensureWritableFolder } from '../machine/ensureWritableFolder.js';
import { toEnvironmentError } from '../machine/toEnvironmentError.js';

/** Who holds the run lock: the content of `<stateDir>/run.lock`. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO 8601. */
  startedAt: string;
}

export interface RunLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** The lock this one replaced, when a run died without releasing it ('unreadable' for a corrupt file). */
  readonly tookOver?: LockHolder | 'unreadable';
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

export interface RunLockOptions {
  /**
   * A lock older than this is taken over even when its pid is alive: the pid may have been reused
   * by another program after a crash, or the run hangs. A briefing takes seconds to minutes.
   * @default 6 hours
   */
  staleAfterMs?: number;
  now?: () => Date;
}

export const RUN_LOCK_FILE = 'run.lock';
const DEFAULT_STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const MAX_ATTEMPTS = 5;

/**
 * Takes the lock that lets one run of a config at a time (a manual `briefing run` and the
 * scheduler alike). The lock file appears with its content at once (written aside, then hard-linked
 * into place, which fails if the name exists), so another process never reads a half-written lock.
 * A lock whose process is gone (killed, crashed), unreadable or older than `staleAfterMs` is taken
 * over; a live one throws AlreadyRunningError. A state folder that cannot be made or written (or
 * is a file) throws EnvironmentError.
 */
export async function acquireRunLock(stateDir: string, options: RunLockOptions = {}): Promise<RunLock> {
  ensureWritableFolder(stateDir, 'the state folder');
  const file = path.join(stateDir, RUN_LOCK_FILE);
  const now = options.now ?? (() => new Date());
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: now().toISOString() };
  const content = `${JSON.stringify(holder)}\n`;
  let tookOver: RunLock['tookOver'];
  // Each lost race (another process created or took over the lock in between) costs one attempt.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // The folder was writable a moment ago; a full disk still fails here.
    const created = await createExclusive(file, content).catch((error: unknown) => {
      throw toEnvironmentError(error, `write the run lock ${file}`, file) ?? error;
    });
    if (created) return makeLock(file, holder, content, tookOver);
    const existing = await readLock(file);
    if (existing === undefined) continue;
    if (existing.holder && isHeld(existing.holder, now(), options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS)) {
      throw new AlreadyRunningError(existing.holder, file);
    }
    if (await removeIfUnchanged(file, existing.text)) tookOver = existing.holder ?? 'unreadable';
  }
  throw new Error(`could not take the run lock ${file}: other processes kept taking it`);
}

function makeLock(file: string, holder: LockHolder, content: string, tookOver: RunLock['tookOver']): RunLock {
  let released = false;
  return {
    file,
    holder,
    ...(tookOver ? { tookOver } : {}),
    release: async () => {
      if (released) return;
      released = true;
      // After a takeover (this run was judged stale) the file is someone else's: leave it to them.
      const current = await readLock(file);
      if (current?.text === content) await rm(file, { force: true });
    },
  };
}

/** Creates `file` with `content` unless it exists; false when it does. */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const aside = `${path.join(path.dirname(file), `.${path.basename(file)}`)}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(aside, content, { flag: 'wx' });
  try {
    await link(aside, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // A file system without hard links: O_EXCL still makes one winner, with a short window in
    // which the lock is empty (and would be judged unreadable by a racing process).
    try {
      await writeFile(file, content, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await rm(aside, { force: true });
  }
}

async function readLock(file: string): Promise<{ text: string; holder?: LockHolder } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const holder = parseHolder(text);
  return holder ? { text, holder } : { text };
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Record<keyof LockHolder, unknown>> | null;
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, hostname: host, startedAt } = value;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    if (typeof host !== 'string' || typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return undefined;
    return { pid, hostname: host, startedAt };
  } catch {
    return undefined;
  }
}

/** True while the lock's process may still be running. */
function isHeld(holder: LockHolder, now: Date, staleAfterMs: number): boolean {
  if (now.getTime() - Date.parse(holder.startedAt) > staleAfterMs) return false;
  // A process on another machine (a shared state folder) cannot be checked: trust it until stale.
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes a stale lock, unless another process replaced it since we read it: the lock is moved
 * aside (atomic; only one process can move it), and put back if what was moved is not what we judged.
 */
async function removeIfUnchanged(file: string, judged: string): Promise<boolean> {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const moved = await readFile(aside, 'utf8');
    if (moved === judged) return true;
    // A fresh lock, made after we read the stale one: give it back. If yet another process made a
    // lock in between, that one is the holder now.
    await createExclusive(file, moved);
    return false;
  } finally {
    await rm(aside, { force: true });
  }
}
