import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, type RunResult } from '../../src/pipeline.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

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
