import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isTag, type AnyNode, type Document } from 'domhandler';
import { removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { decodeBytes } from '../../src/collect/decodeBytes.js';
import { findPageDate } from '../../src/date/findPageDate.js';
import { readUrlDate } from '../../src/date/readUrlDate.js';
import type { DateSource } from '../../src/types.js';

// `npm run eval:dates [-- --data DIR] [-- --failures]`: dates every page of ../shared/eval/dates
// (read in place, never copied) with findPageDate, the function the file and full-page collectors
// call, and prints the share of pages dated to the expected day (±1 for time zones), by where the
// date came from. Pages are sorted by file name; the even-indexed half is the one the rules were
// tuned on, the odd-indexed half is only ever reported. `--failures` lists the tuned half's misses
// (never the other half's). Each page is dated twice: with its address, as a page fetched for a
// teaser feed is, and without, as a local file that declares no address is; and a third time
// with every date stated for machines taken out (meta tags, JSON-LD, <time>, itemprop, the
// address), to see how the rules for printed dates fare on their own, as on an old saved page.
// Last, a check on other pages: those of ../shared/eval/extraction/aeb whose address holds the
// day, dated from the page alone.
const dataArg = process.argv.indexOf('--data');
const data = dataArg > 0 && process.argv[dataArg + 1] ? path.resolve(process.argv[dataArg + 1]!) : fileURLToPath(new URL('../../../shared/eval/dates/', import.meta.url));
const showFailures = process.argv.includes('--failures');
const aeb = fileURLToPath(new URL('../../../shared/eval/extraction/aeb/', import.meta.url));
const DAY_MS = 86_400_000;
const now = new Date();

interface Outcome {
  file: string;
  half: 'tuned' | 'other';
  expected: string;
  found?: string;
  dateSource: DateSource;
  evidence: string;
  right: boolean;
}

type Row = Record<string, { pages: number; right: number }>;

function main(): void {
  const expected = readJson(path.join(data, 'expected.json')) as Record<string, string | null>;
  const meta = readJson(path.join(data, 'meta.json')) as Record<string, { url?: string }>;
  // A page whose expected day is unknown (NaN in the file) cannot be scored; it is counted apart.
  const all = readdirSync(path.join(data, 'html')).sort();
  const files = all.filter((file) => typeof expected[file] === 'string');
  // The month names and patterns are built on first use, once per process: timed apart.
  const warming = performance.now();
  findPageDate('<p>1 January 2020</p>', { now });
  const warmUp = performance.now() - warming;
  const pages: { text: string; url?: string }[] = [];
  const withUrl: Outcome[] = [];
  const withoutUrl: Outcome[] = [];
  const mtime: Outcome[] = [];
  const printedOnly: Outcome[] = [];
  files.forEach((file, index) => {
    const half = index % 2 === 0 ? 'tuned' : 'other';
    const bytes = readFileSync(path.join(data, 'html', file));
    const { text } = decodeBytes(bytes, 'text/html');
    const day = expected[file]!;
    const url = meta[file]?.url;
    pages.push({ text, ...(url ? { url } : {}) });
    withUrl.push(score(file, half, day, findPageDate(text, { now, ...(url ? { url } : {}) })));
    withoutUrl.push(score(file, half, day, findPageDate(text, { now })));
    printedOnly.push(score(file, half, day, findPageDate(withoutMachineDates(parseDocument(text, { decodeEntities: true })), { now })));
    const modified = statSync(path.join(data, 'html', file)).mtime.toISOString();
    mtime.push(score(file, half, day, { published: modified, dateSource: 'file', evidence: 'mtime' }));
  });
  // Timed on a second pass, once the code is compiled, as in a run that reads many pages.
  const started = performance.now();
  for (const page of pages) findPageDate(page.text, { now, ...(page.url ? { url: page.url } : {}) });
  const milliseconds = performance.now() - started;
  console.log(`Dates: ${files.length} pages of ${data} (right: the expected day ±1; ${all.length - files.length} without an expected day left out), ${(milliseconds / files.length).toFixed(1)} ms a page`);
  console.log(`(and ${warmUp.toFixed(0)} ms once per process, on first use, to build the month names and patterns)\n`);
  printTable('with the page address (full pages of teaser feeds)', withUrl);
  const exact = withUrl.filter((outcome) => outcome.found === outcome.expected).length;
  console.log(`  exact day (no ±1): ${(exact / withUrl.length).toFixed(3)} (${exact}/${withUrl.length}); the UTC day of the date found\n`);
  printTable('without an address (local files that declare none)', withoutUrl);
  printTable('printed dates only (meta, JSON-LD, <time>, itemprop and the address taken out)', printedOnly);
  printTable('file modification time (no date extraction)', mtime);
  checkAgainstAddresses();
  if (showFailures) {
    console.log('Misses in the tuned half (with the address):');
    for (const outcome of withUrl.filter((candidate) => candidate.half === 'tuned' && !candidate.right)) {
      console.log(`  ${outcome.file}: expected ${outcome.expected}, got ${outcome.found ?? 'none'} (${outcome.dateSource}: ${outcome.evidence})`);
    }
    console.log('Misses in the tuned half (printed dates only):');
    for (const outcome of printedOnly.filter((candidate) => candidate.half === 'tuned' && !candidate.right)) {
      console.log(`  ${outcome.file}: expected ${outcome.expected}, got ${outcome.found ?? 'none'} (${outcome.dateSource}: ${outcome.evidence})`);
    }
  }
}

/**
 * A check on pages no rule was tuned on: the article-extraction benchmark's pages whose address
 * holds the day, dated from the page alone (its address, canonical link and og:url taken out).
 */
function checkAgainstAddresses(): void {
  let truth: Record<string, { url: string }>;
  try {
    truth = JSON.parse(readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  } catch {
    return;
  }
  let pages = 0;
  let right = 0;
  for (const [id, { url }] of Object.entries(truth)) {
    const day = readUrlDate(url);
    if (!day) continue;
    const html = decodeBytes(gunzipSync(readFileSync(path.join(aeb, 'html', `${id}.html.gz`))), 'text/html').text.replace(/<link[^>]*canonical[^>]*>|<meta[^>]*og:url[^>]*>/gi, '');
    const found = findPageDate(html, { now });
    pages++;
    if (found && Math.abs(Date.parse(found.published) - day.getTime()) <= 1.5 * DAY_MS) right++;
  }
  console.log(`extraction pages (aeb) whose address holds the day, dated without the address: ${(right / pages).toFixed(3)} (${right}/${pages})\n`);
}

/** The page without what states a date for machines: what is left is what a reader sees. */
function withoutMachineDates(document: Document): Document {
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const { name, attribs } = node;
    if (name === 'meta' || name === 'link' || (name === 'script' && attribs.type?.includes('ld+json'))) {
      removeElement(node);
      continue;
    }
    if (name === 'time') node.name = 'span';
    delete attribs.itemprop;
    delete attribs.datetime;
    delete attribs.pubdate;
    stack.push(...node.children);
  }
  return document;
}

// The set was written by Python's json module, which writes a missing date as NaN.
function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8').replace(/:\s*NaN\b/g, ': null'));
}

