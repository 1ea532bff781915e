import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTempConfig, type TempConfig } from './helpers/tempConfig.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'src', 'cli.ts');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, as a user would (through tsx, so no build is needed). */
function briefing(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env: { ...process.env, SMTP_URL: '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('briefing (CLI)', () => {
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('shows help for the program and for each command', async () => {
    const main = await briefing(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/run \[options\]/);
    expect(main.stdout).toMatch(/check \[options\]/);
    const run = await briefing(['run', '--help']);
    expect(run.stdout).toMatch(/--dry-run/);
    expect(run.stdout).toMatch(/Exit codes/);
  });

  it('check reports every problem with its JSON path and exits 2', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'ok', path: '.' }] });
    const bad = path.join(temp.dir, 'bad.json');
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(bad, JSON.stringify({ briefing: { timezone: 'Nowhere/City' }, sources: [{ name: 'x', url: 'ftp://x' }, { name: 'y' }] })),
    );
    const outcome = await briefing(['check', '--config', bad]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('briefing.timezone:');
    expect(outcome.stderr).toContain('sources[0].url:');
    expect(outcome.stderr).toContain('sources[1]:');
  });

  it('check accepts the shipped sources.json', async () => {
    const outcome = await briefing(['check']);
    expect(outcome.stderr).toMatch(/valid/);
    expect(outcome.code).toBe(0);
  });

  it('run --dry-run prints what it would write and writes nothing', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: path.join(root, 'examples', 'articles') }] });
    const outcome = await briefing(['run', '--config', temp.file, '--dry-run', '--date', '2026-03-04']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/would write .*2026-03-04\.html/);
    expect(outcome.stderr).toMatch(/articles: \d+/);
    expect(existsSync(path.join(temp.dir, 'briefings'))).toBe(false);
  });

  it('run writes the briefing to --out and says where it went', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: path.join(root, 'examples', 'articles') }] });
    const out = path.join(temp.dir, 'elsewhere');
    const outcome = await briefing(['run', '--config', temp.file, '--out', out, '--date', '2026-03-04']);
    expect(outcome.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2026-03-04.html', '2026-03-04.json', '2026-03-04.txt', 'feed.json', 'feed.xml', 'index.html', 'index.json']);
    expect(outcome.stderr).toContain('elsewhere');
  });

  it('run says the mail was not sent when SMTP_URL is missing', async () => {
    temp = await writeTempConfig({
      sources: [{ name: 'Examples', path: path.join(root, 'examples', 'articles') }],
      delivery: { email: { from: 'briefing@example.org', to: ['me@example.org'] } },
    });
    const outcome = await briefing(['run', '--config', temp.file]);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/SMTP_URL is not set/);
  });

  it('run exits 4 when no source gave an article, and still archives the report', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Nothing here', path: 'missing-folder' }] });
    const outcome = await briefing(['run', '--config', temp.file, '--date', '2026-03-04']);
    expect(outcome.code).toBe(4);
    expect(outcome.stderr).toMatch(/Nothing here: no such file or folder/);
    expect(existsSync(path.join(temp.dir, 'briefings', '2026-03-04.json'))).toBe(true);
  });

  it('run exits 2 with a clear message when the config file is missing', async () => {
    const outcome = await briefing(['run', '--config', '/nonexistent/sources.json']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/cannot read the config \/nonexistent\/sources\.json/);
    expect(outcome.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace for user errors
  });

  it('rejects a date that is not YYYY-MM-DD as a usage error', async () => {
    const outcome = await briefing(['run', '--date', '23/11/2026']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('briefing explain (CLI)', () => {
  // Appended to this file without new static imports: the helpers come in through dynamic imports.
  async function withArticle(run: (file: string) => Promise<void>): Promise<void> {
    const fs = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'briefing-explain-'));
    try {
      const file = path.join(dir, 'article.txt');
      await fs.writeFile(file, 'Council approves the budget\nShare\nThe council approved the budget on Monday after a long and heated debate.\nOK\n');
      await run(file);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  it('explain --json prints the cleaned article and its removals on stdout', async () => {
    await withArticle(async (file) => {
      const outcome = await briefing(['explain', file, '--json']);
      expect(outcome.code).toBe(0);
      const result = JSON.parse(outcome.stdout) as { title: string; removed: { text: string; rule: string }[] };
      expect(result.title).toBe('Council approves the budget');
      expect(result.removed).toEqual([
        { text: 'Share', rule: 'share' },
        { text: 'OK', rule: 'button' },
      ]);
    });
  });

  it('explain prints plain text without colour when stdout is not a terminal', async () => {
    await withArticle(async (file) => {
      const outcome = await briefing(['explain', file]);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/^\[share\] Share$/m);
      expect(outcome.stdout).not.toContain('\x1b[');
    });
  });

  it('explain exits 2 with a one-line message naming a missing file', async () => {
    const outcome = await briefing(['explain', '/nonexistent/article.txt']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('briefing: no such file: /nonexistent/article.txt\n');
  });
});

describe('briefing schedule (CLI)', () => {
  // Appended without new static imports, like the block above.
  const examples = path.join(root, 'examples', 'articles');
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  /** `briefing schedule` in a child process; resolves with its exit and everything it printed. */
  async function startSchedule(config: string) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'schedule', '--config', config], {
      cwd: root,
      env: { ...process.env, SMTP_URL: '' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const done = new Promise<{ code: number | null; stdout: string }>((resolve) => {
      child.on('close', (code) => {
        resolve({ code, stdout });
      });
    });
    const waitFor = async (pattern: RegExp, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(stdout)) {
        if (Date.now() > deadline) throw new Error(`${String(pattern)} not printed within ${timeoutMs} ms:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    return { child, done, waitFor };
  }

  it('documents exit code 5 and the schedule command', async () => {
    const run = await briefing(['run', '--help']);
    expect(run.stdout).toMatch(/^ {2}5 {2}another run of this config/m);
    const schedule = await briefing(['schedule', '--help']);
    expect(schedule.code).toBe(0);
    expect(schedule.stdout).toMatch(/--no-catch-up/);
    expect(schedule.stdout).toMatch(/SIGTERM/);
  });

  it('runs on the schedule, logs one line per run and exits 0 on SIGTERM', async () => {
    temp = await writeTempConfig({ briefing: { schedule: '*/1 * * * * *', timezone: 'Asia/Riyadh' }, sources: [{ name: 'Examples', path: examples }] });
    const scheduler = await startSchedule(temp.file);
    await scheduler.waitFor(/Z run \d{4}-\d\d-\d\d ok: 1 source, \d+ articles, \d+ stories, archived only, \d+\.\d s\n/);
    scheduler.child.kill('SIGTERM');
    const { code, stdout } = await scheduler.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/SIGTERM: stopping; a run in progress finishes first/);
    expect(stdout).toMatch(/scheduler stopped\n$/);
    expect(existsSync(path.join(temp.dir, '.briefing', 'run.lock'))).toBe(false);
  });

  it('a second signal cancels the run in progress: nothing archived, lock released, exit 0', async () => {
    const { startFeedServer } = await import('./helpers/feedServer.js');
    const server = await startFeedServer({ '/slow.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel></channel></rss>', delayMs: 30_000 } });
    try {
      temp = await writeTempConfig({
        sources: [
          { name: 'Examples', path: examples },
          { name: 'Slow feed', url: server.url('/slow.xml') },
        ],
      });
      // No run yet, so the catch-up run starts at once and waits on the slow feed.
      const scheduler = await startSchedule(temp.file);
      await scheduler.waitFor(/catch-up: .* running now\n/);
      const deadline = Date.now() + 15_000;
      while (server.requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      scheduler.child.kill('SIGINT');
      await scheduler.waitFor(/SIGINT: stopping/);
      scheduler.child.kill('SIGINT');
      const { code, stdout } = await scheduler.done;
      expect(code).toBe(0);
      expect(stdout).toMatch(/SIGINT: cancelling the run in progress\n.*Z run \d{4}-\d\d-\d\d failed: aborted by a signal before it finished, \d+\.\d s\n.*scheduler stopped\n$/);
      expect(existsSync(path.join(temp.dir, 'briefings'))).toBe(false);
      expect(existsSync(path.join(temp.dir, '.briefing', 'run.lock'))).toBe(false);
    } finally {
      await server.close();
    }
  });
});

describe('briefing run --json', () => {
  it('logs one JSON object per source and one for the run, with stage timings', async () => {
    const temp = await writeTempConfig({ sources: [{ name: 'Examples', path: path.join(root, 'examples', 'articles') }] });
    try {
      const outcome = await briefing(['run', '--config', temp.file, '--json', '--date', '2026-03-04']);
      expect(outcome.code).toBe(0);
      const events = outcome.stderr.trim().split('\n').map((line) => JSON.parse(line) as { event: string; timings?: Record<string, number> });
      expect(events.map((event) => event.event)).toEqual(['source', 'run']);
      expect(Object.keys(events[1]?.timings ?? {})).toEqual(expect.arrayContaining(['collect', 'clean', 'dedupe', 'group', 'summarize', 'render', 'deliver']));
    } finally {
      await temp.cleanup();
    }
  });
});

describe('briefing --version, --quiet and sources (CLI)', () => {
  // Appended without new static imports, like the blocks above.
  const examples = path.join(root, 'examples', 'articles');
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('prints the version of package.json with --version and -V', async () => {
    const { readFile } = await import('node:fs/promises');
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const outcome = await briefing([flag]);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toBe(`${version}\n`);
    }
  });

  it('run --quiet prints nothing when all went well, and only the error when not', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: examples }] });
    const ok = await briefing(['run', '--config', temp.file, '--date', '2026-03-04', '--quiet']);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(temp.dir, 'briefings', '2026-03-04.html'))).toBe(true);
    await temp.cleanup();
    temp = await writeTempConfig({ sources: [{ name: 'Nothing here', path: 'missing-folder' }] });
    const empty = await briefing(['run', '--config', temp.file, '--quiet']);
    expect(empty.code).toBe(4);
    expect(empty.stderr).toMatch(/^ {2}✗ Nothing here: no such file or folder.*\nNo articles: no source could be read \(see the sources above\)\.\n$/);
    const both = await briefing(['run', '--quiet', '--json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with option '--json'/);
  });

  it('check --quiet prints nothing for a good config, and only the sources that could not be read', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: examples }, { name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }] });
    const outcome = await briefing(['check', '--config', temp.file, '--quiet']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^✗ Nowhere: .+\n$/);
    const valid = await briefing(['check', '--config', temp.file, '--quiet', '--no-probe']);
    expect(valid).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('schedule --quiet logs nothing for runs that went well, and failed runs on stderr', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFile } = await import('node:fs/promises');
    const schedule = async (config: string, until: (out: { stdout: string; stderr: string }) => boolean) => {
      const child = spawn(process.execPath, ['--import', 'tsx', cli, 'schedule', '--quiet', '--config', config], { cwd: root, env: { ...process.env, SMTP_URL: '' } });
      const out = { stdout: '', stderr: '' };
      child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      const deadline = Date.now() + 20_000;
      while (!until(out) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill('SIGTERM');
      return { code: await closed, ...out };
    };
    temp = await writeTempConfig({ briefing: { schedule: '*/1 * * * * *' }, sources: [{ name: 'Examples', path: examples }] });
    const archived = path.join(temp.dir, 'briefings', 'feed.json');
    const good = await schedule(temp.file, () => existsSync(archived));
    expect(existsSync(archived)).toBe(true);
    expect(good).toEqual({ code: 0, stdout: '', stderr: '' });

    // An archive folder that is a file: every run fails.
    await writeFile(path.join(temp.dir, 'blocked'), '');
    await writeFile(temp.file, JSON.stringify({ briefing: { schedule: '*/1 * * * * *' }, sources: [{ name: 'Examples', path: examples }], delivery: { archiveDir: 'blocked' } }));
    const bad = await schedule(temp.file, (out) => / run \d{4}-\d\d-\d\d failed: /.test(out.stderr));
    expect(bad.code).toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ run \d{4}-\d\d-\d\d failed: /m);
    expect(bad.stderr).not.toMatch(/ ok: | scheduler started| SIGTERM: stopping/);
  });

  it('imports, exports and lists sources', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: examples }] });
    const help = await briefing(['sources', '--help']);
    expect(help.stdout).toMatch(/import \[options\] <file>/);
    expect(help.stdout).toMatch(/export \[options\]/);
    expect(help.stdout).toMatch(/list \[options\]/);
    const opml = path.join(root, 'tests', 'fixtures', 'opml', 'subscriptions.opml');
    const imported = await briefing(['sources', 'import', opml, '--config', temp.file, '--folders-as-topics']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Added 8 of 10 feed\(s\) from subscriptions\.opml/);
    const exported = await briefing(['sources', 'export', '--config', temp.file]);
    expect(exported.stdout).toContain('<outline text="Tech &amp; Science" title="Tech &amp; Science">');
    expect(exported.stderr).toBe('Left out 1 local source(s), since OPML lists feeds: Examples\n');
    const listed = await briefing(['sources', 'list', '--config', temp.file]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Examples\s+files\s+.*never run$/m);
    expect(listed.stdout).toMatch(/^Old blog \(disabled\)\s+feed\s+https:\/\/old-blog\.example\/feed\?format=rss&lang=en\s+never run$/m);
  });
});

describe('briefing run with feeds older than briefing.maxAgeHours (issue 24)', () => {
  // Appended without new static imports, like the blocks above.
  // Feeds whose items are all three days old: the run reads them ("ok") and leaves every item out.
  const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const feed = (site: string, hours: readonly number[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>${hours
      .map(
        (hour) =>
          `<item><title>${site} reports story ${hour} of the day</title><link>https://${site}/${hour}</link><pubDate>${new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`).toUTCString()}</pubDate><description>What happened at ${hour} o'clock on ${site}, told in a sentence or two for the briefing.</description></item>`,
      )
      .join('')}</channel></rss>`;
  let temp: TempConfig | undefined;
  let server: { url: (path: string) => string; close: () => Promise<void> } | undefined;
  afterEach(async () => {
    await server?.close();
    await temp?.cleanup();
    server = undefined;
    temp = undefined;
  });

  it('exits 4 saying the items were too old, with skippedOld per source in the archive; --date of their day makes the briefing', async () => {
    const { startFeedServer } = await import('./helpers/feedServer.js');
    const rss = { 'content-type': 'application/rss+xml' };
    const feeds = await startFeedServer({ '/aljazeera.xml': { headers: rss, body: feed('aljazeera.example', [8, 10, 12]) }, '/bbc.xml': { headers: rss, body: feed('bbc.example', [9, 11]) } });
    server = feeds;
    temp = await writeTempConfig({
      briefing: { timezone: 'UTC' },
      sources: [
        { name: 'Al Jazeera', url: feeds.url('/aljazeera.xml') },
        { name: 'BBC World', url: feeds.url('/bbc.xml') },
      ],
    });

    const empty = await briefing(['run', '--config', temp.file]);
    expect(empty.code).toBe(4);
    expect(empty.stderr).toMatch(/sources: 2 ok, 0 failed, 0 empty/);
    expect(empty.stderr).toMatch(/^ {4}Al Jazeera: 3 older than 36 h left out$/m);
    expect(empty.stderr).toMatch(/^ {4}BBC World: 2 older than 36 h left out$/m);
    expect(empty.stderr).toContain(`No articles: all 5 items were older than 36 h (briefing.maxAgeHours); the newest is from ${day}, so use --date ${day} or raise the limit.`);
    const archive = path.join(temp.dir, 'briefings');
    const json = (await readdir(archive)).find((file) => /^\d{4}-\d\d-\d\d\.json$/.test(file));
    const archived = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(path.join(archive, json ?? ''), 'utf8'))) as {
      maxAgeHours: number;
      sources: { name: string; status: string; skippedOld?: number }[];
    };
    expect(archived.maxAgeHours).toBe(36);
    expect(archived.sources.map((source) => [source.name, source.status, source.skippedOld])).toEqual([
      ['Al Jazeera', 'ok', 3],
      ['BBC World', 'ok', 2],
    ]);
    // The email itself says why it is empty, in both parts, and lists what each source left out.
    const email = await import('node:fs/promises').then((fs) => Promise.all(['txt', 'html'].map((ext) => fs.readFile(path.join(archive, (json ?? '').replace(/json$/, ext)), 'utf8'))));
    for (const part of email) {
      expect(part).toContain('No articles today: all 5 items the sources gave were older than 36 h.');
      expect(part).toMatch(/3 older than 36 h left out/);
    }

    const dated = await briefing(['run', '--config', temp.file, '--date', day, '--json']);
    expect(dated.code).toBe(0);
    const run = dated.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; articles?: number; asOf?: string; maxAgeHours?: number; skippedOld?: Record<string, number> })
      .find((event) => event.event === 'run');
    expect(run).toMatchObject({ articles: 5, asOf: `${day}T23:59:59.999Z`, maxAgeHours: 36, skippedOld: {} });
  }, 60_000);

  it('logs the items left out for their age per source in the --json run event', async () => {
    const { startFeedServer } = await import('./helpers/feedServer.js');
    const feeds = await startFeedServer({ '/bbc.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feed('bbc.example', [9, 11]) } });
    server = feeds;
    temp = await writeTempConfig({ sources: [{ name: 'BBC World', url: feeds.url('/bbc.xml') }] });
    const outcome = await briefing(['run', '--config', temp.file, '--json', '--dry-run']);
    expect(outcome.code).toBe(4);
    // Every line stays one JSON object: the reason for the empty briefing is in the run event.
    const run = outcome.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; skippedOld?: Record<string, number>; articles?: number; noArticles?: string })
      .find((event) => event.event === 'run');
    expect(run).toMatchObject({ articles: 0, skippedOld: { 'BBC World': 2 } });
    expect(run?.noArticles).toMatch(/^No articles: all 2 items were older than 36 h/);
  });
});
