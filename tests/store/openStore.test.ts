import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore, openStoreForReading, type Store } from '../../src/store/openStore.js';
import Database from 'better-sqlite3';
import { DAMAGES, ruinPage } from '../helpers/damageDatabase.js';
import { useTempDirs } from '../helpers/tempDir.js';

const freshStateDir = useTempDirs('open-store-');
const betterSqlite3 = fileURLToPath(import.meta.resolve('better-sqlite3'));
const MONDAY = new Date('2026-11-23T07:00:00Z');

/** A state store as months of runs leave it: thousands of items, feed copies, source health, runs. */
function populate(stateDir: string): void {
  const store = openStore(stateDir);
  const sightings = Array.from({ length: 4000 }, (_, index) => ({
    fingerprint: `fingerprint-${index}`,
    source: `Source ${index % 40}`,
    url: `https://news.example/${index}`,
    title: `Headline number ${index} of a long run of days`,
    shown: index % 3 === 0,
  }));
  store.history.recordItems('2026-11-22', sightings, MONDAY);
  for (let index = 0; index < 40; index++) {
    store.feedCache.put(`https://news.example/feed-${index}.xml`, { contentType: 'application/rss+xml', body: new Uint8Array(20_000).fill(index), fetchedAt: MONDAY.toISOString() });
  }
  store.history.recordHealthOfRun([{ name: 'Source 1', outcome: { ok: true, newItems: 3 } }], MONDAY);
  store.finishRun(store.startRun('2026-11-22', MONDAY), { status: 'ok', articles: 40, stories: 12 }, MONDAY);
  store.close();
}

/** A store that works: what it is given, it gives back. */
function expectWorking(store: Store): void {
  store.history.recordItems('2026-11-23', [{ fingerprint: 'after', source: 'Gazette', url: 'https://g.example/1', title: 'After', shown: true }], MONDAY);
  expect(store.history.items(['after']).get('after')).toEqual({ firstSeen: MONDAY.toISOString(), sentDate: '2026-11-23' });
}

const asideIn = async (stateDir: string) => (await readdir(stateDir)).filter((name) => name.startsWith('state.db.corrupt-')).sort();

