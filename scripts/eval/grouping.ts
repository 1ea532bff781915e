import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { groupArticles } from '../../src/group/groupArticles.js';
import type { Article, Story } from '../../src/types.js';
import { bcubed } from './bcubed.js';
import { readAntAr, readEcbPlus, toArticle } from './corpora.js';

// `npm run eval:grouping`: same-story clustering on ../shared/eval/clustering (read in place).
const fmt = (value: number) => value.toFixed(3);

function storiesOf(articles: readonly Article[]): Story[] {
  return groupArticles(articles, { topics: [], maxStories: Number.MAX_SAFE_INTEGER }).flatMap((topic) => topic.stories);
}

/** Every article id → its story, counting near-duplicates merged into a kept article. */
function storyLabels(stories: readonly Story[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const story of stories) {
    for (const article of story.articles) {
      labels.set(article.id, story.id);
      for (const duplicate of article.duplicates ?? []) labels.set(duplicate.id, story.id);
    }
  }
  return labels;
}

function ecbPlus(): void {
  const rows = readEcbPlus();
  // ECB+ has no dates: every article counts as published the same day.
  const articles = rows.map((row) => toArticle(row.id, row.title, row.text, `ecb-${row.id}`, '2014-05-26T00:00:00Z'));
  const start = performance.now();
  const stories = storiesOf(articles);
  const seconds = (performance.now() - start) / 1000;
  const score = bcubed(storyLabels(stories), new Map(rows.map((row) => [row.id, row.subtopic])));
  console.log(`clustering/ecbplus: ${rows.length} articles, ${new Set(rows.map((row) => row.subtopic)).size} stories → ${stories.length} clusters in ${seconds.toFixed(2)} s`);
  console.log(`  B-cubed precision ${fmt(score.precision)}  recall ${fmt(score.recall)}  F1 ${fmt(score.f1)}   (target F1 ≥ 0.90; TF-IDF average-link baseline ≈ 0.87)`);
}

function antAr(): void {
  const rows = readAntAr();
  const articles = rows.map((row) => toArticle(row.docno, row.title, row.text || row.abstract, row.src, new Date(row.time).toISOString()));
  const byId = new Map(rows.map((row) => [row.docno, row]));
  const stories = storiesOf(articles);
  const labels = storyLabels(stories);
  const members = new Map<string, string[]>();
  for (const [id, story] of labels) members.set(story, [...(members.get(story) ?? []), id]);
  // middleEast and internationalNews overlap (../shared/eval/README.md): one class for purity.
  const category = (id: string) => {
    const name = byId.get(id)?.category ?? '';
    return name === 'middleEast' || name === 'internationalNews' ? 'news' : name;
  };
  let inMulti = 0;
  let majority = 0;
  let multiOutlet = 0;
  let multiStories = 0;
  for (const ids of members.values()) {
    if (ids.length < 2) continue;
    multiStories++;
    inMulti += ids.length;
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(category(id), (counts.get(category(id)) ?? 0) + 1);
    majority += Math.max(...counts.values());
    if (new Set(ids.map((id) => byId.get(id)?.src)).size >= 2) multiOutlet += ids.length;
  }
  console.log(`clustering/ant-ar: ${rows.length} Arabic articles from ${new Set(rows.map((row) => row.src)).size} outlets → ${members.size} stories, ${multiStories} with 2+ articles`);
  console.log(`  category purity of multi-article stories ${fmt(inMulti ? majority / inMulti : 1)} (target ≥ 0.95)`);
  console.log(`  articles in stories covered by 2+ outlets ${fmt(multiOutlet / rows.length)} (target ≥ 0.25)`);
}

function scale(): void {
  console.log('scale (synthetic articles from both corpora, each size in a fresh process):');
  const script = fileURLToPath(new URL('./groupingScale.ts', import.meta.url));
  const times: Record<number, number> = {};
  for (const size of [1_000, 10_000, 40_000]) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const result = JSON.parse(output) as { seconds: number; peakRssMb: number; stories: number };
    times[size] = result.seconds;
    console.log(`  ${String(size).padStart(6)} articles: ${result.seconds.toFixed(2)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${result.stories} stories`);
  }
  console.log(`  time(40k)/time(10k) = ${((times[40_000] ?? 0) / (times[10_000] ?? 1)).toFixed(2)} (target ≤ 6; 10k target < 10 s)`);
}

ecbPlus();
antAr();
if (!process.argv.includes('--no-scale')) scale();
