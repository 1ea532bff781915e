import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/checkCommand.js';
import { openStore } from '../../src/store/openStore.js';
import { encodeArabicFeed } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

/** `briefing check --no-probe` on a config written as given (it may be invalid): exit code and stderr. */
async function checkConfig(json: object): Promise<{ code: number; errors: string }> {
  const file = path.join(await makeTempDir(), 'sources.json');
  await writeFile(file, JSON.stringify(json));
  let errors = '';
  const code = await checkCommand({ config: file, probe: false }, (text) => {
    errors += text;
  }, () => true);
  return { code, errors };
}

describe('checkCommand', () => {
  let server: FeedServer | undefined;
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await server?.close();
    await temp?.cleanup();
    server = undefined;
    temp = undefined;
  });

  it('probes each source and prints a table with HTTP status, items, newest item, encoding and time', async () => {
    server = await startFeedServer({
      '/arabic.xml': { headers: { 'content-type': 'application/rss+xml; charset=windows-1256' }, body: encodeArabicFeed('windows-1256') },
      '/gone.xml': { status: 404 },
    });
    temp = await writeTempConfig({
      sources: [
        { name: 'Akhbar', url: server.url('/arabic.xml') },
        { name: 'Gone', url: server.url('/gone.xml') },
      ],
    });
    let table = '';
    const code = await checkCommand({ config: temp.file }, () => true, (text) => {
      table += text;
    });
    expect(code).toBe(0);
    const akhbar = table.split('\n').find((line) => line.startsWith('Akhbar'));
    expect(akhbar).toMatch(/feed\s+ok\s+200\s+2\s+.*windows-1256\s+\d+\.\d s/);
    expect(table).toMatch(/Gone\s+feed\s+FAILED/);
    expect(table).toMatch(/✗ Gone: .*404/);
  });

  it('only validates with --no-probe', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }] });
    let table = '';
    const code = await checkCommand({ config: temp.file, probe: false }, () => true, (text) => {
      table += text;
    });
    expect(code).toBe(0);
    expect(table).toBe('');
  });

  it('warns about a feed whose newest item is older than maxAgeHours, and still exits 0 (issue 24)', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toUTCString();
    const rss = (items: string[]) => `<rss version="2.0"><channel><title>t</title>${items.map((date, index) => `<item><title>Item ${index}</title><link>https://x.example/${index}</link><pubDate>${date}</pubDate></item>`).join('')}</channel></rss>`;
    server = await startFeedServer({
      '/old.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss([day(3), day(4)]) },
      '/fresh.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss([day(4), day(0.5)]) },
    });
    temp = await writeTempConfig({
      sources: [
        { name: 'Old feed', url: server.url('/old.xml') },
        { name: 'Fresh feed', url: server.url('/fresh.xml') },
      ],
    });
    let errors = '';
    const code = await checkCommand({ config: temp.file }, (text) => {
      errors += text;
    }, () => true);
    expect(code).toBe(0);
    expect(errors).toMatch(/^warning: Old feed: its newest item is from \d{4}-\d\d-\d\d \d\d:\d\d UTC, older than 36 h \(briefing\.maxAgeHours\): a run now leaves out all its items$/m);
    expect(errors).not.toContain('Fresh feed');
  });

  it('with --no-probe, warns from the newest item the last run stored', async () => {
    temp = await writeTempConfig({
      sources: [
        { name: 'Old feed', url: 'http://127.0.0.1:9/old.xml' },
        { name: 'Fresh feed', url: 'http://127.0.0.1:9/fresh.xml' },
      ],
    });
    const store = openStore(temp.config.delivery.stateDir);
    store.history.recordHealthOfRun(
      [
        { name: 'Old feed', outcome: { ok: true, newItems: 0, newestItem: new Date(Date.now() - 5 * 86_400_000).toISOString() } },
        { name: 'Fresh feed', outcome: { ok: true, newItems: 2, newestItem: new Date(Date.now() - 3_600_000).toISOString() } },
      ],
      new Date(),
    );
    store.close();
    let errors = '';
    const code = await checkCommand({ config: temp.file, probe: false }, (text) => {
      errors += text;
    }, () => true);
    expect(code).toBe(0);
    expect(errors).toMatch(/^warning: Old feed: at the last run its newest item was from .* older than 36 h/m);
    expect(errors).not.toContain('Fresh feed');
  });
});

// Issue 26: `check` called "61 7 * * *" valid and `schedule` then refused it.
describe('checkCommand on briefing.schedule', () => {
  const sources = [{ name: 'Notes', path: '.' }];

  it.each([
    ['61 7 * * *', '"61" is not a valid minute (0–59)'],
    ['* * * *', 'has 4 fields, not 5 or 6'],
    ['0 25 * * *', '"25" is not a valid hour (0–23)'],
  ])('rejects "%s", as `briefing schedule` would', async (schedule, reason) => {
    const { code, errors } = await checkConfig({ briefing: { schedule }, sources });
    expect(code).toBe(2);
    expect(errors).toContain(`✗ briefing.schedule: is not a valid cron expression: ${reason} (`);
  });

  it.each(['0 7 * * 1-5', '*/15 * * * *', '0 0 7 * * *', '*/30 0 7 * * 1-5'])('accepts "%s"', async (schedule) => {
    const { code, errors } = await checkConfig({ briefing: { schedule }, sources });
    expect(code).toBe(0);
    expect(errors).toMatch(/: valid, 1 source, 0 topics\n$/);
  });
});

// Issue 26: a user pattern with catastrophic backtracking hung every run, and `check` called it valid.
describe('checkCommand on cleaning.removePatterns', () => {
  it('names the JSON path of a pattern the linear-time engine cannot run, and passes the others', async () => {
    const { code, errors } = await checkConfig({
      cleaning: { removePatterns: ['^Advertisement$', '(a+)+$', '(["\'])quoted\\1'] },
      sources: [{ name: 'Notes', path: '.', cleaning: { removePatterns: ['(?<=by )AFP'] } }],
    });
    expect(code).toBe(2);
    expect(errors).toContain('✗ cleaning.removePatterns[2]: uses a backreference "\\1", which cannot be guaranteed to finish in time; ');
    expect(errors).toContain('✗ sources[0].cleaning.removePatterns[0]: uses a lookbehind "(?<=", which cannot be run in linear time; ');
    expect(errors).toContain(': 2 problems\n');
  });
});