function score(file: string, half: Outcome['half'], expected: string, found: { published: string; dateSource: DateSource; evidence: string } | undefined): Outcome {
  const right = found !== undefined && Math.abs(Date.parse(found.published) - Date.parse(`${expected}T12:00:00Z`)) <= 1.5 * DAY_MS;
  return { file, half, expected, ...(found ? { found: found.published.slice(0, 10), evidence: found.evidence } : { evidence: 'no date' }), dateSource: found?.dateSource ?? 'file', right };
}

function printTable(title: string, outcomes: readonly Outcome[]): void {
  const rows: Record<string, Row> = { all: {}, 'tuned half': {}, 'other half': {} };
  for (const outcome of outcomes) {
    for (const row of ['all', outcome.half === 'tuned' ? 'tuned half' : 'other half']) {
      for (const column of ['total', outcome.dateSource]) {
        const cell = (rows[row]![column] ??= { pages: 0, right: 0 });
        cell.pages++;
        if (outcome.right) cell.right++;
      }
    }
  }
  const columns = ['total', 'page', 'url', 'text', 'file'];
  console.log(title);
  console.log(`  ${''.padEnd(11)}${columns.map((column) => column.padStart(15)).join('')}`);
  for (const [name, row] of Object.entries(rows)) {
    const cells = columns.map((column) => {
      const cell = row[column];
      return (cell ? `${(cell.right / cell.pages).toFixed(3)} (${cell.right}/${cell.pages})` : '-').padStart(15);
    });
    console.log(`  ${name.padEnd(11)}${cells.join('')}`);
  }
  console.log('');
}

main();
