import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { decodeBytes } from '../../src/collect/decodeBytes.js';
import type { FeedEntry } from '../../src/collect/feedEntry.js';
import { readFeedDate } from '../../src/collect/readFeedDate.js';
import { isJsonFeed, readJsonFeed } from '../../src/collect/readJsonFeed.js';
import { readXmlFeed } from '../../src/collect/readXmlFeed.js';
import { SourceError } from '../../src/errors.js';
import type { RawDocument } from '../../src/types.js';
import { readCorpus, type CorpusFile } from './feedCorpus.js';
import { readExpectation, utcFields, type Check, type CheckKind } from './feedExpect.js';
import { textOfHtml } from './feedText.js';

// `npm run eval:feeds [-- --files]`: serves every file of ../shared/eval/feeds/feedparser (read in
// place) from one HTTP server on 127.0.0.1, with the file's `Header:` lines as response headers,
// and runs the real feed collector on each (fetch, decode, parse, items → documents), then the
// cleaning stage on every document. A file ends in one of three ways: parsed (with or without
// items), a clean per-source error (SourceError, as the briefing reports it), or a crash (any
// other exception, or no answer in 30 s). `--files` lists the files that crashed, failed or whose
// mapped expectations did not match.

interface Outcome {
  file: CorpusFile;
  status: 'items' | 'empty' | 'error' | 'crash';
  reason?: string;
  documents: RawDocument[];
  /** Items read, with the ones skipped for having no title, link or content. */
  itemsRead: number;
  encoding?: string;
  /** Position of each feedparser entry among our documents (skipped items leave a gap). */
  byEntry: (RawDocument | undefined)[];
  /** The feed's entries as the reader saw them, before items with nothing to show were skipped. */
  entries: FeedEntry[];
}

const listFiles = process.argv.includes('--files');
const rules = compileRules();

async function main(): Promise<void> {
  const corpus = readCorpus();
  const started = performance.now();
  const server = await serve(corpus);
  const outcomes = await runAll(corpus, server.base, 16);
  const seconds = (performance.now() - started) / 1000;
  await server.close();
  const rows = new Map<string, Outcome[]>();
  for (const outcome of outcomes) rows.set(outcome.file.folder, [...(rows.get(outcome.file.folder) ?? []), outcome]);
  printTable(rows, seconds);
  printEncodingText(outcomes.filter((outcome) => outcome.file.folder === 'encoding' || outcome.file.folder === 'illformed/chardet'));
}

async function serve(files: readonly CorpusFile[]): Promise<{ base: string; close(): Promise<void> }> {
  const byPath = new Map(files.map((file) => [`/${file.path}`, file]));
  const http = createServer((request, response) => {
    const file = byPath.get(decodeURI(request.url ?? '/'));
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, file.headers).end(file.bytes);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => {
          resolve();
        });
      }),
  };
}

async function runAll(files: readonly CorpusFile[], base: string, concurrency: number): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await runOne(files[index]!, base);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function runOne(file: CorpusFile, base: string): Promise<Outcome> {
  const outcome: Outcome = { file, status: 'crash', documents: [], itemsRead: 0, byEntry: [], entries: [] };
  const source = createFeedSource({ name: file.path, url: `${base}/${file.path}`, retries: 0, timeoutMs: 15_000 });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('no answer after 30 s'));
    }, 30_000);
  });
  try {
    const result = await Promise.race([source.collect(), hang]);
    outcome.documents = result.documents;
    if (result.fetch) outcome.encoding = result.fetch.encoding;
    outcome.byEntry = alignEntries(result.documents, result.warnings);
    outcome.itemsRead = outcome.byEntry.length;
    if (outcome.byEntry.includes(undefined)) outcome.entries = readEntries(file);
    // The cleaning stage must survive every document too: a throw here is a crash.
    for (const document of result.documents) cleanDocument(document, rules);
    outcome.status = result.documents.length > 0 ? 'items' : 'empty';
  } catch (error) {
    outcome.status = error instanceof SourceError ? 'error' : 'crash';
    outcome.reason = error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
  return outcome;
}

/** The reader's entries for the same bytes, to judge expectations on items the collector skips by design. */
function readEntries(file: CorpusFile): FeedEntry[] {
  const { text } = decodeBytes(file.bytes, file.headers['content-type'] ?? null);
  return (isJsonFeed(text) ? readJsonFeed(text) : readXmlFeed(text, undefined)).entries;
}

// parseFeed skips an item that has no title, link or content with the warning
// "item N: no title, link or content, skipped"; feedparser still counts it as entries[N-1].
function alignEntries(documents: readonly RawDocument[], warnings: readonly string[]): (RawDocument | undefined)[] {
  const skipped = new Set(warnings.flatMap((warning) => /^item (\d+)(?: \(.*\))?: no title, link or content, skipped$/.exec(warning)?.[1] ?? []).map(Number));
  const aligned: (RawDocument | undefined)[] = [];
  let index = 0;
  while (index < documents.length || skipped.has(aligned.length + 1)) {
    if (skipped.has(aligned.length + 1)) aligned.push(undefined);
    else aligned.push(documents[index++]);
  }
  return aligned;
}

