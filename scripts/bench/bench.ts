import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateFeeds } from './generateFeeds.js';
import { loadTextBank } from './loadTextBank.js';

// `npm run bench [-- --feeds 300 --items 30 --rounds 1 --distinct --user-patterns]`: a full `briefing run` (archive
// only) over synthetic feeds served on loopback, and, when rss2email (`r2e`) is installed, rss2email
// on the same feeds in the same process run, alternating A/B. `--distinct`: every item a different
// story in one shared vocabulary (see generateFeeds), the worst case for grouping. `--user-patterns`:
// a config with a few `cleaning.removePatterns` of the kind users write, tried on every line.
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" passes Node flags to the measured run.
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const FEEDS = argument('feeds', 300);
const ITEMS = argument('items', 30);
const ROUNDS = argument('rounds', 1);
const HOSTS = 20;
const root = fileURLToPath(new URL('../../', import.meta.url));

const DISTINCT = process.argv.includes('--distinct');
const USER_PATTERNS = process.argv.includes('--user-patterns')
  ? ['^advertisement$', String.raw`^(?:sponsored|promoted) by\b`, String.raw`\bsubscribe\b.*\bnewsletter\b`, String.raw`^photo:\s*\S+$`, 'اقرأ أيضا']
  : [];
const bank = loadTextBank();
const bodies = generateFeeds(FEEDS, ITEMS, Date.now(), bank, DISTINCT);
const handler = (request: { url?: string }, response: { writeHead: (s: number, h: Record<string, string>) => { end: (b: string) => void } }) => {
  const n = Number(/feed-(\d+)\.xml/.exec(request.url ?? '')?.[1] ?? -1);
  const body = bodies[n];
  if (body === undefined) response.writeHead(404, {}).end('not found');
  else response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
};
// Feeds come from many sites: the same server answers on 127.0.0.1 … 127.0.0.20 (all loopback).
const servers: Server[] = [];
let port = 0;
for (let host = 1; host <= HOSTS; host++) {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, `127.0.0.${host}`, resolve);
  });
  port = (server.address() as AddressInfo).port;
  servers.push(server);
}
const urlOf = (n: number) => `http://127.0.0.${(n % HOSTS) + 1}:${port}/feed-${n}.xml`;

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
  timings?: Record<string, number>;
  articles?: number;
  stories?: number;
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? ((error as { code?: number }).code ?? 1) : 0 });
    });
  });
}

async function ours(work: string): Promise<Measure> {
  const dir = path.join(work, 'ours');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'sources.json'),
    JSON.stringify({
      sources: Array.from({ length: FEEDS }, (_, n) => ({ name: `Feed ${n}`, url: urlOf(n) })),
      fetch: { deadlineSeconds: 600 },
      ...(USER_PATTERNS.length > 0 ? { cleaning: { removePatterns: USER_PATTERNS } } : {}),
    }),
  );
  const started = performance.now();
  const result = await run(process.execPath, [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), path.join(root, 'dist', 'cli.js'), 'run', '--config', path.join(dir, 'sources.json'), '--json', '--no-send'], { env: { ...process.env, SMTP_URL: '' } });
  const wall = (performance.now() - started) / 1000;
  const event = JSON.parse(result.stderr.trim().split('\n').at(-1) ?? '{}') as {
    timings?: Record<string, number>;
    articles?: number;
    stories?: number;
    resources?: { cpuUserMs: number; cpuSystemMs: number; maxRssMb: number };
  };
  if (!event.resources) throw new Error(`briefing run failed (exit ${result.code}): ${result.stderr.slice(-500)}`);
  return {
    wall,
    cpu: (event.resources.cpuUserMs + event.resources.cpuSystemMs) / 1000,
    rssMb: event.resources.maxRssMb,
    ...(event.timings ? { timings: event.timings } : {}),
    ...(event.articles === undefined ? {} : { articles: event.articles }),
    ...(event.stories === undefined ? {} : { stories: event.stories }),
  };
}

