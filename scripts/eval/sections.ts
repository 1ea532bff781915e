import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/load.js';
import { runBriefing } from '../../src/pipeline.js';
import { SECTION_IDS } from '../../src/section/sectionIds.js';
import type { Briefing } from '../../src/types.js';

// `npm run eval:sections [-- --part tune|held-out|all] [--language en|ar]`: section accuracy of
// whole briefings made of local files, one HTML file per labelled row of ../shared/eval/sections
// (read in place, written to a temporary folder). The word lists and thresholds were tuned on one
// outlet's rows per language; the held-out part comes from outlets they never saw:
//   en: tune on AG News (mixed outlets, 2004-05), held out: HuffPost;
//   ar: tune on Sky News Arabia and Al Arabiya, held out: CNN Arabic and France 24 Arabic.
// Where a data set does not separate two sections, they count as one: AG News and ANT have no
// politics, science or health labels; they file politics under world, and science and health
// news under their Sci/Tech (AG) or technology (ANT) label.
const shared = fileURLToPath(new URL('../../../shared/eval/sections/', import.meta.url));
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const parts = option('part') === undefined || option('part') === 'all' ? ['tune', 'held-out'] : [option('part')!];
const languages = option('language') ? [option('language')!] : ['en', 'ar'];

interface Row {
  id: string;
  title: string;
  text: string;
  section: string;
  source_dataset: string;
  outlet: string;
}

const HELD_OUT: Record<string, (row: Row) => boolean> = {
  en: (row) => row.outlet === 'HuffPost',
  ar: (row) => row.outlet === 'CNN Arabic' || row.outlet === 'France 24 Arabic',
};

/** The label a prediction is compared with, folding what the row's data set does not separate. */
function folded(section: string, row: Row): string {
  if (row.source_dataset === 'huffpost_news_category_v3') return section;
  if (section === 'politics') return 'world';
  if (section === 'science' || section === 'health') return 'technology';
  return section;
}

async function evaluate(language: string, part: string): Promise<void> {
  const rows = readFileSync(path.join(shared, `${language}-dev.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => HELD_OUT[language]!(row) === (part === 'held-out'));
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-sections-'));
  try {
    const files = path.join(dir, 'articles');
    await mkdir(files);
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const byFile = new Map<string, Row>();
    await Promise.all(
      rows.map((row, index) => {
        const name = `${index}.html`;
        byFile.set(name, row);
        const paragraphs = row.text.split('\n').filter((line) => line.trim()).map((line) => `<p>${escape(line)}</p>`);
        return writeFile(path.join(files, name), `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escape(row.title)}</title></head><body><article>${paragraphs.join('')}</article></body></html>`);
      }),
    );
    const config = path.join(dir, 'sources.json');
    await writeFile(config, JSON.stringify({ briefing: { maxAgeHours: 0, maxStories: 500, topStories: 0, language }, sources: [{ name: 'files', path: 'articles', maxItems: 100_000 }] }));
    const started = performance.now();
    const { briefing } = await runBriefing((await loadConfig(config)).config, { dryRun: true });
    report(language, part, rows, sectionOfFile(briefing), byFile, (performance.now() - started) / 1000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every file of the briefing (folded copies too) → the section of its story. */
function sectionOfFile(briefing: Briefing): Map<string, string> {
  const sections = new Map<string, string>();
  for (const topic of briefing.topics) {
    for (const story of topic.stories) {
      for (const article of story.articles) {
        for (const file of [article.file, ...(article.duplicates ?? []).map((copy) => copy.file)]) {
          if (file) sections.set(path.basename(file), story.section ?? 'none');
        }
      }
    }
  }
  return sections;
}

function report(language: string, part: string, rows: readonly Row[], predicted: ReadonlyMap<string, string>, byFile: ReadonlyMap<string, Row>, seconds: number): void {
  let correct = 0;
  const truePositives = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [file, row] of byFile) {
    const gold = folded(row.section, row);
    const guess = folded(predicted.get(file) ?? 'missing', row);
    bump(goldCount, gold);
    bump(predictedCount, guess);
    if (guess === gold) {
      correct++;
      bump(truePositives, gold);
    }
  }
  const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '  –  ');
  const outlets = [...new Set(rows.map((row) => row.outlet))].join(', ');
  console.log(`sections ${language} ${part} (${outlets}): ${rows.length} articles in ${seconds.toFixed(1)} s`);
  console.log(`  accuracy ${fmt(correct / rows.length)}   (target on held-out: ≥ 0.85)   other: ${predictedCount.get('other') ?? 0}`);
  for (const section of [...SECTION_IDS, 'missing']) {
    const gold = goldCount.get(section) ?? 0;
    const guessed = predictedCount.get(section) ?? 0;
    if (gold === 0 && guessed === 0) continue;
    const hit = truePositives.get(section) ?? 0;
    console.log(`  ${section.padEnd(11)} precision ${fmt(hit / guessed)}  recall ${fmt(hit / gold)}   (${gold} labelled, ${guessed} given)`);
  }
}

for (const language of languages) for (const part of parts) await evaluate(language, part);
