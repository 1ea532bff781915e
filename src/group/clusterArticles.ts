import { candidatePairs, type CandidateOptions } from './candidatePairs.js';
import { TermSum, type SparseVector } from './sparse.js';

export interface Cluster {
  /** Indexes of the member articles. */
  members: number[];
  /**
   * For each member after the first, the similarity of the link that joined it: a pair of articles,
   * one of them this member, whose similarity started the merge.
   */
  links: { member: number; similarity: number }[];
}

export interface ClusterOptions extends Partial<Omit<CandidateOptions, 'minSimilarity'>> {
  /**
   * Least average similarity between two clusters for them to merge (average link).
   * @default 0.2
   */
  threshold?: number;
  /**
   * Least average similarity for two clusters that both already hold `establishedSize` articles
   * or more: merging two established stories needs more evidence than adding a stray article.
   * @default threshold
   */
  establishedThreshold?: number;
  /** @default 3 */
  establishedSize?: number;
}

/**
 * Groups articles about the same event by average-link agglomeration over candidate pairs.
 * The average similarity of all cross pairs of two clusters equals the dot product of their
 * vector sums divided by both sizes, so each merge decision costs one sparse dot product.
 */
export function clusterArticles(vectors: readonly SparseVector[], times: readonly (number | null)[], options: ClusterOptions = {}): Cluster[] {
  const threshold = options.threshold ?? 0.2;
  const established = options.establishedThreshold ?? threshold;
  const establishedSize = options.establishedSize ?? 3;
  const pairs = candidatePairs(vectors, times, { ...options, minSimilarity: threshold }).sort((a, b) => b.similarity - a.similarity);

  const parent = vectors.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const sums = new Map<number, TermSum>();
  const sumOf = (root: number) => {
    let sum = sums.get(root);
    if (!sum) {
      sum = new TermSum(vectors[root]!.ids.length);
      sum.addVector(vectors[root]!);
      sums.set(root, sum);
    }
    return sum;
  };
  const memberLists = new Map<number, number[]>();
  const membersOf = (root: number) => memberLists.get(root) ?? [root];
  // Many article pairs link the same two clusters: their average is computed once per version of
  // the two clusters (a version changes when a cluster grows).
  const version = new Int32Array(vectors.length);
  const averages = new Map<number, { versions: number; average: number }>();
  const averageOf = (a: number, b: number, sizes: number) => {
    const key = Math.min(a, b) * vectors.length + Math.max(a, b);
    const versions = version[a]! * 65_536 + version[b]!;
    const cached = averages.get(key);
    if (cached?.versions === versions) return cached.average;
    const average = sumOf(a).dot(sumOf(b)) / sizes;
    averages.set(key, { versions, average });
    return average;
  };

  // The links of a cluster form a tree rooted at its first member; each other member owns the link to
  // its parent. Two clusters merge through one pair (i, j): the dropped cluster is re-rooted at its
  // article of the pair, so that every member keeps exactly one link, and a link it took part in.
  const up = new Map<number, { parent: number; similarity: number }>();
  const attach = (child: number, to: number, similarity: number) => {
    let node = child;
    let link = { parent: to, similarity };
    for (;;) {
      const previous = up.get(node);
      up.set(node, link);
      if (!previous) return;
      link = { parent: node, similarity: previous.similarity };
      node = previous.parent;
    }
  };

  // Later merges can make earlier pairs eligible (a centroid moves towards them): a few passes.
  for (let pass = 0; pass < 3; pass++) {
    let merged = false;
    for (const pair of pairs) {
      const a = find(pair.i);
      const b = find(pair.j);
      if (a === b) continue;
      const left = membersOf(a);
      const right = membersOf(b);
      const average = averageOf(a, b, left.length * right.length);
      const bar = Math.min(left.length, right.length) >= establishedSize ? established : threshold;
      if (average < bar) continue;
      const [keep, drop] = left.length >= right.length ? [a, b] : [b, a];
      const kept = membersOf(keep);
      kept.push(...membersOf(drop));
      if (keep === a) attach(pair.j, pair.i, round(pair.similarity));
      else attach(pair.i, pair.j, round(pair.similarity));
      const sum = sumOf(keep);
      sum.addSum(sumOf(drop));
      parent[drop] = keep;
      version[keep]!++;
      memberLists.set(keep, kept);
      memberLists.delete(drop);
      sums.delete(drop);
      merged = true;
    }
    if (!merged) break;
  }
  return vectors
    .map((_, index) => index)
    .filter((index) => find(index) === index)
    .map((root) => {
      const members = membersOf(root);
      return { members, links: members.slice(1).map((member) => ({ member, similarity: up.get(member)!.similarity })) };
    });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
