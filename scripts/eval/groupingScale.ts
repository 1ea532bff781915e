import { performance } from 'node:perf_hooks';
import { groupArticles } from '../../src/group/groupArticles.js';
import type { Article } from '../../src/types.js';
import { readAntAr, readEcbPlus, toArticle } from './corpora.js';

// One size of the scaling run (called by grouping.ts in a fresh process so peak RSS is its own).
// Synthetic articles: real ones from both corpora, re-issued on other days as new coverage: about
// a third of their sentences dropped, one sentence of another article added, the rest rotated, so
// they are similar to the original but no near-duplicate of it.
const size = Number(process.argv[2] ?? 1000);

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const base = [
  ...readEcbPlus().map((row) => ({ title: row.title, text: row.text, source: `ecb-${row.topic}` })),
  ...readAntAr().map((row) => ({ title: row.title, text: row.text || row.abstract, source: row.src })),
];
const templates = base.map((row, index) => toArticle(`b${index}`, row.title, row.text, row.source, null));

const articles: Article[] = [];
for (let i = 0; i < size; i++) {
  const template = templates[i % templates.length]!;
  const round = Math.floor(i / templates.length);
  let sentences = template.text.split(/(?<=[.!?؟])\s+/);
  if (round > 0) {
    const kept = sentences.filter(() => random() > 0.35);
    sentences = kept.length > 0 ? kept : sentences.slice(0, 1);
    const other = templates[Math.floor(random() * templates.length)]!.text.split(/(?<=[.!?؟])\s+/);
    sentences.push(other[Math.floor(random() * other.length)] ?? '');
  }
  const shift = round % Math.max(1, sentences.length);
  const text = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ');
  const day = Math.floor(random() * 60);
  articles.push({
    ...template,
    id: `a${i}`,
    url: `https://eval.invalid/a${i}`,
    source: `${template.source}-${round % 7}`,
    text,
    published: new Date(Date.UTC(2026, 0, 1 + day, Math.floor(random() * 24))).toISOString(),
  });
}

const start = performance.now();
const topics = groupArticles(articles, { topics: [], maxStories: 30 });
const seconds = (performance.now() - start) / 1000;
const stories = topics.reduce((sum, topic) => sum + topic.stories.length, 0);
process.stdout.write(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, stories }));
