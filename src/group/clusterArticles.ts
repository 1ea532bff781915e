import { candidatePairs, type CandidateOptions } from './candidatePairs.js';
import { dot, TermSum, type SparseVector } from './sparse.js';

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
   * Least similarity between two clusters for them to merge: for full articles the average of
   * their cross pairs (average link), for headlines and teasers the cosine of their centroids.
   * @default 0.15
   */
  threshold?: number;
  /**
   * Least average similarity for two full-text clusters that both already hold `establishedSize`
   * articles or more: merging two established stories needs more evidence than adding a stray article.
   * @default threshold
   */
  establishedThreshold?: number;
  /**
   * Least centroid similarity for a headline with its teaser to join a story. A teaser's everyday
   * words ("patients", "community", "price") add chance overlaps that a headline alone, which
   * must share a name or three words to be compared at all, does not have. @default threshold
   */
  shortThreshold?: number;
  /**
   * The same for two lone headlines with teasers in a script with capitals, which become a story only
   * on their own two texts: there a shared place or a common name ("Sydney", "Covid", "Biden") and
   * a few everyday words reach the story bar by chance. @default shortThreshold
   */
  pairThreshold?: number;
  /** Texts with fewer distinct terms than this on average are headlines alone. @default 10 */
  headlineTerms?: number;
  /** The same for two established clusters of headlines and teasers. @default establishedThreshold */
  establishedShortThreshold?: number;
  /** @default 3 */
  establishedSize?: number;
  /** Articles with fewer distinct terms than this on average are compared as headlines and teasers. @default 30 */
  shortTerms?: number;
  /**
   * Per article, the ids of the names and numbers in its headline (vectorize's `headlineNamed`).
   * With them, two established stories (full articles, or headlines with teasers) whose headlines
   * are about different people or places stay apart: see {@link hasOwnProtagonist}.
   */
  headlineNamed?: readonly Int32Array[];
  /**
   * Per article, whether its script writes capitals, so that its names are known (see
   * vectorize's `named`; Arabic marks few). With it and `named`, a headline with a teaser joins a
   * story of such articles below `establishedShortThreshold` only when they share a name or number.
   */
  cased?: readonly boolean[];
  /** Per article, whether it stays a story of its own whatever it shares (a roundup of the day's news). */
  alone?: readonly boolean[];
}

/**
 * Groups articles about the same event by agglomeration over candidate pairs, deciding each merge
 * on the two clusters as wholes: full articles by average link (the average similarity of all cross
 * pairs equals the dot product of the vector sums divided by both sizes), headlines and teasers by
 * the cosine of the two sums. Either way a merge decision costs one sparse dot product.
 */
