import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/collect/decodeBytes.js';
import { ours, readability, type Extractor } from './extractors.js';
import { scorePage, summarize, type PageScore } from './shingles.js';

// `npm run eval:extraction [-- --data DIR] [-- --pages]`: scores the cleaner on
// ../shared/eval/extraction (read in place, never copied) against Readability+jsdom on the same
// pages in the same run, on the whole dev set and on its two halves (tune on one, report the other).
const dataArg = process.argv.indexOf('--data');
const data = dataArg > 0 && process.argv[dataArg + 1]
  ? path.resolve(process.argv[dataArg + 1]!)
  : fileURLToPath(new URL('../../../shared/eval/extraction/', import.meta.url));

interface Page {
  id: string;
  url: string;
  html: string;
}

function aebPages(): { pages: Page[]; truth: Map<string, string> } {
  const folder = path.join(data, 'aeb');
  const groundTruth = JSON.parse(readFileSync(path.join(folder, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = Object.entries(groundTruth).map(([id, entry]) => ({
    id,
    url: entry.url,
    html: decodeBytes(gunzipSync(readFileSync(path.join(folder, 'html', `${id}.html.gz`))), 'text/html').text,
  }));
  return { pages, truth: new Map(Object.entries(groundTruth).map(([id, entry]) => [id, entry.articleBody])) };
}

interface Annotation {
  url: string;
  with: string[];
  without: string[];
}

function snippetPages(): { pages: Page[]; annotations: Map<string, Annotation> } {
  const folder = path.join(data, 'snippets');
  const annotations = JSON.parse(readFileSync(path.join(folder, 'annotations.json'), 'utf8')) as Record<string, Annotation>;
  const files = new Set(readdirSync(path.join(folder, 'html')));
  const pages = Object.entries(annotations)
    .filter(([file]) => files.has(file))
    .map(([file, annotation]) => ({ id: file, url: annotation.url, html: decodeBytes(readFileSync(path.join(folder, 'html', file)), 'text/html').text }));
  return { pages, annotations: new Map(Object.entries(annotations)) };
}

/**
 * The two halves of a dev set: pages sorted by id, even positions tuned on, odd ones not. Stable
 * as long as the set is, and blind to what a page contains.
 */
const HALVES = ['tuned half', 'other half'] as const;
type Half = (typeof HALVES)[number];
function halves(pages: readonly Page[]): Map<string, Half> {
  const ids = pages.map((page) => page.id).sort();
  return new Map(ids.map((id, index) => [id, HALVES[index % 2]!]));
}

function timed(extractor: Extractor, pages: readonly Page[]): { outputs: Map<string, string>; seconds: number } {
  const outputs = new Map<string, string>();
  const start = performance.now();
  for (const page of pages) {
    try {
      const { title, text } = extractor(page.html, page.url);
      outputs.set(page.id, `${title}\n${text}`);
    } catch {
      outputs.set(page.id, '');
    }
  }
  return { outputs, seconds: (performance.now() - start) / 1000 };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface SnippetCounts {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
}

function snippetCounts(output: string, annotation: Annotation): SnippetCounts {
  const text = collapse(output);
  const counts = { withFound: 0, withTotal: annotation.with.length, withoutAbsent: 0, withoutTotal: annotation.without.length };
  for (const snippet of annotation.with) if (text.includes(collapse(snippet))) counts.withFound++;
  for (const snippet of annotation.without) if (!text.includes(collapse(snippet))) counts.withoutAbsent++;
  return counts;
}

function snippetScores(counts: readonly SnippetCounts[]) {
  const sum = (key: keyof SnippetCounts) => counts.reduce((total, entry) => total + entry[key], 0);
  return { withRecall: sum('withFound') / sum('withTotal'), withoutRejection: sum('withoutAbsent') / sum('withoutTotal') };
}

const fmt = (value: number) => value.toFixed(3);
const extractors: [string, Extractor][] = [
  ['daily-briefing', ours],
  ['readability+jsdom', readability],
];
const verbose = process.argv.includes('--pages');

const aeb = aebPages();
const aebHalves = halves(aeb.pages);
const aebScores = new Map<string, PageScore[]>();
const speed = new Map<string, number>();
console.log(`extraction/aeb: ${aeb.pages.length} pages (metric: 4-token shingles, scrapinghub article-extraction-benchmark)`);
console.log('extractor            precision  recall     F1      pages/s');
for (const [name, extractor] of extractors) {
  timed(extractor, aeb.pages.slice(0, 5)); // warm up the JIT so the timing compares steady states
  const { outputs, seconds } = timed(extractor, aeb.pages);
  const scores: PageScore[] = aeb.pages.map((page) => scorePage(aeb.truth.get(page.id) ?? '', (outputs.get(page.id) ?? '').split('\n').slice(1).join('\n')));
  aebScores.set(name, scores);
  speed.set(name, aeb.pages.length / seconds);
  const summary = summarize(scores);
  console.log(`${name.padEnd(20)} ${fmt(summary.precision)}      ${fmt(summary.recall)}      ${fmt(summary.f1)}   ${(aeb.pages.length / seconds).toFixed(1)}`);
  if (verbose && name === 'daily-briefing') {
    aeb.pages.forEach((page, index) => {
      const { tp, fp, fn } = scores[index]!;
      const p = tp + fp ? tp / (tp + fp) : 0;
      const r = tp + fn ? tp / (tp + fn) : 0;
      if (p < 0.9 || r < 0.9) console.log(`  ${page.id.slice(0, 12)} ${aebHalves.get(page.id) === 'tuned half' ? 'T' : 'O'} p=${fmt(p)} r=${fmt(r)} ${page.url}`);
    });
  }
}

const snippets = snippetPages();
const snippetHalves = halves(snippets.pages);
const snippetResults = new Map<string, Map<string, SnippetCounts>>();
console.log(`\nextraction/snippets: ${snippets.pages.length} pages (with-recall: wanted snippets kept; without-rejection: boilerplate snippets dropped)`);
console.log('extractor            with-recall  without-rejection  pages/s');
for (const [name, extractor] of extractors) {
  const { outputs, seconds } = timed(extractor, snippets.pages);
  const counts = new Map<string, SnippetCounts>();
  for (const page of snippets.pages) {
    const annotation = snippets.annotations.get(page.id);
    if (annotation) counts.set(page.id, snippetCounts(outputs.get(page.id) ?? '', annotation));
  }
  snippetResults.set(name, counts);
  const { withRecall, withoutRejection } = snippetScores([...counts.values()]);
  console.log(`${name.padEnd(20)} ${fmt(withRecall)}        ${fmt(withoutRejection)}              ${(snippets.pages.length / seconds).toFixed(1)}`);
  if (verbose && name === 'daily-briefing') {
    for (const [id, count] of counts) {
      if (count.withFound < count.withTotal || count.withoutAbsent < count.withoutTotal) {
        console.log(`  ${id} ${snippetHalves.get(id) === 'tuned half' ? 'T' : 'O'} with ${count.withFound}/${count.withTotal} without ${count.withoutAbsent}/${count.withoutTotal}`);
      }
    }
  }
}

console.log('\nsplit halves (pages sorted by id, even positions tuned on, odd ones never looked at while tuning)');
console.log('half         pages  extractor            precision  recall     F1     | snippets pages  with-recall  without-rejection');
for (const half of HALVES) {
  const aebPagesOfHalf = aeb.pages.filter((page) => aebHalves.get(page.id) === half).length;
  const snippetPagesOfHalf = snippets.pages.filter((page) => snippetHalves.get(page.id) === half).length;
  for (const [name] of extractors) {
    const scores = aebScores.get(name)!.filter((_, index) => aebHalves.get(aeb.pages[index]!.id) === half);
    const summary = summarize(scores);
    const counts = [...snippetResults.get(name)!].filter(([id]) => snippetHalves.get(id) === half).map(([, count]) => count);
    const { withRecall, withoutRejection } = snippetScores(counts);
    console.log(`${half.padEnd(12)} ${String(aebPagesOfHalf).padStart(5)}  ${name.padEnd(20)} ${fmt(summary.precision)}      ${fmt(summary.recall)}      ${fmt(summary.f1)}  | ${String(snippetPagesOfHalf).padStart(14)}  ${fmt(withRecall)}        ${fmt(withoutRejection)}`);
  }
}
const oursSpeed = speed.get('daily-briefing') ?? 0;
const theirSpeed = speed.get('readability+jsdom') ?? 0;
console.log(`\nthroughput on aeb: ${oursSpeed.toFixed(1)} pages/s vs Readability's ${theirSpeed.toFixed(1)}: ${(oursSpeed / theirSpeed).toFixed(1)}×`);
