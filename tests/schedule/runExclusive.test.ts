import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_LOCK_FILE } from '../../src/schedule/acquireRunLock.js';
import { openStore } from '../../src/store/openStore.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer, type Route } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'src', 'cli.ts');
const examples = path.join(root, 'examples', 'articles');
const DATE = '2026-03-04';

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** `briefing run` in a child process, as a user (or cron, or systemd) would start it. */
function startRun(config: string): { child: ChildProcess; done: Promise<Outcome> } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'run', '--config', config, '--date', DATE], {
    cwd: root,
    env: { ...process.env, SMTP_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, stderr }));
  return { child, done };
}

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const waitForFile = (file: string) => waitFor(() => existsSync(file));

function runHistory(stateDir: string) {
  const store = openStore(stateDir);
  try {
    const last = store.lastRun();
    const lastFailed = store.lastRun('failed');
    return { last, lastFailed };
  } finally {
    store.close();
  }
}

describe('runExclusive (real `briefing run` processes)', () => {
  let server: FeedServer | undefined;
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await server?.close();
    await temp?.cleanup();
    server = undefined;
    temp = undefined;
  });

  /** A config whose run waits on a slow feed, so that a second run surely meets the first. */
  async function slowConfig(delayMs: number): Promise<{ route: Route; lock: string; stateDir: string; archive: string }> {
    const route: Route = { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml'), delayMs };
    server = await startFeedServer({ '/slow.xml': route });
    temp = await writeTempConfig({
      sources: [
        { name: 'Examples', path: examples },
        { name: 'Slow feed', url: server.url('/slow.xml') },
      ],
    });
    const stateDir = temp.config.delivery.stateDir;
    return { route, lock: path.join(stateDir, RUN_LOCK_FILE), stateDir, archive: temp.config.delivery.archiveDir };
  }

  it('lets one of two overlapping runs write the briefing; the other exits 5 saying a run is in progress', async () => {
    const { lock, stateDir, archive } = await slowConfig(2000);
    const first = startRun(temp!.file);
    await waitForFile(lock);
    const second = startRun(temp!.file);
    const [one, two] = await Promise.all([first.done, second.done]);

    expect(two.code).toBe(5);
    expect(two.stderr).toBe(
      `briefing: another briefing run is in progress (pid ${first.child.pid}, started ${two.stderr.match(/started (\S+)\)/)?.[1]}); try again when it ends\n`,
    );
    expect(one.stderr).not.toMatch(/in progress/);
    expect(one.code).toBe(0);
    expect((await readdir(archive)).sort()).toEqual([`${DATE}.html`, `${DATE}.json`, `${DATE}.txt`, 'feed.json', 'feed.xml', 'index.html', 'index.json']);
    expect(existsSync(lock)).toBe(false);
    expect(runHistory(stateDir).last).toMatchObject({ id: 1, date: DATE, status: 'ok' });
  });

  it('lets exactly one of two runs started at the same moment go ahead', async () => {
    const { archive } = await slowConfig(3000);
    const outcomes = await Promise.all([startRun(temp!.file).done, startRun(temp!.file).done]);
    expect(outcomes.map((outcome) => outcome.code).sort()).toEqual([0, 5]);
    expect(outcomes.find((outcome) => outcome.code === 5)?.stderr).toMatch(/^briefing: another briefing run is in progress \(pid \d+, started /);
    expect(existsSync(path.join(archive, `${DATE}.json`))).toBe(true);
  });

  it('leaves nothing half-written when killed with SIGKILL mid-run; the next run takes over its lock', async () => {
    const { route, lock, stateDir, archive } = await slowConfig(30_000);
    const killed = startRun(temp!.file);
    await waitForFile(lock);
    // Half way: the run is recorded and waits on the feed.
    await waitFor(() => server!.requests.length > 0);
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');

    // The lock is left behind by the dead process; no archive file (or temp file) exists in part.
    expect(existsSync(lock)).toBe(true);
    const leftovers = existsSync(archive) ? await readdir(archive) : [];
    expect(leftovers.filter((name) => name.endsWith('.tmp') || name.startsWith(DATE))).toEqual([]);
    // The state store opens and reads fine (SQLite WAL keeps the last committed state).
    expect(runHistory(stateDir).last).toMatchObject({ date: DATE, status: 'running' });

    route.delayMs = 0;
    const next = await startRun(temp!.file).done;
    expect(next.stderr).not.toMatch(/in progress/);
    expect(next.code).toBe(0);
    const archived = JSON.parse(await readFile(path.join(archive, `${DATE}.json`), 'utf8')) as { date: string };
    expect(archived.date).toBe(DATE);
    expect((await readdir(archive)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(lock)).toBe(false);
    const { last, lastFailed } = runHistory(stateDir);
    expect(last).toMatchObject({ status: 'ok' });
    expect(lastFailed).toMatchObject({ status: 'failed', error: expect.stringMatching(/^interrupted/) as string });
  });
});
