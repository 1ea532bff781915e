import type { Server } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previewCommand } from '../../src/commands/previewCommand.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

describe('previewCommand', () => {
  let temp: TempConfig | undefined;
  let server: Server | undefined;
  const stop = async () => {
    const running = server;
    server = undefined;
    if (running) await new Promise((resolve) => running.close(resolve));
  };
  afterEach(async () => {
    await stop();
    await temp?.cleanup();
  });

  const preview = async (extra: { date?: string; refresh?: boolean } = {}) => {
    const lines: string[] = [];
    let url = '';
    const code = await previewCommand(
      { config: temp!.file, port: 0, serve: true, ...extra },
      {
        err: (text) => lines.push(text),
        onServing: (running, address) => {
          server = running;
          url = address;
        },
      },
    );
    return { code, url, output: lines.join('') };
  };

  it('makes the briefing without sending it and serves it and the index on 127.0.0.1', async () => {
    temp = await writeTempConfig({
      sources: [{ name: 'Examples', path: path.resolve('examples/articles') }],
      delivery: { email: { from: 'briefing@example.org', to: ['me@example.org'] } },
    });
    const { code, url, output } = await preview({ date: '2026-05-04' });
    expect(code).toBe(0);
    expect(output).toMatch(/not sent/);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/2026-05-04\.html$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kelsham');
    const index = await fetch(new URL('/', url));
    expect(await index.text()).toContain('href="2026-05-04.html"');
    expect((await fetch(new URL('/../../etc/passwd', url))).status).toBe(404);
  });

  it('shows an archived date as it was, unless asked to refresh it', async () => {
    temp = await writeTempConfig({ briefing: { title: 'First title' }, sources: [{ name: 'Examples', path: path.resolve('examples/articles') }] });
    await preview({ date: '2026-05-04' });
    await stop();
    const again = await preview({ date: '2026-05-04' });
    expect(again.output).toMatch(/Showing the archived briefing of 2026-05-04/);
  });
});