export function clusterArticles(vectors: readonly SparseVector[], times: readonly (number | null)[], options: ClusterOptions = {}): Cluster[] {
  const threshold = options.threshold ?? 0.15;
  const established = options.establishedThreshold ?? threshold;
  const shortThreshold = options.shortThreshold ?? threshold;
  const pairThreshold = options.pairThreshold ?? shortThreshold;
  const headlineTerms = options.headlineTerms ?? 10;
  const establishedShort = options.establishedShortThreshold ?? established;
  const establishedSize = options.establishedSize ?? 3;
  const shortTerms = options.shortTerms ?? 30;
  const windowMs = options.windowMs ?? 3 * 86_400_000;
  const alone = options.alone;
  const pairs = candidatePairs(vectors, times, { ...options, minSimilarity: threshold })
    .filter((pair) => !alone?.[pair.i] && !alone?.[pair.j])
    .sort((a, b) => b.similarity - a.similarity);

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
  // A lone article is its own sum: it is compared as the vector it is, and gets a TermSum only
  // when it starts a cluster. Both ways take the same products in the same (ascending id) order.
  const productOf = (a: number, b: number) => {
    const left = sums.get(a);
    const right = sums.get(b);
    if (left && right) return left.dot(right);
    if (left) return left.dotVector(vectors[b]!);
    if (right) return right.dotVector(vectors[a]!);
    return dot(vectors[a]!, vectors[b]!);
  };
  const memberLists = new Map<number, number[]>();
  const membersOf = (root: number) => memberLists.get(root) ?? [root];
  // Many article pairs link the same two clusters: their average is computed once per version of
  // the two clusters (a version changes when a cluster grows).
  const version = new Int32Array(vectors.length);
  const averages = new Map<number, { versions: number; average: number }>();
  const similarityOf = (a: number, b: number, short: boolean) => {
    const key = Math.min(a, b) * vectors.length + Math.max(a, b);
    const versions = version[a]! * 65_536 + version[b]!;
    const cached = averages.get(key);
    if (cached?.versions === versions) return cached.average;
    const product = productOf(a, b);
    const average = short ? product / Math.sqrt(normOf(a) * normOf(b)) : product / (membersOf(a).length * membersOf(b).length);
    averages.set(key, { versions, average });
    return average;
  };
  // A centroid's squared length, kept per cluster version like the averages.
  const norms = new Map<number, { version: number; value: number }>();
  const normOf = (root: number) => {
    const cached = norms.get(root);
    if (cached !== undefined && cached.version === version[root]) return cached.value;
    const value = productOf(root, root);
    norms.set(root, { version: version[root]!, value });
    return value;
  };
  // Distinct terms and the first and last publication time of each cluster, by root.
  const terms = Float64Array.from(vectors, (vector) => vector.ids.length);
  const first = Float64Array.from(times, (time) => time ?? Number.NaN);
  const last = Float64Array.from(first);

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

  // Two stories of one kind about different people ("Chargers' Jackson arrested for drink-driving"
  // and "Chargers' Williams arrested for drink-driving" share every word but the names) each have
  // a protagonist, a name or number in at least half of their headlines, that none of the other's
  // headlines has. Fragments of one story share theirs. This holds for full texts and for headlines
  // with teasers alike; headlines without any text vary too much from outlet to outlet to be held to it.
  const headlineNamed = options.headlineNamed;
  const protagonistsDiffer = (left: readonly number[], right: readonly number[]) => {
    if (!headlineNamed) return false;
    const ours = headlineNameCounts(left, headlineNamed);
    const theirs = headlineNameCounts(right, headlineNamed);
    return hasOwnProtagonist(ours, left.length, theirs) && hasOwnProtagonist(theirs, right.length, ours);
  };

  // Headlines with teasers that share only everyday words ("woman", "arrested", "police", "death":
  // a murder in Great Yarmouth and a crash in Shizuoka) come together below the bar for two whole
  // stories only on something particular to one event: a name or a number both give. Where names
  // cannot be told (a script without capitals), the bar alone decides.
  const named = options.named;
  const cased = options.cased;
  const shareName = (left: readonly number[], right: readonly number[]) => {
    if (!named || !cased || !left.every((member) => cased[member]) || !right.every((member) => cased[member])) return true;
    const [fewer, more] = left.length <= right.length ? [left, right] : [right, left];
    const names = new Set<number>();
    for (const member of fewer) for (const id of named[member]!) names.add(id);
    for (const member of more) for (const id of named[member]!) if (names.has(id)) return true;
    return false;
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
      // Two events of the same kind a week apart stay two stories, however a chain of articles links them.
      if (last[a]! + windowMs < first[b]! || last[b]! + windowMs < first[a]!) continue;
      // Pairs of headlines share too few words for their average to mean much: the whole of each
      // story, its centroid, is compared instead.
      const meanTerms = (terms[a]! + terms[b]!) / (left.length + right.length);
      const short = meanTerms < shortTerms;
      const similarity = similarityOf(a, b, short);
      const bar = Math.min(left.length, right.length) < establishedSize ? (short && meanTerms >= headlineTerms ? (left.length + right.length === 2 && cased?.[left[0]!] && cased[right[0]!] ? pairThreshold : shortThreshold) : threshold) : short ? establishedShort : established;
      if (similarity < bar) continue;
      if (meanTerms >= headlineTerms && Math.min(left.length, right.length) >= establishedSize && protagonistsDiffer(left, right)) continue;
      if (short && meanTerms >= headlineTerms && similarity < establishedShort && !shareName(left, right)) continue;
      const [keep, drop] = left.length >= right.length ? [a, b] : [b, a];
      const kept = membersOf(keep);
      kept.push(...membersOf(drop));
      if (keep === a) attach(pair.j, pair.i, round(pair.similarity));
      else attach(pair.i, pair.j, round(pair.similarity));
      const sum = sumOf(keep);
      const dropped = sums.get(drop);
      if (dropped) sum.addSum(dropped);
      else sum.addVector(vectors[drop]!);
      parent[drop] = keep;
      version[keep]!++;
      memberLists.set(keep, kept);
      memberLists.delete(drop);
      terms[keep]! += terms[drop]!;
      first[keep] = earliest(first[keep]!, first[drop]!);
      last[keep] = latest(last[keep]!, last[drop]!);
      sums.delete(drop);
      merged = true;
    }
    if (!merged) break;
  }
  // Merging pair by pair, an article can join a story on one pair before the story has formed
  // (a poll that names Boris Johnson joined the murdered MP's story through the piece on Johnson's
  // tribute): once every story is made, a member whose text has next to nothing in common with the
  // rest of its story, taken as a whole, leaves it and stands alone.
  const leavers: number[] = [];
  for (const [root, members] of memberLists) {
    if (members.length < establishedSize) continue;
    const sum = sumOf(root);
    const squared = sum.dot(sum);
    const leaving = members.filter((member) => similarityToRest(sum, squared, vectors[member]!) < MIN_BELONGING);
    if (leaving.length === 0 || leaving.length === members.length) continue;
    const gone = new Set(leaving);
    memberLists.set(root, members.filter((member) => !gone.has(member)));
    leavers.push(...leaving);
  }
  const clusters = vectors
    .map((_, index) => index)
    .filter((index) => find(index) === index)
    .map((root) => {
      const members = membersOf(root);
      return { members, links: members.slice(1).map((member) => ({ member, similarity: up.get(member)!.similarity })) };
    });
  return [...clusters, ...leavers.map((member) => ({ members: [member], links: [] }))];
}

