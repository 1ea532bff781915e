import { afterEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/checkCommand.js';
import { encodeArabicFeed } from '../helpers/feedFixtures.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

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
});
