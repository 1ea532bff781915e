import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlreadyRunningError } from '../../src/errors.js';
import { acquireRunLock, RUN_LOCK_FILE, type LockHolder } from '../../src/schedule/acquireRunLock.js';
import { useTempDirs } from '../helpers/tempDir.js';

/** The pid of a process that has come and gone. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid!;
  await once(child, 'exit');
  return pid;
}

async function writeLock(stateDir: string, holder: LockHolder | string): Promise<void> {
  await writeFile(path.join(stateDir, RUN_LOCK_FILE), typeof holder === 'string' ? holder : JSON.stringify(holder));
}

describe('acquireRunLock', () => {
  const tempDir = useTempDirs('briefing-lock-');

  it('refuses a second run while the first holds the lock, and allows it after release', async () => {
    const stateDir = await tempDir();
    const first = await acquireRunLock(stateDir);
    expect(JSON.parse(await readFile(first.file, 'utf8'))).toEqual({ pid: process.pid, hostname: hostname(), startedAt: first.holder.startedAt });

    const refused = await acquireRunLock(stateDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AlreadyRunningError);
    expect((refused as Error).message).toMatch(
      new RegExp(`^another briefing run is in progress \\(pid ${process.pid}, started \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\); try again when it ends$`),
    );

    await first.release();
    const second = await acquireRunLock(stateDir);
    expect(second.tookOver).toBeUndefined();
    await second.release();
    await second.release(); // twice is harmless
    expect(await readdir(stateDir)).toEqual([]);
  });

  it('lets exactly one of many simultaneous attempts win', async () => {
    const stateDir = await tempDir();
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => acquireRunLock(stateDir)));
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(AlreadyRunningError);
    await won[0]!.value.release();
  });

  it('takes over the lock of a process that died (SIGKILL, crash)', async () => {
    const stateDir = await tempDir();
    const pid = await deadPid();
    await writeLock(stateDir, { pid, hostname: hostname(), startedAt: new Date().toISOString() });
    const lock = await acquireRunLock(stateDir);
    expect(lock.tookOver).toMatchObject({ pid });
    expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('takes over a corrupt lock file', async () => {
    const stateDir = await tempDir();
    await writeLock(stateDir, '{"pid": 12');
    const lock = await acquireRunLock(stateDir);
    expect(lock.tookOver).toBe('unreadable');
    await lock.release();
    expect(await readdir(stateDir)).toEqual([]);
  });

  it('takes over a lock older than the stale limit even if its pid is alive (a reused pid, a hung run)', async () => {
    const stateDir = await tempDir();
    const sevenHoursAgo = new Date(Date.now() - 7 * 3_600_000).toISOString();
    await writeLock(stateDir, { pid: process.ppid, hostname: hostname(), startedAt: sevenHoursAgo });
    const lock = await acquireRunLock(stateDir);
    expect(lock.tookOver).toMatchObject({ pid: process.ppid });
    await lock.release();
  });

  it('trusts a fresh lock of another host (a shared state folder) and names the host', async () => {
    const stateDir = await tempDir();
    await writeLock(stateDir, { pid: await deadPid(), hostname: 'other-host.example', startedAt: new Date().toISOString() });
    await expect(acquireRunLock(stateDir)).rejects.toThrow(/in progress \(pid \d+ on other-host\.example, started/);
  });

  it('does not remove a lock that another run took over in the meantime', async () => {
    const stateDir = await tempDir();
    const lock = await acquireRunLock(stateDir);
    const successor = JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: new Date().toISOString() });
    await writeLock(stateDir, successor);
    await lock.release();
    expect(await readFile(lock.file, 'utf8')).toBe(successor);
  });
});
