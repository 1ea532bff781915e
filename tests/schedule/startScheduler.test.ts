import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_LOCK_FILE } from '../../src/schedule/acquireRunLock.js';
import { startScheduler, type Scheduler } from '../../src/schedule/startScheduler.js';
import { openStore } from '../../src/store/openStore.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

const examples = fileURLToPath(new URL('../../examples/articles', import.meta.url));
/** A run's log line (not the "next run at" of the start line). */
const RUN_LINE = /Z run \d{4}-/;
const RUN_OK = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ run \d{4}-\d\d-\d\d ok: 1 source, \d+ articles, \d+ stories, archived only, \d+\.\d s$/;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Seeds the run history with one successful run at `at`. */
function recordOkRun(temp: TempConfig, at: Date): void {
  const store = openStore(temp.config.delivery.stateDir);
  store.finishRun(store.startRun(at.toISOString().slice(0, 10), at), { status: 'ok', articles: 3, stories: 2 }, at);
  store.close();
}

function runsOf(temp: TempConfig) {
  const store = openStore(temp.config.delivery.stateDir);
  try {
    return store.lastRun();
  } finally {
    store.close();
  }
}

describe('startScheduler', () => {
  let temp: TempConfig | undefined;
  let scheduler: Scheduler | undefined;
  let server: FeedServer | undefined;
  afterEach(async () => {
    await scheduler?.stop();
    await server?.close();
    await temp?.cleanup();
    scheduler = undefined;
    server = undefined;
    temp = undefined;
  });

  it('runs the briefing on the schedule in its time zone, one log line per run, until stopped', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '*/1 * * * * *', timezone: 'Asia/Riyadh' }, sources: [{ name: 'Examples', path: examples }] });
    const lines: string[] = [];
    scheduler = startScheduler(temp.config, { catchUp: false, log: (line) => lines.push(line) });
    expect(lines[0]).toMatch(/Z scheduler started: "\*\/1 \* \* \* \* \*" in Asia\/Riyadh, next run at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    await waitFor(() => lines.some((line) => RUN_OK.test(line)), 8000);
    await scheduler.stop();
    expect(lines.at(-1)).toMatch(/Z scheduler stopped$/);
    expect(scheduler.nextRun()).toBeNull();
    const runs = lines.filter((line) => RUN_LINE.test(line)).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(lines.filter((line) => RUN_LINE.test(line))).toHaveLength(runs);

    expect(existsSync(path.join(temp.dir, 'briefings', 'index.html'))).toBe(true);
    expect(existsSync(path.join(temp.config.delivery.stateDir, RUN_LOCK_FILE))).toBe(false);
    expect(runsOf(temp)).toMatchObject({ status: 'ok', finishedAt: expect.any(Date) as Date });
  });

  it('skips a tick while another process holds the run lock, and runs once it is free', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '*/1 * * * * *' }, sources: [{ name: 'Examples', path: examples }] });
    const lock = path.join(temp.config.delivery.stateDir, RUN_LOCK_FILE);
    await mkdir(temp.config.delivery.stateDir, { recursive: true });
    // The parent of this test process: alive, on this host, so the lock is held.
    await writeFile(lock, JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: new Date().toISOString() }));
    const lines: string[] = [];
    scheduler = startScheduler(temp.config, { catchUp: false, log: (line) => lines.push(line) });
    await waitFor(() => lines.some((line) => line.includes(`skipped: a run is in progress (pid ${process.ppid}, started `)), 4000);
    expect(lines.some((line) => RUN_LINE.test(line))).toBe(false);
    await rm(lock);
    await waitFor(() => lines.some((line) => RUN_OK.test(line)), 8000);
  });

  it('catches up at start when the last scheduled time has no successful run after it', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '0 7 * * *', timezone: 'Asia/Riyadh' }, sources: [{ name: 'Examples', path: examples }] });
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    recordOkRun(temp, twoDaysAgo);
    const lines: string[] = [];
    scheduler = startScheduler(temp.config, { log: (line) => lines.push(line) });
    expect(lines[1]).toMatch(/Z catch-up: the run due at \S+Z did not happen \(last successful run \S+Z\); running now$/);
    await scheduler.idle();
    expect(lines[2]).toMatch(RUN_OK);
    expect(runsOf(temp)?.startedAt.getTime()).toBeGreaterThan(twoDaysAgo.getTime());
  });

  it('does not catch up when catch-up is off, or when a run already followed the last scheduled time', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '0 7 * * *', timezone: 'Asia/Riyadh' }, sources: [{ name: 'Examples', path: examples }] });
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    recordOkRun(temp, twoDaysAgo);
    const lines: string[] = [];
    scheduler = startScheduler(temp.config, { catchUp: false, log: (line) => lines.push(line) });
    await scheduler.idle();
    await scheduler.stop();
    recordOkRun(temp, new Date());
    scheduler = startScheduler(temp.config, { log: (line) => lines.push(line) });
    await scheduler.idle();
    expect(lines.filter((line) => /catch-up/.test(line) || RUN_LINE.test(line))).toEqual([]);
  });

  describe('around daylight saving changes (issue 26), on a clock that stands still', () => {
    const cases = [
      // 02:30 does not exist in New York on 2026-03-08: due at 03:00 EDT (07:00 UTC).
      { zone: 'America/New_York', schedule: '30 2 * * *', lastOk: '2026-03-07T07:30:00Z', now: '2026-03-08T14:00:00Z', due: '2026-03-08T07:00:00Z', next: '2026-03-09T06:30:00Z' },
      // Midnight does not exist in Santiago on 2026-09-06: due at 01:00 (04:00 UTC).
      { zone: 'America/Santiago', schedule: '0 0 * * *', lastOk: '2026-09-05T04:00:00Z', now: '2026-09-06T10:00:00Z', due: '2026-09-06T04:00:00Z', next: '2026-09-07T03:00:00Z' },
      // Started at 02:45 CEST on 2026-10-25: 02:30 CEST is due; 02:30 CET an hour later is not a new slot.
      { zone: 'Europe/Berlin', schedule: '30 2 * * *', lastOk: '2026-10-24T00:30:00Z', now: '2026-10-25T00:45:00Z', due: '2026-10-25T00:30:00Z', next: '2026-10-26T01:30:00Z' },
      // Restarted at 01:45 EST on 2026-11-01, after the run at 01:30 EDT: 01:30 EST is not a new slot.
      { zone: 'America/New_York', schedule: '30 1 * * *', lastOk: '2026-11-01T05:30:00Z', now: '2026-11-01T06:45:00Z', due: undefined, next: '2026-11-02T06:30:00Z' },
      // Restarted at 23:45 on 2026-04-04 in Santiago, in the second pass of 23:00–23:59.
      { zone: 'America/Santiago', schedule: '30 23 * * *', lastOk: '2026-04-05T02:30:00Z', now: '2026-04-05T03:45:00Z', due: undefined, next: '2026-04-06T03:30:00Z' },
    ];

    for (const { zone, schedule, lastOk, now, due, next } of cases) {
      it(`${due ? `catches up once on the run due at ${due}` : 'does not catch up'} when started at ${now} in ${zone} ("${schedule}"), and runs next at ${next}`, async () => {
        temp = await writeTempConfig({ briefing: { schedule, timezone: zone }, sources: [{ name: 'Examples', path: examples }] });
        recordOkRun(temp, new Date(lastOk));
        const lines: string[] = [];
        const clock = { now: () => new Date(now) };
        scheduler = startScheduler(temp.config, { log: (line) => lines.push(line), deps: clock });
        expect(scheduler.nextRun()).toEqual(new Date(next));
        await scheduler.idle();
        const catchUps = lines.filter((line) => line.includes('catch-up'));
        if (due) {
          expect(catchUps).toEqual([`${now} catch-up: the run due at ${due} did not happen (last successful run ${lastOk}); running now`]);
          expect(lines.filter((line) => RUN_LINE.test(line))).toEqual([expect.stringMatching(RUN_OK)]);
        } else {
          expect([...catchUps, ...lines.filter((line) => RUN_LINE.test(line))]).toEqual([]);
        }
        // Started again at the same instant, the scheduler finds the slot done.
        await scheduler.stop();
        lines.length = 0;
        scheduler = startScheduler(temp.config, { log: (line) => lines.push(line), deps: clock });
        await scheduler.idle();
        expect(lines.filter((line) => line.includes('catch-up') || RUN_LINE.test(line))).toEqual([]);
      });
    }
  });

  it('abort() cancels the run in progress before anything is archived, and releases the lock', async () => {
    server = await startFeedServer({ '/slow.xml': { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml'), delayMs: 10_000 } });
    temp = await writeTempConfig({
      briefing: { schedule: '0 7 * * *' },
      sources: [
        { name: 'Examples', path: examples },
        { name: 'Slow feed', url: server.url('/slow.xml') },
      ],
    });
    const lines: string[] = [];
    // No run yet: the catch-up run starts at once and waits on the slow feed.
    scheduler = startScheduler(temp.config, { log: (line) => lines.push(line) });
    await waitFor(() => server!.requests.length > 0, 5000);
    const started = Date.now();
    scheduler.abort();
    await scheduler.idle();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines.at(-1)).toMatch(/Z run \d{4}-\d\d-\d\d failed: aborted by a signal before it finished, \d+\.\d s$/);
    expect(existsSync(path.join(temp.dir, 'briefings'))).toBe(false);
    expect(existsSync(path.join(temp.config.delivery.stateDir, RUN_LOCK_FILE))).toBe(false);
    expect(runsOf(temp)).toMatchObject({ status: 'failed', error: expect.stringMatching(/aborted/) as string });
  });

  it('stop() lets a run in progress finish', async () => {
    server = await startFeedServer({ '/slow.xml': { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml'), delayMs: 1000 } });
    temp = await writeTempConfig({
      briefing: { schedule: '0 7 * * *' },
      sources: [
        { name: 'Examples', path: examples },
        { name: 'Slow feed', url: server.url('/slow.xml') },
      ],
    });
    const lines: string[] = [];
    scheduler = startScheduler(temp.config, { log: (line) => lines.push(line) });
    await waitFor(() => server!.requests.length > 0, 5000);
    await scheduler.stop();
    expect(lines.slice(-2)[0]).toMatch(/Z run \d{4}-\d\d-\d\d ok: 2 sources, \d+ articles/);
    expect(lines.at(-1)).toMatch(/scheduler stopped$/);
    expect(existsSync(path.join(temp.dir, 'briefings', 'index.html'))).toBe(true);
  });

  it('rejects an invalid cron expression as a config error', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '0 7 * * *' }, sources: [{ name: 'Examples', path: examples }] });
    // Loading rejects it too; a config made in code reaches the scheduler unchecked.
    const config = { ...temp.config, briefing: { ...temp.config.briefing, schedule: '0 61 * * *' } };
    expect(() => startScheduler(config, { log: () => undefined })).toThrow(/^briefing\.schedule: "0 61 \* \* \*" is not a valid cron expression/);
  });
});
