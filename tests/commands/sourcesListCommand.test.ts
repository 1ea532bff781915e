import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesListCommand, type SourceRow } from '../../src/commands/sourcesListCommand.js';
import { openStore } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

async function configIn(dir: string): Promise<string> {
  const file = path.join(dir, 'sources.json');
  await writeFile(
    file,
    JSON.stringify({
      sources: [
        { name: 'Local notes', path: 'notes' },
        { name: 'Gazette', url: 'https://gazette.example/rss' },
        { name: 'Dead feed', url: 'https://dead.example/rss' },
        { name: 'New feed', url: 'https://new.example/rss', enabled: false },
      ],
    }),
  );
  return file;
}

async function list(config: string, json = false): Promise<string> {
  let out = '';
  await sourcesListCommand({ config, json }, (text) => (out += text));
  return out;
}

describe('sourcesListCommand', () => {
  it('says "never run" for every source of a config that never ran, and creates no state', async () => {
    const dir = await makeTempDir();
    const table = await list(await configIn(dir));
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^source\s+kind\s+address\s+last success\s+failures\s+last error\s+newest item$/);
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(/^Local notes\s+files\s+notes\s+never run$/),
      expect.stringMatching(/^Gazette\s+feed\s+https:\/\/gazette\.example\/rss\s+never run$/),
      expect.stringMatching(/^Dead feed\s+feed\s+https:\/\/dead\.example\/rss\s+never run$/),
      expect.stringMatching(/^New feed \(disabled\)\s+feed\s+https:\/\/new\.example\/rss\s+never run$/),
    ]);
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(dir, '.briefing'))).toBe(false);
  });

  it('shows each source’s health from the state store, and its newest item as the source dates it', async () => {
    const dir = await makeTempDir();
    const config = await configIn(dir);
    const store = openStore(path.join(dir, '.briefing'));
    store.history.recordHealth('Gazette', { ok: true, newItems: 3, newestItem: '2026-11-20T06:45:00.000Z' }, new Date('2026-11-20T07:00:00Z'));
    store.history.recordHealth('Gazette', { ok: true, newItems: 0, newestItem: '2026-11-20T06:45:00.000Z' }, new Date('2026-11-23T07:00:00Z'));
    store.history.recordHealth('Local notes', { ok: true, newItems: 1, newestItem: '2026-11-22T18:12:00.000Z' }, new Date('2026-11-23T07:00:00Z'));
    store.history.recordHealth('Dead feed', { ok: true, newItems: 1, newestItem: '2026-10-31T22:10:00.000Z' }, new Date('2026-11-01T07:00:00Z'));
    for (const day of ['21', '22', '23']) store.history.recordHealth('Dead feed', { ok: false, error: 'https://dead.example/rss: HTTP 410 Gone', newItems: 0 }, new Date(`2026-11-${day}T07:00:00Z`));
    store.close();

    const table = await list(config);
    // Not when a run last saw something new (a run's time), but the newest item's own date.
    expect(table).toMatch(/^Gazette\s+feed\s+https:\/\/gazette\.example\/rss\s+2026-11-23 07:00\s+0\s+2026-11-20 06:45$/m);
    expect(table).toMatch(/^Local notes\s+files\s+notes\s+2026-11-23 07:00\s+0\s+2026-11-22 18:12$/m);
    expect(table).toMatch(/^Dead feed\s+feed\s+https:\/\/dead\.example\/rss\s+2026-11-01 07:00\s+3\s+https:\/\/dead\.example\/rss: HTTP 410 Gone\s+2026-10-31 22:10$/m);
    expect(table).toMatch(/^New feed \(disabled\)\s+feed\s+https:\/\/new\.example\/rss\s+never read$/m);

    const rows = JSON.parse(await list(config, true)) as SourceRow[];
    expect(rows.find((row) => row.name === 'Dead feed')).toEqual({
      name: 'Dead feed',
      kind: 'feed',
      address: 'https://dead.example/rss',
      enabled: true,
      seen: true,
      lastSuccess: '2026-11-01T07:00:00.000Z',
      consecutiveFailures: 3,
      lastError: 'https://dead.example/rss: HTTP 410 Gone',
      lastNewItem: '2026-11-01T07:00:00.000Z',
      newestItem: '2026-10-31T22:10:00.000Z',
    });
    expect(rows.find((row) => row.name === 'New feed')).toMatchObject({ seen: false, enabled: false, lastSuccess: null });
  });
});
