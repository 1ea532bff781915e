import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/runCommand.js';
import { runBriefing } from '../../src/pipeline.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

const examples = path.resolve('examples/articles');
const FAST = { timeoutMs: 1500, retryDelaysMs: [50, 100] };

describe('email delivery against a misbehaving SMTP server', () => {
  let smtp: TestSmtpServer;
  let temp: TempConfig;

  beforeEach(async () => {
    smtp = await startSmtpServer();
    temp = await writeTempConfig({
      briefing: { title: 'Morning Briefing' },
      sources: [{ name: 'Examples', path: examples }],
      delivery: { email: { from: 'briefing@example.org', to: ['ana@example.org', 'bo@example.org', 'cy@example.org'] } },
    });
  });
  afterEach(async () => {
    await smtp.close();
    await temp.cleanup();
  });

  const run = (options: { force?: boolean } = {}) =>
    runBriefing(temp.config, { date: '2026-11-23', ...options }, { smtpUrl: smtp.url, smtp: FAST });

  it('sends each recipient exactly one message when the same date runs twice', async () => {
    await run();
    const second = await run();
    expect(smtp.received.map((message) => message.envelopeTo[0])).toEqual(['ana@example.org', 'bo@example.org', 'cy@example.org']);
    expect(second.sent).toMatchObject({ accepted: [], alreadySent: ['ana@example.org', 'bo@example.org', 'cy@example.org'], failed: [] });
  });

  it('sends again with --force', async () => {
    await run();
    await run({ force: true });
    expect(smtp.received).toHaveLength(6);
  });

  it('reports a refused recipient as permanent, delivers to the others, and keeps the archive', async () => {
    smtp.faults.reject = new Set(['bo@example.org']);
    const result = await run();
    expect(result.sent?.accepted).toEqual(['ana@example.org', 'cy@example.org']);
    expect(result.sent?.failed).toHaveLength(1);
    expect(result.sent?.failed[0]).toMatchObject({ recipient: 'bo@example.org', permanent: true });
    expect(result.sent?.failed[0]?.reason).toMatch(/550|No such mailbox/);
    expect(existsSync(path.join(temp.dir, 'briefings', '2026-11-23.html'))).toBe(true);
  });

  it('retries a connection dropped during DATA and then sends only what is missing on the next run', async () => {
    smtp.faults.dropDuringData = new Set(['bo@example.org']);
    const first = await run();
    expect(first.sent?.failed.map((failure) => failure.recipient)).toEqual(['bo@example.org']);
    expect(first.sent?.failed[0]?.permanent).toBe(false);
    expect(smtp.dropped.filter((recipient) => recipient === 'bo@example.org')).toHaveLength(3); // first try + two retries
    expect(existsSync(path.join(temp.dir, 'briefings', '2026-11-23.json'))).toBe(true);

    smtp.faults.dropDuringData = new Set();
    const second = await run();
    expect(second.sent?.accepted).toEqual(['bo@example.org']);
    expect(smtp.received.map((message) => message.envelopeTo[0]).sort()).toEqual(['ana@example.org', 'bo@example.org', 'cy@example.org']);
  });

  it('gives up on a server that answers slower than the timeout, with a clear reason', async () => {
    smtp.faults.greetingDelayMs = 4000;
    const started = Date.now();
    const result = await runBriefing(temp.config, { date: '2026-11-23' }, { smtpUrl: smtp.url, smtp: { timeoutMs: 400, retryDelaysMs: [] } });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.sent?.failed).toHaveLength(3);
    expect(result.sent?.failed[0]?.reason).toMatch(/no answer from the SMTP server within 0.4 s/);
    expect(existsSync(path.join(temp.dir, 'briefings', '2026-11-23.html'))).toBe(true);
  });

  it('makes `briefing run` exit 3 with a message naming the recipients left out', async () => {
    smtp.faults.reject = new Set(['cy@example.org']);
    const lines: string[] = [];
    const code = await runCommand(
      { config: temp.file, send: true, date: '2026-11-23' },
      { out: () => true, err: (text: string) => lines.push(text) > 0, env: { SMTP_URL: smtp.url } },
    );
    expect(code).toBe(3);
    expect(lines.join('')).toMatch(/NOT sent to cy@example\.org \(refused\)/);
    expect(lines.join('')).toMatch(/run again/);
  });
});
