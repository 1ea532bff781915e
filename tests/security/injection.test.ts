import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { runBriefing } from '../../src/pipeline.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { writeTempConfig } from '../helpers/tempConfig.js';

const makeTempDir = useTempDirs();
const NOW = new Date('2026-11-23T06:00:00Z');
const fresh = NOW.toUTCString();

// Titles that try to add mail headers: CR/LF as character references, as raw bytes, and the
// Unicode line separators some mail libraries also break lines on.
const INJECTED = [
  'Harbour reopens&#13;&#10;Bcc: victim@evil.example',
  'Ferries return\r\nX-Injected: yes\r\n\r\n<h1>body</h1>',
  'Quay news\u2028Cc: other@evil.example',
];

let feeds: FeedServer;
let smtp: TestSmtpServer;

beforeAll(async () => {
  const items = INJECTED.map(
    (title, index) =>
      `<item><title>${title}</title><link>https://gazette.example/${index}</link><pubDate>${fresh}</pubDate><description>Story ${index}: the harbour authority reopened the northern quay after repairs, and ferries return on Wednesday.</description></item>`,
  ).join('');
  feeds = await startFeedServer({
    '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: `<rss version="2.0"><channel><title>G</title>${items}</channel></rss>` },
  });
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await feeds.close();
  await smtp.close();
});

/** Every file under `dir`, relative to it. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('header injection', () => {
  it('never lets a title with CR/LF or header syntax reach the mail headers raw', async () => {
    const temp = await writeTempConfig({
      briefing: { title: 'Morning Briefing' },
      sources: [{ name: 'Gazette', url: feeds.url('/feed.xml') }],
      delivery: { email: { from: 'briefing@example.org', to: ['reader@example.org'] } },
    });
    try {
      const result = await runBriefing(temp.config, { date: '2026-11-23' }, { smtpUrl: smtp.url, now: () => NOW });
      expect(result.briefing.stats.articles).toBe(3);
      expect(smtp.received).toHaveLength(1);
      const { mail, envelopeTo } = smtp.received[0]!;
      expect(envelopeTo).toEqual(['reader@example.org']);
      for (const name of ['bcc', 'cc', 'x-injected']) expect(mail.headers.has(name)).toBe(false);
      expect(mail.subject).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(mail.subject).toMatch(/^Morning Briefing, 2026-11-23: /);
      // The titles arrive as text in the body, escaped, never as markup.
      expect(mail.html || '').not.toContain('<h1>body</h1>');
    } finally {
      await temp.cleanup();
    }
  });
});

describe('paths from input', () => {
  it('never turns a source name into a path: "../../etc" and friends write nothing outside the archive and state folders', async () => {
    const root = await makeTempDir();
    const configDir = path.join(root, 'a', 'b');
    const articles = path.join(configDir, 'articles');
    await mkdir(articles, { recursive: true });
    await writeFile(path.join(articles, 'quay.txt'), 'Quay reopens\n\nThe harbour authority reopened the northern quay on Monday after repairs.\n');
    await writeFile(
      path.join(configDir, 'sources.json'),
      JSON.stringify({
        briefing: { maxAgeHours: 0 },
        sources: [
          { name: '../../etc', path: './articles' },
          { name: '../../../passwd', url: feeds.url('/feed.xml') },
          { name: '/etc/cron.d/evil', url: feeds.url('/missing.xml') },
          { name: '..\\..\\windows', path: './articles' },
        ],
      }),
    );
    const { loadConfig } = await import('../../src/config/load.js');
    const { config } = await loadConfig(path.join(configDir, 'sources.json'));
    const before = listTree(root);
    const result = await runBriefing(config, { date: '2026-11-23' }, { now: () => NOW });
    const written = listTree(root).filter((file) => !before.includes(file));
    const archive = path.relative(root, config.delivery.archiveDir);
    const state = path.relative(root, config.delivery.stateDir);
    expect(written.length).toBeGreaterThan(0);
    for (const file of written) expect(file.startsWith(`${archive}${path.sep}`) || file.startsWith(`${state}${path.sep}`)).toBe(true);
    for (const file of result.files) expect(path.dirname(file)).toBe(config.delivery.archiveDir);
    expect(existsSync(path.join(root, 'etc'))).toBe(false);
    expect(existsSync(path.join(root, 'a', 'etc'))).toBe(false);
    // The names are still shown, as text, in the briefing's source report.
    expect(result.briefing.sources.map((source) => source.name)).toEqual(['../../etc', '../../../passwd', '/etc/cron.d/evil', '..\\..\\windows']);
  });

  it('writes to the --out folder (archiveDir option) and nowhere else', async () => {
    const root = await makeTempDir();
    const temp = await writeTempConfig({ briefing: { maxAgeHours: 0 }, sources: [{ name: 'Gazette', url: feeds.url('/feed.xml') }] });
    try {
      const out = path.join(root, 'out');
      const result = await runBriefing(temp.config, { date: '2026-11-23', archiveDir: out }, { now: () => NOW });
      expect(result.files.length).toBeGreaterThan(0);
      for (const file of result.files) expect(path.dirname(file)).toBe(out);
      expect(existsSync(temp.config.delivery.archiveDir)).toBe(false);
    } finally {
      await temp.cleanup();
    }
  });

  it('resolves a relative archiveDir against the config file, never the working directory', async () => {
    const temp = await writeTempConfig({ sources: [{ name: 'Gazette', url: feeds.url('/feed.xml') }], delivery: { archiveDir: 'my-briefings' } });
    try {
      expect(temp.config.delivery.archiveDir).toBe(path.join(temp.dir, 'my-briefings'));
    } finally {
      await temp.cleanup();
    }
  });

  it.each(['../../etc/x', '2026-11-23/../../../tmp/x', '/etc/cron.d/x'])('refuses to archive under the date %j and writes no briefing', async (date) => {
    const temp = await writeTempConfig({ briefing: { maxAgeHours: 0 }, sources: [{ name: 'Gazette', url: feeds.url('/feed.xml') }] });
    try {
      await expect(runBriefing(temp.config, { date }, { now: () => NOW })).rejects.toBeInstanceOf(InternalError);
      expect(existsSync(temp.config.delivery.archiveDir) ? listTree(temp.config.delivery.archiveDir) : []).toEqual([]);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('templates', () => {
  const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
  const files = readdirSync(templates, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mjml.hbs'))
    .map((entry) => path.join(entry.parentPath, entry.name));

  it.each(files.map((file) => [path.relative(templates, file), file]))('%s uses no triple-stash (unescaped) output', (_name, file) => {
    // Comments may mention {{{ }}} to forbid it; code may not use it.
    const code = readFileSync(file, 'utf8').replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '');
    expect(code).not.toMatch(/\{\{\{|\{\{&/);
  });
});
