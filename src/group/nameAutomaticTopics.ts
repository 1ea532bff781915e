import { analyzeTerms } from '../text/analyzeTerms.js';
import type { Story } from '../types.js';
import { clusterArticles } from './clusterArticles.js';
import { addInto, toSparse, type SparseVector } from './sparse.js';

export interface AutomaticTopic {
  name: string;
  stories: Story[];
}

export interface AutomaticTopicOptions {
  /** Average similarity of stories that share a theme; lower than for one story. @default 0.1 */
  threshold?: number;
}

/**
 * Files stories that no configured topic claimed: related stories are clustered again, more
 * loosely, and each group is named by its most distinctive terms shared by several of its
 * stories, in their most common written form ("Earthquake · Indonesia"). Stories left alone,
 * or groups without such terms, are returned unnamed for "Other".
 */
export function nameAutomaticTopics(
  stories: readonly Story[],
  storyVectors: readonly SparseVector[],
  keys: readonly string[],
  options: AutomaticTopicOptions = {},
): { topics: AutomaticTopic[]; other: Story[] } {
  const groups = clusterArticles(storyVectors, stories.map(() => null), { threshold: options.threshold ?? 0.1 });
  const topics: AutomaticTopic[] = [];
  const other: Story[] = [];
  for (const group of groups) {
    const members = group.members.map((index) => stories[index]!);
    const name = members.length > 1 ? label(group.members.map((index) => storyVectors[index]!), members, keys) : undefined;
    if (name) topics.push({ name, stories: members });
    else other.push(...members);
  }
  topics.sort((a, b) => b.stories.length - a.stories.length);
  return { topics, other };
}

function label(vectors: readonly SparseVector[], stories: readonly Story[], keys: readonly string[]): string | undefined {
  const sum = new Map<number, number>();
  const storiesWith = new Map<number, number>();
  for (const vector of vectors) {
    addInto(sum, vector);
    for (const id of vector.ids) storiesWith.set(id, (storiesWith.get(id) ?? 0) + 1);
  }
  // A label must be shared: a term of one story names that story, not the group.
  // Loops into array literals, not filter/map chains: see cleanBlocks (an empty result has another
  // array map, and this function's optimised code was thrown away and compiled again twice a run).
  const needed = Math.max(2, Math.ceil(stories.length / 2));
  const shared: [number, number][] = [];
  for (const entry of sum) if ((storiesWith.get(entry[0]) ?? 0) >= needed) shared.push(entry);
  shared.sort((a, b) => b[1] - a[1]);
  const ranked: string[] = [];
  for (let index = 0; index < Math.min(2, shared.length); index++) ranked.push(keys[shared[index]![0]]!);
  if (ranked.length === 0) return undefined;
  const surfaces = surfaceForms(stories, new Set(ranked));
  return ranked.map((key) => surfaces.get(key) ?? key).join(' · ');
}

/** The most common written form of each of the given term keys in the stories' articles. */
function surfaceForms(stories: readonly Story[], wanted: ReadonlySet<string>): Map<string, string> {
  // Only the keys of the label are counted: tallying every term of every article, and sorting the
  // forms of each, cost far more than analysing the texts.
  const counts = new Map<string, Map<string, number>>();
  for (const story of stories) {
    for (const article of story.articles) {
      const text = `${article.title}\n${article.text}`;
      for (const term of analyzeTerms(text, article.language)) {
        if (!wanted.has(term.key)) continue;
        const forms = counts.get(term.key) ?? new Map<string, number>();
        forms.set(term.surface, (forms.get(term.surface) ?? 0) + 1);
        counts.set(term.key, forms);
      }
    }
  }
  const best = new Map<string, string>();
  // The most frequent form; on a tie the shortest, which is the one without glued prefixes (الولايات, not والولايات).
  for (const [key, forms] of counts) best.set(key, [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0]);
  return best;
}

/** A story's centroid: the normalised sum of its articles' vectors. */
export function storyVector(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const vector of vectors) addInto(sum, vector);
  return toSparse(sum);
}
