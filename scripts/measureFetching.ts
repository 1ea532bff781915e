import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config/load.js';
import { runBriefing } from '../src/pipeline.js';

// `npx tsx scripts/measureFetching.ts`: 50 feeds on 127.0.0.1, 10 of them slow or broken; two runs
// in a row with one state folder. Prints the wall time of each run and, for the second, how many
// requests were conditional and answered 304 rather than 200.
const GOOD = 40;
const statuses = { 200: 0, 304: 0, other: 0 };
const requests = { total: 0, conditional: 0 };

const feed = (n: number) => {
  const items = Array.from({ length: 20 }, (_, i) => {
    const id = `${n}-${i}`;
    return `<item><title>Feed ${n} story ${i}: council report on harbour works ${id}</title><link>https://feeds.example/${id}</link><guid>${id}</guid><pubDate>${new Date(Date.now() - i * 3_600_000).toUTCString()}</pubDate><description><![CDATA[<p>The council published its report on the harbour works number ${id} on Monday, with new figures for traffic, costs and the schedule of the next phase.</p>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${n}</title>${items.join('')}</channel></rss>`;
};
const bodies = Array.from({ length: GOOD }, (_, n) => feed(n));

const server = createServer((request, response) => {
  requests.total++;
  const n = Number(/\/feed-(\d+)\.xml/.exec(request.url ?? '')?.[1] ?? -1);
  const conditional = request.headers['if-none-match'] !== undefined;
  if (conditional) requests.conditional++;
  const reply = (status: number, headers: Record<string, string> = {}, body = '') => {
    if (status === 200) statuses[200]++;
    else if (status === 304) statuses[304]++;
    else statuses.other++;
    response.writeHead(status, headers).end(body);
  };
  const etag = `"v1-${n}"`;
  if (n >= 0 && n < GOOD && request.headers['if-none-match'] === etag) reply(304, { etag });
  else if (n >= 0 && n < GOOD) reply(200, { 'content-type': 'application/rss+xml', etag }, bodies[n]);
  else if (n < GOOD + 5) setTimeout(() => { reply(200, { 'content-type': 'application/rss+xml' }, feed(n)); }, 30_000); // slow
  else if (n < GOOD + 8) reply(503, { 'retry-after': '1' }, 'busy');
  else reply(200, { 'content-type': 'application/rss+xml' }, '\u0000\u0001garbage\u00ff'); // garbage
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
// Ten hosts, as real feeds come from many sites: the whole 127.0.0.0/8 range is loopback on Linux,
// so the same handler also listens on 127.0.0.2 … 127.0.0.10 (same port when it is free).
const others = await Promise.all(
  Array.from({ length: 9 }, async (_, i) => {
    const extra = createServer((request, response) => {
      server.emit('request', request, response);
    });
    await new Promise<void>((resolve, reject) => {
      extra.once('error', reject);
      extra.listen(port, `127.0.0.${i + 2}`, resolve);
    });
    return extra;
  }),
);
const host = (n: number) => `127.0.0.${(n % 10) + 1}`;

const dir = await mkdtemp(path.join(tmpdir(), 'measure-fetching-'));
await writeFile(
  path.join(dir, 'sources.json'),
  JSON.stringify({
    sources: Array.from({ length: 50 }, (_, n) => ({ name: `Feed ${n}`, url: `http://${host(n)}:${port}/feed-${n}.xml` })),
    fetch: { timeoutSeconds: 5, retries: 1, deadlineSeconds: 30 },
  }),
);
const { config } = await loadConfig(path.join(dir, 'sources.json'));
console.log('50 feeds on loopback: 40 good (ETag), 5 answering after 30 s, 3 answering 503, 2 sending garbage');
console.log('fetch settings: timeout 5 s, 1 retry, deadline 30 s, 8 sources at a time, 2 requests per host; 10 hosts (127.0.0.1-10)');
for (const run of [1, 2]) {
  Object.assign(statuses, { 200: 0, 304: 0, other: 0 });
  Object.assign(requests, { total: 0, conditional: 0 });
  const started = performance.now();
  const result = await runBriefing(config, {}, {});
  const seconds = (performance.now() - started) / 1000;
  const failed = result.briefing.sources.filter((source) => source.status === 'failed').length;
  console.log(
    `run ${run}: ${seconds.toFixed(1)} s wall; requests ${requests.total} (${requests.conditional} conditional); answers 200: ${statuses[200]}, 304: ${statuses[304]}, other: ${statuses.other}; sources failed: ${failed}; stories: ${result.briefing.stats.stories}`,
  );
}
for (const each of [server, ...others]) {
  each.closeAllConnections();
  each.close();
}
await rm(dir, { recursive: true, force: true });
