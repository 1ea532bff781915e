import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendEmail, type SendOptions } from '../../src/deliver/sendEmail.js';
import { runBriefing, type RunResult } from '../../src/pipeline.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { openStore } from '../../src/store/openStore.js';
import type { Briefing } from '../../src/types.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';
import { sampleBriefing } from '../render/samples/sampleBriefing.js';

describe('runBriefing with SMTP_URL', () => {
  let smtp: TestSmtpServer;
  let temp: TempConfig;
  let result: RunResult;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    temp = await writeTempConfig({
      briefing: { title: 'Morning Briefing' },
      sources: [{ name: 'Examples', path: path.resolve('examples/articles') }],
      delivery: { email: { from: 'briefing@example.org', to: ['reader@example.org', 'second@example.org'] } },
    });
    result = await runBriefing(temp.config, { date: '2026-11-23' }, { smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await smtp.close();
    await temp.cleanup();
  });

  it('sends one message per recipient through a real SMTP server', () => {
    expect(result.sent?.accepted).toEqual(['reader@example.org', 'second@example.org']);
    expect(smtp.received.map((message) => message.envelopeTo)).toEqual([['reader@example.org'], ['second@example.org']]);
  });

  it('sends the HTML and the plain-text part as alternatives', () => {
    const { mail } = smtp.received[0]!;
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.text).toContain('Kelsham');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
  });

  it('names the date and the lead story in the subject, on one line', () => {
    const { mail } = smtp.received[0]!;
    const lead = result.briefing.topics.flatMap((topic) => topic.stories).find((story) => story.shown);
    expect(mail.subject).toBe(`Morning Briefing, 2026-11-23: ${lead?.title ?? ''}`);
  });

  it('gives each recipient a stable Message-ID', () => {
    const [first, second] = smtp.received;
    expect(first?.mail.messageId).toMatch(/^<briefing-2026-11-23-[0-9a-f]{16}@example\.org>$/);
    expect(first?.mail.messageId).not.toBe(second?.mail.messageId);
  });
});

describe('the briefing email headers', () => {
  it('carry List-ID, List-Unsubscribe with one-click, an Arabic subject, and no injected header', async () => {
    const smtp = await startSmtpServer();
    const temp = await writeTempConfig({
      briefing: { title: 'الموجز\r\nBcc: victim@example.net', language: 'ar' },
      sources: [{ name: 'Examples', path: path.resolve('examples/articles') }],
      delivery: {
        email: {
          from: 'briefing@example.org',
          to: ['reader@example.org'],
          unsubscribe: ['mailto:leave@example.org?subject=unsubscribe', 'https://example.org/unsubscribe/abc'],
        },
      },
    });
    try {
      await runBriefing(temp.config, { date: '2026-11-23' }, { smtpUrl: smtp.url });
      expect(smtp.received).toHaveLength(1);
      const { mail, envelopeTo } = smtp.received[0]!;
      expect(envelopeTo).toEqual(['reader@example.org']);
      expect(mail.bcc).toBeUndefined();
      expect(mail.subject).toMatch(/^الموجز Bcc: victim@example\.net, 2026-11-23: /);
      const header = (name: string) => mail.headerLines.filter((line) => line.key === name).map((line) => line.line.replace(/\r?\n\s+/g, ' '));
      expect(header('list-unsubscribe-post')).toEqual(['List-Unsubscribe-Post: List-Unsubscribe=One-Click']);
      expect(header('list-unsubscribe')).toEqual(['List-Unsubscribe: <mailto:leave@example.org?subject=unsubscribe>, <https://example.org/unsubscribe/abc>']);
      expect(header('list-id')[0]).toMatch(/<[a-z0-9-]+\.example\.org>$/);
      expect(header('bcc')).toEqual([]);
    } finally {
      await smtp.close();
      await temp.cleanup();
    }
  });
});

describe('sendEmail and the password in SMTP_URL (issue 26)', () => {
  const tempDir = useTempDirs();
  const tls = { key: readFileSync(path.resolve('tests/fixtures/tls/localhost.key')), cert: readFileSync(path.resolve('tests/fixtures/tls/localhost.crt')) };
  const email = { from: 'briefing@example.org', to: ['ana@example.org', 'bo@example.org'], deadlineSeconds: 10 };
  const FAST = { timeoutMs: 2000, retryDelaysMs: [50, 100] };
  let briefing: Briefing;
  let rendered: { html: string; text: string };
  let smtp: TestSmtpServer | undefined;

  beforeAll(async () => {
    briefing = sampleBriefing('en', { shown: 3, hidden: 0, top: 0 });
    rendered = await renderBriefing(briefing);
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  const send = async (smtpUrl: string, extra: Partial<SendOptions> = {}) => {
    const store = openStore(await tempDir());
    try {
      return await sendEmail(briefing, rendered, { smtpUrl, email, store, ...FAST, ...extra });
    } finally {
      store.close();
    }
  };
  const withPassword = (server: TestSmtpServer) => `smtp://me:pa55-w0rd@127.0.0.1:${server.port}`;

  it('refuses to log in to a server without STARTTLS: nothing sent, no AUTH on the wire, one attempt for the run', async () => {
    smtp = await startSmtpServer();
    const result = await send(withPassword(smtp));
    expect(result.accepted).toEqual([]);
    expect(result.failed.map((failure) => failure.recipient)).toEqual(['ana@example.org', 'bo@example.org']);
    expect(result.failed[0]).toMatchObject({ permanent: true, attempts: 1 });
    expect(result.failed[0]?.reason).toMatch(/offers no STARTTLS; refusing to send the password in clear text/);
    expect(result.failed[1]).toMatchObject({ permanent: true, attempts: 0 });
    expect(smtp.received).toEqual([]);
    expect(smtp.logins).toEqual([]);
    expect(smtp.cleartext()).not.toMatch(/AUTH|pa55-w0rd/);
    expect(smtp.connections()).toBe(1);
  });

  it('still sends without a password to a plain server, such as a local relay', async () => {
    smtp = await startSmtpServer();
    const result = await send(smtp.url);
    expect(result.accepted).toEqual(['ana@example.org', 'bo@example.org']);
    expect(smtp.received).toHaveLength(2);
  });

  it('logs in only after STARTTLS, with the password never on the wire in clear', async () => {
    smtp = await startSmtpServer({}, { tls });
    const result = await send(withPassword(smtp), { tls: { ca: tls.cert } });
    expect(result.accepted).toEqual(['ana@example.org', 'bo@example.org']);
    expect(smtp.logins).toEqual(['me', 'me']);
    expect(smtp.cleartext()).toMatch(/STARTTLS/);
    expect(smtp.cleartext()).not.toMatch(/AUTH|pa55-w0rd/);
  });

  it('does not retry a certificate it cannot trust, and reports every recipient', async () => {
    smtp = await startSmtpServer({}, { tls });
    const result = await send(withPassword(smtp));
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]).toMatchObject({ permanent: true, attempts: 1 });
    expect(result.failed[0]?.reason).toMatch(/certificate of smtp:\/\/me@127\.0\.0\.1:\d+ is not trusted/);
    expect(result.failed[1]?.reason).toMatch(/^not tried: the certificate/);
    expect(smtp.connections()).toBe(1);
    expect(smtp.logins).toEqual([]);
  });
});
