import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/runCommand.js';
import { sendEmail, type SendOptions } from '../../src/deliver/sendEmail.js';
import { runBriefing } from '../../src/pipeline.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import type { Briefing } from '../../src/types.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';
import { closedPort, startTricklingSmtpServer, type TricklingSmtpServer } from '../helpers/tricklingSmtpServer.js';
import { sampleBriefing } from '../render/samples/sampleBriefing.js';

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

  it('retries a connection dropped at DATA, before the message went out, and then sends only what is missing on the next run', async () => {
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

  it('gives up on a server that answers slower than the timeout, with a clear reason, after two timeouts in a row', async () => {
    smtp.faults.greetingDelayMs = 4000;
    const started = Date.now();
    const result = await runBriefing(temp.config, { date: '2026-11-23' }, { smtpUrl: smtp.url, smtp: { timeoutMs: 400, retryDelaysMs: [] } });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.sent?.failed).toHaveLength(3);
    expect(result.sent?.failed[0]?.reason).toMatch(/no answer from the SMTP server within 0.4 s/);
    expect(result.sent?.failed[2]?.reason).toMatch(/^not tried: smtp:\/\/127\.0\.0\.1:\d+ timed out twice in a row/);
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

  it('makes `briefing run` exit 3 for a message the server may have kept, not send it again, and send it with --resend-unknown (issue 26)', async () => {
    smtp.faults.keepThenDrop = new Set(['bo@example.org']);
    const run = async (options: { resendUnknown?: boolean } = {}) => {
      const lines: string[] = [];
      const code = await runCommand(
        { config: temp.file, send: true, date: '2026-11-23', ...options },
        { out: () => true, err: (text: string) => lines.push(text) > 0, env: { SMTP_URL: smtp.url } },
      );
      return { code, output: lines.join('') };
    };
    const copiesToBo = () => smtp.received.filter((message) => message.envelopeTo[0] === 'bo@example.org').length;

    const first = await run();
    expect(first.code).toBe(3);
    expect(first.output).toMatch(/MAY HAVE BEEN SENT to bo@example\.org .*it may have been delivered/);
    expect(first.output).toMatch(/1 recipient\(s\) may have got it.*--resend-unknown/);
    expect(copiesToBo()).toBe(1);

    smtp.faults.keepThenDrop = new Set();
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/not sent again to bo@example\.org: an earlier run may have delivered it/);
    expect(copiesToBo()).toBe(1);

    const third = await run({ resendUnknown: true });
    expect(third.code).toBe(0);
    expect(third.output).toMatch(/email: sent to bo@example\.org/);
    expect(copiesToBo()).toBe(2);
  });
});

