import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, openStoreForReading } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

const freshStateDir = useTempDirs('history-');

const MONDAY = new Date('2026-11-23T07:00:00Z');
const TUESDAY = new Date('2026-11-24T07:00:00Z');

describe("the sources' health in the state store", () => {
  it("records a whole run's sources at once, as one source at a time would, and keeps them across openings", async () => {
    const stateDir = await freshStateDir();
    const first = openStore(stateDir);
    first.history.recordHealthOfRun(
      [
        { name: 'Gazette', outcome: { ok: true, newItems: 3 } },
        { name: 'Dead feed', outcome: { ok: false, error: 'HTTP 410 Gone', newItems: 0 } },
      ],
      MONDAY,
    );
    first.history.recordHealthOfRun(
      [
        { name: 'Gazette', outcome: { ok: true, newItems: 0 } },
        { name: 'Dead feed', outcome: { ok: false, error: 'HTTP 410 Gone', newItems: 0 } },
      ],
      TUESDAY,
    );
    first.close();

    const second = openStore(stateDir);
    const health = second.history.health();
    second.close();
    expect(health.get('Gazette')).toEqual({
      name: 'Gazette',
      lastSuccess: TUESDAY.toISOString(),
      lastFailure: null,
      consecutiveFailures: 0,
      lastError: null,
      // Tuesday brought nothing new: the last new item stays Monday's.
      lastNewItem: MONDAY.toISOString(),
      newestItem: null,
    });
    expect(health.get('Dead feed')).toMatchObject({ lastSuccess: null, lastFailure: TUESDAY.toISOString(), consecutiveFailures: 2, lastError: 'HTTP 410 Gone' });
  });
});

describe("each source's newest item in the state store", () => {
  it('keeps the publication date the source gave, until a later read brings another', async () => {
    const store = openStore(await freshStateDir());
    store.history.recordHealthOfRun([{ name: 'Gazette', outcome: { ok: true, newItems: 2, newestItem: '2026-11-20T09:15:00.000Z' } }], MONDAY);
    expect(store.history.health().get('Gazette')).toMatchObject({ lastNewItem: MONDAY.toISOString(), newestItem: '2026-11-20T09:15:00.000Z' });
    // A read with no dated item, and a failed read, leave the date known before.
    store.history.recordHealthOfRun([{ name: 'Gazette', outcome: { ok: true, newItems: 0 } }], TUESDAY);
    store.history.recordHealthOfRun([{ name: 'Gazette', outcome: { ok: false, error: 'HTTP 500', newItems: 0 } }], TUESDAY);
    expect(store.history.health().get('Gazette')?.newestItem).toBe('2026-11-20T09:15:00.000Z');
    store.history.recordHealthOfRun([{ name: 'Gazette', outcome: { ok: true, newItems: 1, newestItem: '2026-11-24T06:30:00.000Z' } }], TUESDAY);
    expect(store.history.health().get('Gazette')?.newestItem).toBe('2026-11-24T06:30:00.000Z');
    store.close();
  });

  it('opens a state.db made before the column existed: read-only as it is, then brought up to date', async () => {
    const stateDir = await freshStateDir();
    const old = new Database(path.join(stateDir, 'state.db'));
    for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO source_health (name, last_success, consecutive_failures, last_new_item) VALUES ('Gazette', ?, 0, ?)").run(MONDAY.toISOString(), MONDAY.toISOString());
    old.close();

    // A dry run reads an old store without migrating it.
    const reader = openStoreForReading(stateDir);
    expect(reader?.history.health().get('Gazette')).toMatchObject({ lastNewItem: MONDAY.toISOString(), newestItem: null });
    reader?.close();

    const store = openStore(stateDir);
    expect(store.history.health().get('Gazette')).toMatchObject({ lastSuccess: MONDAY.toISOString(), newestItem: null });
    store.history.recordHealthOfRun([{ name: 'Gazette', outcome: { ok: true, newItems: 1, newestItem: '2026-11-23T05:00:00.000Z' } }], TUESDAY);
    expect(store.history.health().get('Gazette')).toMatchObject({ lastNewItem: TUESDAY.toISOString(), newestItem: '2026-11-23T05:00:00.000Z' });
    store.close();
  });
});

describe('error texts in the state store', () => {
  it('stores and shows a failed source’s error without the secrets of an address in it', async () => {
    const stateDir = await freshStateDir();
    const store = openStore(stateDir);
    store.history.recordHealth('Members', { ok: false, error: 'cannot fetch http://user:s3cret@news.example/feed?token=abc123: HTTP 401', newItems: 0 }, MONDAY);
    expect(store.history.health().get('Members')?.lastError).toBe('cannot fetch http://***@news.example/feed?token=***: HTTP 401');
    store.close();
    const bytes = await readStateFiles(stateDir);
    for (const secret of ['s3cret', 'abc123']) expect(bytes).not.toContain(secret);
  });

  it('rewrites the errors a store kept before redaction, leaving no trace of the secret in the file', async () => {
    const stateDir = await freshStateDir();
    openStore(stateDir).close();
    // Many long rows, as a real store has: a single short one happens to be overwritten in place anyway.
    const old = new Database(path.join(stateDir, 'state.db'));
    const insert = old.prepare('INSERT INTO source_health (name, last_failure, consecutive_failures, last_error) VALUES (?, ?, 3, ?)');
    for (let i = 0; i < 20; i++) insert.run(i === 0 ? 'Members' : `Members ${i}`, MONDAY.toISOString(), `http://user:s3cret@news.example/feed.xml: HTTP 401 Unauthorized${' (the server asked for a login)'.repeat(i === 0 ? 0 : 3)}`);
    old.close();
    expect(await readStateFiles(stateDir)).toContain('s3cret');

    openStore(stateDir).close();
    expect(await readStateFiles(stateDir)).not.toContain('s3cret');
    const reader = openStoreForReading(stateDir)!;
    expect(reader.history.health().get('Members')).toMatchObject({ consecutiveFailures: 3, lastError: 'http://***@news.example/feed.xml: HTTP 401 Unauthorized' });
    reader.close();
  });
});

/** Every file of the state folder (state.db and any -wal or -shm beside it) as one string of bytes. */
async function readStateFiles(stateDir: string): Promise<string> {
  const files = await readdir(stateDir);
  return (await Promise.all(files.map((file) => readFile(path.join(stateDir, file))))).map((bytes) => bytes.toString('latin1')).join('\n');
}
