import type { NamedSection } from './sectionIds.js';
import { arabicSectionModel } from './model/ar.js';
import type { SectionModel } from './model/sectionModel.js';

interface LoadedModel {
  sections: readonly NamedSection[];
  /** Stem → its row in `weights`. */
  rows: Map<string, number>;
  weights: Float32Array;
}

/** The words of one part of an article (headline, lead), as the section lists key them. */
export interface KeyedText {
  /** Each word's key (see sectionKey). */
  keys: readonly string[];
  /** Each word as written. */
  surfaces: readonly string[];
  /** What a word of this part counts for: the headline says more than the lead. */
  weight: number;
}

/** What the model reads in an article. */
export interface ModelReading {
  /** Per section, how likely the article is to belong to it. */
  probabilities: Map<NamedSection, number>;
  /** The words the model knows, as written, each with its row. */
  known: { surface: string; row: number }[];
}

// The models there are, by language. English has none: no permissively licensed labelled English
// news was found to train one on.
const MODELS: Readonly<Record<string, SectionModel>> = { ar: arabicSectionModel };
const loaded = new Map<string, LoadedModel>();

/** Decodes the section models ahead of the first article (a few milliseconds each). */
export function prepareSectionModels(): void {
  for (const language of Object.keys(MODELS)) modelFor(language);
}

/**
 * How likely each section is for an article, by the naive Bayes model of its language (see
 * scripts/sections/trainSectionModel.ts) over the words of its headline and lead, each counted
 * once per part; undefined for a language without a model, or a text with no word it knows.
 */
export function classifySections(language: string, texts: readonly KeyedText[]): ModelReading | undefined {
  const model = modelFor(language);
  if (!model) return undefined;
  const { sections, rows, weights } = model;
  const scores = new Float64Array(sections.length);
  const known: ModelReading['known'] = [];
  for (const { keys, surfaces, weight } of texts) {
    const seen = new Set<number>();
    keys.forEach((key, index) => {
      const row = rows.get(key);
      if (row === undefined || seen.has(row)) return;
      seen.add(row);
      known.push({ surface: surfaces[index]!, row });
      for (let column = 0; column < sections.length; column++) scores[column]! += weight * weights[row * sections.length + column]!;
    });
  }
  if (known.length === 0) return undefined;
  const top = Math.max(...scores);
  let sum = 0;
  for (let column = 0; column < sections.length; column++) sum += Math.exp(scores[column]! - top);
  return { probabilities: new Map(sections.map((section, column) => [section, Math.exp(scores[column]! - top) / sum])), known };
}

/** The words of a reading that speak most for a section, strongest first. */
export function strongestWords(language: string, reading: ModelReading, section: NamedSection, count: number): string[] {
  const model = modelFor(language);
  const column = model?.sections.indexOf(section) ?? -1;
  if (!model || column < 0) return [];
  const weightOf = (row: number) => model.weights[row * model.sections.length + column]!;
  return reading.known
    .filter(({ row }) => weightOf(row) > 0)
    .sort((one, other) => weightOf(other.row) - weightOf(one.row))
    .slice(0, count)
    .map(({ surface }) => surface);
}

function modelFor(language: string): LoadedModel | undefined {
  const primary = language.split('-')[0]!.toLowerCase();
  let model = loaded.get(primary);
  const source = MODELS[primary];
  if (!model && source) {
    const bytes = new Int8Array(Buffer.from(source.weights, 'base64'));
    model = { sections: source.sections, rows: new Map(source.words.split(' ').map((word, index) => [word, index])), weights: Float32Array.from(bytes, (value) => value * source.scale) };
    loaded.set(primary, model);
  }
  return model;
}