describe('openStore with a damaged state.db', () => {
  for (const [damage, apply] of Object.entries(DAMAGES)) {
    it(`moves a file with ${damage} aside, starts a fresh store and says so once`, async () => {
      const stateDir = await freshStateDir();
      populate(stateDir);
      await apply(path.join(stateDir, 'state.db'));

      const store = openStore(stateDir);
      const aside = await asideIn(stateDir);
      expect(aside).toEqual([expect.stringMatching(/^state\.db\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/)]);
      // The fresh store remembers nothing of the damaged one, and works.
      expect(store.history.items(['fingerprint-1']).size).toBe(0);
      expect(store.lastRun()).toBeUndefined();
      expectWorking(store);
      const notices = store.notices();
      expect(notices).toEqual([expect.stringContaining(`was damaged`)]);
      expect(notices[0]).toContain(path.join(stateDir, aside[0]!));
      store.markNoticesReported();
      expect(store.notices()).toEqual([]);
      store.close();

      // The next opening is an ordinary one.
      const again = openStore(stateDir);
      expect(again.notices()).toEqual([]);
      expect(again.history.items(['after']).size).toBe(1);
      again.close();
      expect(await asideIn(stateDir)).toEqual(aside);
    });
  }

  it('keeps a notice for the next opening until a briefing has carried it', async () => {
    const stateDir = await freshStateDir();
    populate(stateDir);
    await DAMAGES['a header of garbage bytes'](path.join(stateDir, 'state.db'));
    // The scheduler, say, opens the store first to look at the last run, and closes it.
    const first = openStore(stateDir);
    first.close();
    const run = openStore(stateDir);
    expect(run.notices()).toEqual([expect.stringContaining('was damaged')]);
    run.markNoticesReported();
    run.close();
  });

  it('moves the files of a process killed mid-write aside, and the fresh store takes nothing from its WAL', async () => {
    const stateDir = await freshStateDir();
    populate(stateDir);
    const file = path.join(stateDir, 'state.db');
    // A real writer killed with its WAL not yet checkpointed, as after a power cut.
    const killed = spawnSync(process.execPath, [
      '-e',
      `const Database = require(${JSON.stringify(betterSqlite3)});
       const db = new Database(${JSON.stringify(file)});
       db.prepare("INSERT INTO runs (date, started_at, status) VALUES ('2026-11-23', '2026-11-23T07:00:00Z', 'running')").run();
       process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(`${file}-wal`)).toBe(true);
    await DAMAGES['a header of garbage bytes'](file);

    const store = openStore(stateDir);
    expect(store.lastRun()).toBeUndefined();
    expectWorking(store);
    store.close();
    const [aside] = await asideIn(stateDir);
    // SQLite may fold the WAL into the damaged file as it lets go of it; whatever is left goes with it.
    expect(await readdir(stateDir)).toEqual(expect.arrayContaining(['state.db', aside]));
    for (const name of await readdir(stateDir)) expect(['state.db', aside, `${aside!}-wal`, `${aside!}-shm`]).toContain(name);
  });

  it('starts afresh when a query meets damage the opening did not see (a failing disk does not touch the file time)', async () => {
    const stateDir = await freshStateDir();
    populate(stateDir);
    const file = path.join(stateDir, 'state.db');
    // The root page of the items table: the opening reads other tables, a run's first look-up reads this one.
    const reader = new Database(file, { readonly: true });
    const { rootpage } = reader.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'items'").get()!;
    reader.close();
    // Opened and closed sound: this process does not check it again while it looks the same.
    openStore(stateDir).close();
    const before = await stat(file);
    await ruinPage(file, rootpage);
    const sameMillisecond = (Math.floor(before.mtimeMs) + 0.5) / 1000;
    await utimes(file, sameMillisecond, sameMillisecond);

    const store = openStore(stateDir);
    expect(store.notices()).toEqual([]);
    expect(store.history.items(['fingerprint-1']).size).toBe(0);
    expect(store.notices()).toEqual([expect.stringContaining('was damaged')]);
    expect(await asideIn(stateDir)).toHaveLength(1);
    expectWorking(store);
    store.close();
  });

  it('leaves a damaged file in place for a dry run, which reads it as empty and says why', async () => {
    const stateDir = await freshStateDir();
    populate(stateDir);
    await DAMAGES['cut to half its size'](path.join(stateDir, 'state.db'));

    const reader = openStoreForReading(stateDir);
    expect(reader?.history.health()).toEqual(new Map());
    expect(reader?.notices()).toEqual([expect.stringContaining('the next run moves it aside')]);
    reader?.close();
    expect(await asideIn(stateDir)).toEqual([]);
    expect(existsSync(path.join(stateDir, 'state.db'))).toBe(true);
  });
});

describe('openStore when the machine is the problem', () => {
  it('makes a missing state folder', async () => {
    const stateDir = path.join(await freshStateDir(), 'not', 'yet', '.briefing');
    const store = openStore(stateDir);
    expectWorking(store);
    store.close();
    expect(existsSync(path.join(stateDir, 'state.db'))).toBe(true);
  });

  it('throws an EnvironmentError naming a state folder that is a file', async () => {
    const stateDir = path.join(await freshStateDir(), '.briefing');
    await writeFile(stateDir, 'not a folder');
    expect(() => openStore(stateDir)).toThrow(expect.objectContaining({ name: 'EnvironmentError', message: `the state folder ${stateDir} is a file, not a folder` }) as Error);
  });

  it('throws an EnvironmentError naming a state.db that is a folder', async () => {
    const stateDir = await freshStateDir();
    await writeFile(path.join(stateDir, 'placeholder'), '');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(stateDir, 'state.db'));
    expect(() => openStore(stateDir)).toThrow(
      expect.objectContaining({ name: 'EnvironmentError', message: expect.stringMatching(/^cannot open the state store .*state\.db: .*\(SQLITE_CANTOPEN\)$/) as unknown }) as Error,
    );
  });
});
