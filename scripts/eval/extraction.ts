import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/collect/decodeBytes.js';
import { ours, readability, type Extractor } from './extractors.js';
import { scorePage, summarize, type PageScore } from './shingles.js';

// `npm run eval:extraction [-- --data DIR]`: scores the cleaner on ../shared/eval/extraction
// (read in place, never copied) against Readability+jsdom on the same pages in the same run.
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

function snippetScores(outputs: Map<string, string>, annotations: Map<string, Annotation>) {
  let withFound = 0;
  let withTotal = 0;
  let withoutAbsent = 0;
  let withoutTotal = 0;
  for (const [id, output] of outputs) {
    const annotation = annotations.get(id);
    if (!annotation) continue;
    const text = collapse(output);
    for (const snippet of annotation.with) {
      withTotal++;
      if (text.includes(collapse(snippet))) withFound++;
    }
    for (const snippet of annotation.without) {
      withoutTotal++;
      if (!text.includes(collapse(snippet))) withoutAbsent++;
    }
  }
  return { withRecall: withFound / withTotal, withoutRejection: withoutAbsent / withoutTotal };
}

const fmt = (value: number) => value.toFixed(3);
const extractors: [string, Extractor][] = [
  ['daily-briefing', ours],
  ['readability+jsdom', readability],
];

const aeb = aebPages();
console.log(`extraction/aeb: ${aeb.pages.length} pages (metric: 4-token shingles, scrapinghub article-extraction-benchmark)`);
console.log('extractor            precision  recall     F1      pages/s');
const verbose = process.argv.includes('--pages');
for (const [name, extractor] of extractors) {
  timed(extractor, aeb.pages.slice(0, 5)); // warm up the JIT so the timing compares steady states
  const { outputs, seconds } = timed(extractor, aeb.pages);
  const scores: PageScore[] = aeb.pages.map((page) => scorePage(aeb.truth.get(page.id) ?? '', (outputs.get(page.id) ?? '').split('\n').slice(1).join('\n')));
  const summary = summarize(scores);
  console.log(`${name.padEnd(20)} ${fmt(summary.precision)}      ${fmt(summary.recall)}      ${fmt(summary.f1)}   ${(aeb.pages.length / seconds).toFixed(1)}`);
  if (verbose && name === 'daily-briefing') {
    aeb.pages.forEach((page, index) => {
      const { tp, fp, fn } = scores[index]!;
      const p = tp + fp ? tp / (tp + fp) : 0;
      const r = tp + fn ? tp / (tp + fn) : 0;
      if (p < 0.9 || r < 0.9) console.log(`  ${page.id.slice(0, 12)} p=${fmt(p)} r=${fmt(r)} ${page.url}`);
    });
  }
}

const snippets = snippetPages();
console.log(`\nextraction/snippets: ${snippets.pages.length} pages (with-recall: wanted snippets kept; without-rejection: boilerplate snippets dropped)`);
console.log('extractor            with-recall  without-rejection  pages/s');
for (const [name, extractor] of extractors) {
  const { outputs, seconds } = timed(extractor, snippets.pages);
  const { withRecall, withoutRejection } = snippetScores(outputs, snippets.annotations);
  console.log(`${name.padEnd(20)} ${fmt(withRecall)}        ${fmt(withoutRejection)}              ${(snippets.pages.length / seconds).toFixed(1)}`);
}