// Least cosine similarity of a member with the rest of its story (the sum of the others) for it to
// stay. Neutral on the tuned halves of every set; see docs/evaluation.md.
const MIN_BELONGING = 0.1;

/** The cosine of a unit vector with `sum` less that vector, from the sum and its squared length. */
function similarityToRest(sum: TermSum, squared: number, vector: SparseVector): number {
  const shared = sum.dotVector(vector);
  // |sum − v|² = |sum|² − 2 sum·v + |v|², and |v| = 1.
  const rest = Math.sqrt(Math.max(squared - 2 * shared + 1, Number.MIN_VALUE));
  return (shared - 1) / rest;
}

// Share of a story's headlines that must name someone (or give a number) for them to be its protagonist.
const PROTAGONIST_SHARE = 0.5;

/** How many of a story's headlines hold each name or number. */
function headlineNameCounts(story: readonly number[], headlineNamed: readonly Int32Array[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const member of story) for (const id of headlineNamed[member]!) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Whether a name or number is in at least half of a story's `size` headlines and in none of the other's. */
function hasOwnProtagonist(counts: ReadonlyMap<number, number>, size: number, other: ReadonlyMap<number, number>): boolean {
  for (const [id, count] of counts) if (count >= PROTAGONIST_SHARE * size && !other.has(id)) return true;
  return false;
}

/** The earlier of two times, NaN (undated) only when both are. */
function earliest(a: number, b: number): number {
  return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
}

function latest(a: number, b: number): number {
  return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