describe('sendEmail against a server that is down, slow, or silent after the message (issue 26)', () => {
  const tempDir = useTempDirs();
  const recipients = ['ana@example.org', 'bo@example.org', 'cy@example.org'];
  let briefing: Briefing;
  let rendered: { html: string; text: string };
  let store: Store;
  let smtp: TestSmtpServer | undefined;

  beforeAll(async () => {
    briefing = sampleBriefing('en', { shown: 3, hidden: 0, top: 0 });
    rendered = await renderBriefing(briefing);
  });
  beforeEach(async () => {
    store = openStore(await tempDir());
  });
  afterEach(async () => {
    store.close();
    await smtp?.close();
    smtp = undefined;
  });

  const send = (smtpUrl: string, extra: Partial<SendOptions> = {}) =>
    sendEmail(briefing, rendered, { smtpUrl, email: { from: 'briefing@example.org', to: recipients, deadlineSeconds: 10 }, store, timeoutMs: 1000, retryDelaysMs: [50, 100], ...extra });

  it('sends one copy when the server keeps the message but drops before its "250", and records it as unknown', async () => {
    smtp = await startSmtpServer({ keepThenDrop: new Set(recipients) });
    const result = await send(smtp.url);
    expect(smtp.received.map((message) => message.envelopeTo[0])).toEqual(recipients);
    expect(result.accepted).toEqual([]);
    expect(result.failed.map((failure) => [failure.recipient, failure.unknown, failure.attempts])).toEqual(recipients.map((recipient) => [recipient, true, 1]));
    expect(store.sendLog(briefing.date).map((entry) => entry.status)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('does not send an unknown one again on the next run, unless asked to', async () => {
    smtp = await startSmtpServer({ keepThenDrop: new Set(['bo@example.org']) });
    await send(smtp.url);
    smtp.faults.keepThenDrop = new Set();
    const again = await send(smtp.url);
    expect(again).toMatchObject({ accepted: [], alreadySent: ['ana@example.org', 'cy@example.org'], unconfirmed: ['bo@example.org'], failed: [] });
    const resent = await send(smtp.url, { resendUnknown: true });
    expect(resent.accepted).toEqual(['bo@example.org']);
    expect(smtp.received.map((message) => message.envelopeTo[0])).toEqual(['ana@example.org', 'bo@example.org', 'cy@example.org', 'bo@example.org']);
  });

  it('does not wait for ever for a "250" that never comes: unknown, and after two such silences the rest are not tried', async () => {
    smtp = await startSmtpServer({ keepWithoutReply: new Set(recipients) });
    const started = Date.now();
    const result = await send(smtp.url);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(smtp.received).toHaveLength(2);
    expect(result.failed.map((failure) => [failure.recipient, failure.unknown ?? false, failure.attempts])).toEqual([
      ['ana@example.org', true, 1],
      ['bo@example.org', true, 1],
      ['cy@example.org', false, 0],
    ]);
    expect(result.failed[2]?.reason).toMatch(/^not tried: .* timed out twice in a row/);
  });

  it('makes one attempt for the whole run at a server that refuses connections, and reports everyone', async () => {
    const started = Date.now();
    const result = await send(`smtp://127.0.0.1:${await closedPort()}`, { retryDelaysMs: [2000, 8000] });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.failed.map((failure) => failure.attempts)).toEqual([1, 0, 0]);
    expect(result.failed[0]?.reason).toMatch(/cannot reach smtp:\/\/127\.0\.0\.1:\d+ .*ECONNREFUSED/);
    expect(result.failed[1]?.reason).toMatch(/^not tried: cannot reach/);
    expect(store.sendLog(briefing.date).map((entry) => entry.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('makes one attempt for the whole run at a host with no address (.invalid, RFC 6761)', async () => {
    const result = await send('smtp://mail.example.invalid:25', { retryDelaysMs: [2000, 8000] });
    expect(result.failed.map((failure) => failure.attempts)).toEqual([1, 0, 0]);
    expect(result.failed[0]?.reason).toMatch(/cannot reach smtp:\/\/mail\.example\.invalid:25/);
  });
});

describe('`briefing run` against a server that trickles its replies (issue 26)', () => {
  let trickle: TricklingSmtpServer;
  let temp: TempConfig;

  beforeEach(async () => {
    trickle = await startTricklingSmtpServer(1000);
    temp = await writeTempConfig({
      sources: [{ name: 'Examples', path: examples }],
      delivery: { email: { from: 'briefing@example.org', to: ['ana@example.org', 'bo@example.org', 'cy@example.org'], deadlineSeconds: 2 } },
    });
  });
  afterEach(async () => {
    await trickle.close();
    await temp.cleanup();
  });

  it('ends the delivery at delivery.email.deadlineSeconds, names every recipient left out and exits 3', async () => {
    const lines: string[] = [];
    const code = await runCommand(
      { config: temp.file, send: true, date: '2026-11-23', json: true },
      { out: () => true, err: (text: string) => lines.push(text) > 0, env: { SMTP_URL: trickle.url } },
    );
    expect(code).toBe(3);
    const event = JSON.parse(lines.find((line) => line.startsWith('{"event":"run"')) ?? '{}') as { timings: { deliver: number }; sent: { failed: { recipient: string; reason: string }[] } };
    expect(event.timings.deliver).toBeLessThan(3500);
    expect(event.sent.failed.map((failure) => failure.recipient)).toEqual(['ana@example.org', 'bo@example.org', 'cy@example.org']);
    expect(event.sent.failed[0]?.reason).toMatch(/did not finish within 2 s \(delivery\.email\.deadlineSeconds\)/);
    expect(event.sent.failed[1]?.reason).toMatch(/^not tried: the delivery took longer than 2 s/);
    expect(trickle.connections()).toBe(1);
  });
});