// rss2email on the same feeds: a fresh database each round so every item is new, one digest
// email per feed (its digest mode), "sent" through a sendmail that discards the message.
async function rss2email(work: string): Promise<Measure> {
  const dir = path.join(work, 'r2e');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const sendmail = path.join(dir, 'sendmail');
  await writeFile(sendmail, '#!/bin/sh\ncat > /dev/null\n', { mode: 0o755 });
  const config = path.join(dir, 'r2e.cfg');
  const data = path.join(dir, 'r2e.json');
  const opml = path.join(dir, 'feeds.opml');
  await writeFile(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${Array.from({ length: FEEDS }, (_, n) => `<outline type="rss" text="feed${n}" xmlUrl="${urlOf(n)}"/>`).join('')}</body></opml>`,
  );
  execFileSync('r2e', ['-c', config, '-d', data, 'new', 'reader@example.org'], { stdio: 'ignore' });
  execFileSync('r2e', ['-c', config, '-d', data, 'opmlimport', opml], { stdio: 'ignore' });
  const settings = (await import('node:fs/promises')).readFile(config, 'utf8');
  await writeFile(config, (await settings).replace(/^sendmail = .*$/m, `sendmail = ${sendmail}`).replace(/^digest = .*$/m, 'digest = True'));
  // Python's getrusage(RUSAGE_CHILDREN) gives rss2email's CPU time and peak memory.
  const probe = `import resource,subprocess,sys,time\nt=time.time()\nsubprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)\nu=resource.getrusage(resource.RUSAGE_CHILDREN)\nprint(time.time()-t,u.ru_utime+u.ru_stime,u.ru_maxrss/1024)`;
  const result = await run('python3', ['-c', probe, 'r2e', '-c', config, '-d', data, 'run']);
  const [wall, cpu, rssMb] = result.stdout.trim().split(' ').map(Number);
  return { wall: wall ?? NaN, cpu: cpu ?? NaN, rssMb: rssMb ?? NaN };
}

const hasR2e = (() => {
  try {
    execFileSync('r2e', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const work = await mkdtemp(path.join(tmpdir(), 'briefing-bench-'));
const articles = FEEDS * ITEMS;
console.log(`${FEEDS} feeds × ${ITEMS} items = ${articles} articles (half Arabic, half English), served on ${HOSTS} loopback hosts; Node ${process.version}`);
console.log(
  DISTINCT
    ? `text: every item a different article, six sentences of different ${bank ? 'real articles (ECB+ and ANT)' : 'made-up stories'} (--distinct)`
    : bank
      ? `text: retold articles of ECB+ and ANT (../shared/eval), ${bank.en.length} English and ${bank.ar.length} Arabic bases`
      : 'text: made-up stories (../shared/eval not found)',
);
if (USER_PATTERNS.length > 0) console.log(`cleaning.removePatterns: ${USER_PATTERNS.map((pattern) => JSON.stringify(pattern)).join(', ')}`);
const oursRuns: Measure[] = [];
const theirs: Measure[] = [];
for (let round = 0; round < ROUNDS; round++) {
  oursRuns.push(await ours(work));
  if (hasR2e) theirs.push(await rss2email(work));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const best = oursRuns[oursRuns.length - 1]!;
const wall = median(oursRuns.map((m) => m.wall));
console.log(`daily-briefing: wall ${wall.toFixed(2)} s, CPU ${median(oursRuns.map((m) => m.cpu)).toFixed(2)} s, peak RSS ${median(oursRuns.map((m) => m.rssMb)).toFixed(0)} MB, ${(articles / wall).toFixed(0)} articles/s (${best.articles ?? '?'} kept after folding copies, ${best.stories ?? '?'} stories)`);
console.log(`  stages (ms): ${Object.entries(best.timings ?? {}).map(([stage, ms]) => `${stage} ${ms}`).join(', ')}`);
console.log(`  time per article: ${((wall / articles) * 1e6).toFixed(0)} µs`);
if (hasR2e) {
  const theirWall = median(theirs.map((m) => m.wall));
  console.log(`rss2email 3.13: wall ${theirWall.toFixed(2)} s, CPU ${median(theirs.map((m) => m.cpu)).toFixed(2)} s, peak RSS ${median(theirs.map((m) => m.rssMb)).toFixed(0)} MB`);
  console.log(`ratio (ours / rss2email, wall): ${(wall / theirWall).toFixed(3)} (target ≤ ${DISTINCT ? 0.3 : 0.25})`);
} else {
  console.log('rss2email is not installed: `sudo apt-get install rss2email` (Debian) to compare against it in the same run.');
}
for (const server of servers) server.close();
await rm(work, { recursive: true, force: true });
