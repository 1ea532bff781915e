import { cosine, type TermVector } from './weighTerms.js';

export interface Cluster {
  /** Indexes of the member articles. */
  members: number[];
  /** For each member after the first, the similarity of the link that joined it. */
  links: { member: number; similarity: number }[];
}

export interface ClusterOptions {
  /**
   * Least average similarity between two clusters for them to merge (average link).
   * @default 0.22
   */
  threshold?: number;
  /** Terms shared by more than this share of the articles do not propose candidate pairs. @default 0.5 */
  maxTermShare?: number;
}

/**
 * Groups articles about the same event: candidate pairs come from an inverted index of terms (so
 * the cost follows the pairs that share vocabulary, not all n² pairs), then clusters merge by
 * average link while the best pair stays above the threshold.
 */
export function clusterArticles(vectors: readonly TermVector[], options: ClusterOptions = {}): Cluster[] {
  const threshold = options.threshold ?? 0.22;
  const pairs = candidatePairs(vectors, options.maxTermShare ?? 0.5)
    .map(([i, j]) => ({ i, j, similarity: cosine(vectors[i]!, vectors[j]!) }))
    .filter((pair) => pair.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);

  const clusterOf = vectors.map((_, index) => index);
  const clusters = new Map<number, Cluster>(vectors.map((_, index) => [index, { members: [index], links: [] }]));
  const similarity = (a: number, b: number) => cosine(vectors[a]!, vectors[b]!);

  for (const pair of pairs) {
    const a = clusterOf[pair.i]!;
    const b = clusterOf[pair.j]!;
    if (a === b) continue;
    const left = clusters.get(a)!;
    const right = clusters.get(b)!;
    let total = 0;
    for (const x of left.members) for (const y of right.members) total += similarity(x, y);
    if (total / (left.members.length * right.members.length) < threshold) continue;
    left.members.push(...right.members);
    left.links.push({ member: pair.j, similarity: round(pair.similarity) }, ...right.links);
    for (const member of right.members) clusterOf[member] = a;
    clusters.delete(b);
  }
  return [...clusters.values()];
}

function candidatePairs(vectors: readonly TermVector[], maxTermShare: number): [number, number][] {
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const term of vector.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const limit = Math.max(2, Math.floor(vectors.length * maxTermShare));
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > limit) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * vectors.length + list[y]!;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
