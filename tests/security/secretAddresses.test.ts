import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/checkCommand.js';
import { runCommand } from '../../src/commands/runCommand.js';
import { sourcesExportCommand } from '../../src/commands/sourcesExportCommand.js';
import { sourcesImportCommand } from '../../src/commands/sourcesImportCommand.js';
import { sourcesListCommand } from '../../src/commands/sourcesListCommand.js';
import { runBriefing } from '../../src/pipeline.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

// Issue 26: secrets in a source's address never leave the config. Each secret is a string that
// appears nowhere else, so finding it anywhere is a leak.
const SECRETS = ['s3cret', 'abc123', 'pa55word', 'k3y789', 'zz9sig'];

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toUTCString();
// Relative links: resolved against the feed's address, they must not take its password along.
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Private wire</title>
<item><title>Port workers end a week-long strike after a pay deal</title><link>/story-1</link><pubDate>${hoursAgo(1)}</pubDate>
<description>Port workers voted on Sunday to accept a new pay deal, ending a strike that had stopped container traffic for a week.</description></item>
<item><title>City council approves a new tram line to the airport</title><link>/story-2</link><pubDate>${hoursAgo(2)}</pubDate>
<description>The council approved the tram line after a two-year debate; construction starts next spring and should take three years.</description></item>
</channel></rss>`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

function expectNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `"${secret}" in ${where}`).toBe(false);
}

describe('addresses with a password or a token', () => {
  let server: FeedServer;
  let smtp: TestSmtpServer;
  let temp: TempConfig;
  let port: string;
  const terminal: string[] = [];

  beforeAll(async () => {
    server = await startFeedServer({
      '/feed.xml': { status: 401, body: 'who are you?' },
      '/feed?token=abc123': { status: 500 },
      '/loop?sig=zz9sig': { status: 302, headers: { location: '/loop?sig=zz9sig' } },
      '/ok.xml?api_key=k3y789': { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: rss },
    });
    smtp = await startSmtpServer();
    port = new URL(server.url('/')).port;
    const withLogin = (address: string, login: string) => address.replace('http://', `http://${login}@`);
    temp = await writeTempConfig({
      briefing: { title: 'Morning' },
      sources: [
        { name: 'Members', url: withLogin(server.url('/feed.xml'), 'user:s3cret') },
        { name: 'Tokened', url: server.url('/feed?token=abc123') },
        { name: 'Looping', url: server.url('/loop?sig=zz9sig') },
        { name: 'Wire', url: withLogin(server.url('/ok.xml?api_key=k3y789'), 'reader:pa55word') },
      ],
      fetch: { retries: 0 },
      delivery: { email: { from: 'briefing@example.org', to: ['reader@example.org'] } },
    });
    // The pipeline's progress log, as the scheduler and `run` call it, with a real mail server.
    await runBriefing(temp.config, {}, { smtpUrl: smtp.url, log: (line) => terminal.push(line) });
    // `briefing run` twice: the summary for people (progress included), then the --json events.
    for (const json of [false, true]) {
      await runCommand({ config: temp.file, send: true, json }, { out: (text) => terminal.push(text), err: (text) => terminal.push(text), env: { SMTP_URL: smtp.url }, tty: false });
    }
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await smtp.close();
    await temp.cleanup();
  });

  it('still uses the password and the token to fetch the feeds', () => {
    const members = server.requests.find((request) => request.path === '/feed.xml');
    expect(members?.headers.authorization).toBe(`Basic ${Buffer.from('user:s3cret').toString('base64')}`);
    expect(server.count('/feed?token=abc123')).toBeGreaterThan(0);
  });

  it('reports the failures with the secrets replaced by ***', () => {
    const printed = terminal.join('\n');
    expect(printed).toContain(`Members: http://***@127.0.0.1:${port}/feed.xml: HTTP 401 Unauthorized`);
    expect(printed).toContain(`Tokened: http://127.0.0.1:${port}/feed?token=***: HTTP 500 Internal Server Error`);
    expect(printed).toMatch(/Looping: .*redirect loop: .*\/loop\?sig=\*\*\* → .*\/loop\?sig=\*\*\*/);
    expectNoSecret(printed, 'the terminal output of the runs');
  });

  it('writes no secret into the archive, the feeds, the email or the state store', async () => {
    const { archiveDir, stateDir } = temp.config.delivery;
    const files = [...(await filesUnder(archiveDir)), ...(await filesUnder(stateDir))];
    expect(files.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['feed.xml', 'feed.json', 'index.html', 'state.db']));
    expect(files.filter((file) => /\d{4}-\d{2}-\d{2}\.(json|html|txt)$/.test(file))).toHaveLength(3);
    for (const file of files) expectNoSecret((await readFile(file)).toString('latin1'), path.basename(file));
    const json = await readFile(files.find((file) => file.endsWith('.json') && /\d{4}-\d{2}-\d{2}/.test(file))!, 'utf8');
    expect(json).toContain(`http://***@127.0.0.1:${port}/feed.xml: HTTP 401`);
  });

  it('sends no secret by email, and links the stories without the password', () => {
    expect(smtp.received.length).toBeGreaterThan(0);
    for (const { mail } of smtp.received) {
      const html = typeof mail.html === 'string' ? mail.html : '';
      expect(html).toContain(`http://***@127.0.0.1:${port}/feed.xml: HTTP 401`);
      expectNoSecret(`${html}\n${mail.text ?? ''}`, 'the email');
      expect(html).toContain(`http://127.0.0.1:${port}/story-1`);
    }
  });

  it('keeps the feed cache working under a key without the secret', () => {
    const db = new Database(path.join(temp.config.delivery.stateDir, 'state.db'), { readonly: true });
    try {
      const keys = db.prepare<[], { url: string }>('SELECT url FROM feed_cache').all().map((row) => row.url);
      expect(keys).toEqual([expect.stringMatching(new RegExp(`^http://\\*\\*\\*@127\\.0\\.0\\.1:${port}/ok\\.xml\\?api_key=\\*\\*\\* sha256:[0-9a-f]{64}$`))]);
    } finally {
      db.close();
    }
    const wire = server.requests.filter((request) => request.path === '/ok.xml?api_key=k3y789');
    expect(wire.slice(1).map((request) => request.headers['if-none-match'])).toEqual(['"v1"', '"v1"']);
  });

  it('lists the sources and their last errors without secrets', async () => {
    let table = '';
    let rows = '';
    await sourcesListCommand({ config: temp.file }, (text) => (table += text));
    await sourcesListCommand({ config: temp.file, json: true }, (text) => (rows += text));
    expect(table).toContain(`http://***@127.0.0.1:${port}/ok.xml?api_key=***`);
    expectNoSecret(table, 'sources list');
    expectNoSecret(rows, 'sources list --json');
    expect(rows).toContain('HTTP 500');
  });

  it('checks the sources without printing a secret', async () => {
    let printed = '';
    await checkCommand({ config: temp.file }, (text) => (printed += text), (text) => (printed += text));
    expect(printed).toMatch(/✗ Members: http:\/\/\*\*\*@127\.0\.0\.1:\d+\/feed\.xml: HTTP 401/);
    expectNoSecret(printed, 'check');
  });

  it('exports the addresses redacted, and as configured only with --include-secrets', async () => {
    const exported = async (includeSecrets: boolean) => {
      let opml = '';
      let notes = '';
      await sourcesExportCommand({ config: temp.file, includeSecrets }, { out: (text) => (opml += text), err: (text) => (notes += text), now: () => new Date() });
      return { opml, notes };
    };
    const shared = await exported(false);
    expectNoSecret(`${shared.opml}${shared.notes}`, 'sources export');
    expect(shared.opml).toContain(`xmlUrl="http://127.0.0.1:${port}/feed?token=***"`);
    expect(shared.notes).toContain('Hid the password or token in 4 address(es)');
    const full = await exported(true);
    for (const secret of SECRETS) expect(full.opml).toContain(secret);
    expect(full.notes).not.toContain('Hid');

    // Imported into another config, the addresses arrive whole, and the import's report hides them.
    const opml = path.join(temp.dir, 'full.opml');
    const other = path.join(temp.dir, 'other', 'sources.json');
    await writeFile(opml, full.opml);
    let report = '';
    await sourcesImportCommand(opml, { config: other }, (text) => (report += text));
    expect(report).toContain(`+ Members  http://***@127.0.0.1:${port}/feed.xml`);
    expectNoSecret(report, 'sources import');
    for (const secret of SECRETS) expect(await readFile(other, 'utf8')).toContain(secret);
  });
});