interface Scored {
  matched: number;
  mapped: number;
  unmappable: number;
  /** Encodings whose name differs but that decode the same (us-ascii and iso-8859-1 as windows-1252). */
  equivalent: number;
  /** Checks on entries we skip by design (no title, link or content: nothing to show in a briefing). */
  skipped: number;
  /** Of those, the ones the feed reader itself got right. */
  skippedMatched: number;
  byKind: Record<CheckKind, [number, number]>;
}

function score(outcome: Outcome): Scored & { failed: Check[] } {
  const { checks, unmappable } = readExpectation(outcome.file.expect);
  const scored: Scored & { failed: Check[] } = { matched: 0, mapped: 0, unmappable, equivalent: 0, skipped: 0, skippedMatched: 0, byKind: emptyKinds(), failed: [] };
  for (const check of checks) {
    const verdict = judge(check, outcome);
    if (verdict === 'skipped') {
      scored.skipped++;
      if (judgeEntry(check, outcome.entries[check.entry])) scored.skippedMatched++;
      continue;
    }
    scored.mapped++;
    const kind = scored.byKind[check.kind];
    kind[1]++;
    if (verdict === 'no') {
      scored.failed.push(check);
      continue;
    }
    scored.matched++;
    kind[0]++;
    if (verdict === 'equivalent') scored.equivalent++;
  }
  return scored;
}

