import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

const freshStateDir = useTempDirs('feed-cache-');

describe('the feed cache in the state store', () => {
  it('keeps a copy across openings of the SQLite file, replaces it, and deletes it', async () => {
    const stateDir = await freshStateDir();
    const url = 'https://news.example/feed.xml';
    const first = openStore(stateDir);
    first.feedCache.put(url, { etag: '"v1"', contentType: 'application/rss+xml', body: new TextEncoder().encode('<rss/>'), fetchedAt: '2026-11-23T08:00:00.000Z' });
    first.feedCache.put(url, { lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT', contentType: null, body: new TextEncoder().encode('<rss>2</rss>'), fetchedAt: '2026-11-23T09:00:00.000Z' });
    first.close();

    const second = openStore(stateDir);
    const entry = second.feedCache.get(url);
    expect(entry).toEqual({ lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT', contentType: null, body: new TextEncoder().encode('<rss>2</rss>'), fetchedAt: '2026-11-23T09:00:00.000Z' });
    second.feedCache.delete(url);
    expect(second.feedCache.get(url)).toBeUndefined();
    second.close();
  });

  it('keeps an address with a password or token under a key without them, apart from the same address with another token', async () => {
    const stateDir = await freshStateDir();
    const store = openStore(stateDir);
    const entry = (text: string) => ({ etag: `"${text}"`, contentType: null, body: new TextEncoder().encode(text), fetchedAt: '2026-11-23T08:00:00.000Z' });
    store.feedCache.put('https://u:s3cret@news.example/feed?token=first1', entry('one'));
    store.feedCache.put('https://u:s3cret@news.example/feed?token=second2', entry('two'));
    expect(store.feedCache.get('https://u:s3cret@news.example/feed?token=first1')?.etag).toBe('"one"');
    expect(store.feedCache.get('https://u:s3cret@news.example/feed?token=second2')?.etag).toBe('"two"');
    store.close();
    const bytes = await readStateFiles(stateDir);
    for (const secret of ['s3cret', 'first1', 'second2']) expect(bytes).not.toContain(secret);
  });

  it('moves the rows of a store written before redaction to their new key, leaving no trace of the secret in the file', async () => {
    const stateDir = await freshStateDir();
    openStore(stateDir).close();
    const url = 'https://u:s3cret@news.example/feed.xml?api_key=k3y789';
    // Many rows, as a real store has: a single one happens to be overwritten in place anyway.
    const old = new Database(path.join(stateDir, 'state.db'));
    const insert = old.prepare("INSERT INTO feed_cache (url, etag, content_type, body, fetched_at) VALUES (?, ?, NULL, ?, '2026-11-23T08:00:00.000Z')");
    for (let i = 0; i < 20; i++) insert.run(i === 0 ? url : `${url}&page=${i}`, '"v1"', Buffer.from('<rss/>'));
    old.close();
    expect(await readStateFiles(stateDir)).toContain('k3y789');

    const store = openStore(stateDir);
    expect(store.feedCache.get(url)?.etag).toBe('"v1"');
    store.close();
    const bytes = await readStateFiles(stateDir);
    for (const secret of ['s3cret', 'k3y789']) expect(bytes).not.toContain(secret);
  });
});

/** Every file of the state folder (state.db and any -wal or -shm beside it) as one string of bytes. */
async function readStateFiles(stateDir: string): Promise<string> {
  const files = await readdir(stateDir);
  return (await Promise.all(files.map((file) => readFile(path.join(stateDir, file))))).map((bytes) => bytes.toString('latin1')).join('\n');
}