// WHATWG labels: us-ascii, iso-8859-1 and latin1 are decoded as windows-1252 (a superset of both);
// gb2312 as gb18030 (feedparser itself reports gb18030 for gb2312).
const SAME_DECODER: Record<string, string> = { 'us-ascii': 'windows-1252', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', gb2312: 'gb18030', gbk: 'gb18030' };

const ASCII_COMPATIBLE = /^(?:utf-8|windows-125\d|iso-8859-\d+|us-ascii)$/;

function judge(check: Check, outcome: Outcome): 'yes' | 'equivalent' | 'no' | 'skipped' {
  if (check.kind === 'encoding') {
    const expected = String(check.expected).toLowerCase();
    const actual = outcome.encoding?.toLowerCase();
    if (actual === expected) return 'yes';
    if (actual !== undefined && (SAME_DECODER[expected] ?? expected) === (SAME_DECODER[actual] ?? actual)) return 'equivalent';
    // feedparser reads text/xml without a charset as us-ascii (RFC 3023); we follow RFC 7303, which
    // replaced it, and read the XML declaration. For bytes that are all ASCII the text is the same.
    return expected === 'us-ascii' && actual !== undefined && ASCII_COMPATIBLE.test(actual) && outcome.file.bytes.every((byte) => byte < 0x80) ? 'equivalent' : 'no';
  }
  const document = outcome.byEntry[check.entry];
  if (!document) return check.entry < outcome.byEntry.length ? 'skipped' : 'no';
  if (check.kind === 'date') {
    if (document.published === undefined) return 'no';
    return utcFields(new Date(document.published)).join() === (check.expected as number[]).join() ? 'yes' : 'no';
  }
  const expected = check.expected as string;
  if (check.kind === 'link') return document.url !== undefined && sameLink(document.url, expected) ? 'yes' : 'no';
  const actual = check.kind === 'title' ? (document.title ?? '') : document.body;
  return squash(textOfHtml(actual)) === squash(textOfHtml(expected)) ? 'yes' : 'no';
}

function judgeEntry(check: Check, entry: FeedEntry | undefined): boolean {
  if (!entry) return false;
  if (check.kind === 'date') {
    const date = entry.dates.map(readFeedDate).find((value) => value !== undefined);
    return date !== undefined && utcFields(new Date(date)).join() === (check.expected as number[]).join();
  }
  const expected = check.expected as string;
  if (check.kind === 'link') return entry.link !== undefined && sameLink(entry.link, expected);
  return squash(textOfHtml((check.kind === 'title' ? entry.title : entry.body) ?? '')) === squash(textOfHtml(expected));
}

function sameLink(actual: string, expected: string): boolean {
  return actual === expected || (URL.canParse(expected) && new URL(expected).href === actual);
}

// Paragraph breaks are ours (blank lines) or feedparser's (markup): compare the characters only.
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function emptyKinds(): Record<CheckKind, [number, number]> {
  return { title: [0, 0], link: [0, 0], content: [0, 0], date: [0, 0], encoding: [0, 0] };
}

function printTable(groups: Map<string, Outcome[]>, elapsed: number): void {
  const header = ['folder', 'files', 'items', 'empty', 'error', 'crash', 'all entries', 'expect ok/mapped', 'on skipped ok/n', 'not mapped'];
  const lines: string[][] = [];
  const totals = new Map<string, Outcome[]>();
  for (const [folder, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(folder, group));
    const top = folder.split('/')[0]!;
    totals.set(top, [...(totals.get(top) ?? []), ...group]);
  }
  lines.push(header.map(() => '---'));
  for (const [top, group] of totals) lines.push(row(`${top}/ (all)`, group));
  lines.push(row('total', [...groups.values()].flat()));
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(line[0] === '---' ? widths.map((width) => '-'.repeat(width)).join('  ') : format(line));

  const all = [...groups.values()].flat();
  const kinds = emptyKinds();
  let equivalent = 0;
  for (const outcome of all) {
    const scored = score(outcome);
    equivalent += scored.equivalent;
    for (const kind of Object.keys(kinds) as CheckKind[]) {
      kinds[kind][0] += scored.byKind[kind][0];
      kinds[kind][1] += scored.byKind[kind][1];
    }
  }
  console.log(`\nmapped expectations by kind: ${(Object.keys(kinds) as CheckKind[]).map((kind) => `${kind} ${kinds[kind][0]}/${kinds[kind][1]}`).join(', ')}`);
  console.log(`  (${equivalent} encoding matches are equivalent: us-ascii/iso-8859-1 read as windows-1252, gb2312 as gb18030, or an ASCII-only`);
  console.log('   text/xml body that feedparser calls us-ascii by RFC 3023 and we read by its XML declaration, as RFC 7303 says)');
  const wellformed = all.filter((outcome) => outcome.file.folder.startsWith('wellformed') && outcome.file.entries > 0);
  const yielded = wellformed.filter((outcome) => outcome.itemsRead >= outcome.file.entries).length;
  const kept = wellformed.filter((outcome) => outcome.documents.length > 0).length;
  console.log(`wellformed/ feeds with entries: ${wellformed.length}; all entries read: ${yielded} (${percent(yielded, wellformed.length)}); at least one document kept: ${kept} (${percent(kept, wellformed.length)})`);
  console.log(`${all.length} files in ${elapsed.toFixed(1)} s: ${(all.length / elapsed).toFixed(0)} feeds/s (HTTP on 127.0.0.1, 16 at a time, cleaning included)`);
  if (listFiles) {
    for (const outcome of all) {
      const { failed } = score(outcome);
      if (outcome.status === 'crash' || outcome.status === 'error') console.log(`${outcome.status}\t${outcome.file.path}\t${outcome.reason ?? ''}`);
      for (const check of failed) console.log(`mismatch\t${outcome.file.path}\t${check.kind}\texpected ${JSON.stringify(check.expected)}`);
    }
  }
}

function row(label: string, group: readonly Outcome[]): string[] {
  const count = (status: Outcome['status']) => String(group.filter((outcome) => outcome.status === status).length);
  const withEntries = group.filter((outcome) => outcome.file.entries > 0);
  const yielded = withEntries.filter((outcome) => outcome.itemsRead >= outcome.file.entries).length;
  let matched = 0;
  let mapped = 0;
  let unmappable = 0;
  let skipped = 0;
  let skippedMatched = 0;
  for (const outcome of group) {
    const scored = score(outcome);
    skippedMatched += scored.skippedMatched;
    matched += scored.matched;
    mapped += scored.mapped;
    unmappable += scored.unmappable;
    skipped += scored.skipped;
  }
  return [label, String(group.length), count('items'), count('empty'), count('error'), count('crash'), `${yielded}/${withEntries.length}`, `${matched}/${mapped}`, `${skippedMatched}/${skipped}`, String(unmappable)];
}

/**
 * For every file that feedparser names an encoding for (`encoding == '…'`): decode its bytes with
 * that encoding (iconv-lite, as Python's codecs would; us-ascii as windows-1252, its superset) and
 * compare the whole text with what our decoder made of the same bytes and Content-Type.
 */
function printEncodingText(group: readonly Outcome[]): void {
  let compared = 0;
  let same = 0;
  const different: string[] = [];
  for (const outcome of group) {
    const named = readExpectation(outcome.file.expect).checks.find((check) => check.kind === 'encoding');
    if (!named) continue;
    const label = String(named.expected).toLowerCase() === 'us-ascii' ? 'windows-1252' : String(named.expected);
    if (!iconv.encodingExists(label)) continue;
    const reference = iconv.decode(outcome.file.bytes, label, { stripBOM: true }).replace(/^\uFEFF/, '');
    const ours = decodeBytes(outcome.file.bytes, outcome.file.headers['content-type'] ?? null).text;
    const withoutDeclaration = (text: string) => text.replace(/^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
    compared++;
    if (withoutDeclaration(reference) === withoutDeclaration(ours)) same++;
    else different.push(outcome.file.path);
  }
  console.log(`files whose encoding feedparser names: ${compared}; same text as decoding with that encoding: ${same}${different.length > 0 ? ` (different: ${different.join(', ')})` : ''}`);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

await main();
