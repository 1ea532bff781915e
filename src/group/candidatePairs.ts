import { hasId, Spread, type SparseVector } from './sparse.js';

export interface CandidateOptions {
  /** Terms of each article that propose neighbours: its heaviest ones. @default 15 */
  topTerms?: number;
  /** A term shared by more articles than this is too common to say "same story". @default 300 */
  maxPosting?: number;
  /** Articles further apart in time than this are not compared (when both are dated). @default 3 days */
  windowMs?: number;
  /** Least cosine similarity for a pair to be kept. */
  minSimilarity: number;
  /**
   * Per article, the ids of its terms that name something (vectorize's `named`). With them, a pair
   * must share more than one common word: see {@link enoughInCommon}.
   */
  named?: readonly Int32Array[];
  /** Per article, the outlet that published it (see outletOf). */
  outlets?: readonly string[];
  /**
   * Least cosine similarity for two articles of one outlet: its own pieces share its section's
   * vocabulary and house style ("Check the price", "S'pore"), which says little about the event.
   * @default minSimilarity
   */
  sameOutletMinSimilarity?: number;
}

export interface Pair {
  i: number;
  j: number;
  similarity: number;
}

/**
 * The pairs of articles worth comparing, without comparing all n² of them: each article's heaviest
 * terms go into an inverted index; two articles become a candidate pair when they share at least
 * two of those terms (or one, when an article has very few), lie within the time window, and their
 * cosine similarity reaches the minimum. Cost grows with n × topTerms × maxPosting, i.e. linearly.
 */
export function candidatePairs(vectors: readonly SparseVector[], times: readonly (number | null)[], options: CandidateOptions): Pair[] {
  const topTerms = options.topTerms ?? 15;
  const maxPosting = options.maxPosting ?? 300;
  const windowMs = options.windowMs ?? 3 * 86_400_000;
  // A few hundred articles are compared pair by pair: cheap, and in a small set the heaviest
  // terms are the ones unique to each article, which would hide the terms two of them share.
  const keep = keeper(vectors, options);
  if (vectors.length <= SMALL_SET) return allPairs(vectors, times, windowMs, keep);
  const tops = vectors.map((vector) => heaviest(vector, topTerms));

  const postings = new Map<number, number[]>();
  tops.forEach((terms, index) => {
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });

  const shared = new Int32Array(vectors.length);
  const touched: number[] = [];
  const pairs: Pair[] = [];
  const spread = new Spread(vectors);
  for (let i = 0; i < vectors.length; i++) {
    spread.set(vectors[i]!);
    for (const term of tops[i]!) {
      const list = postings.get(term)!;
      if (list.length > maxPosting) continue;
      for (const j of list) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    const needed = tops[i]!.length < 4 ? 1 : 2;
    for (const j of touched) {
      if (shared[j]! >= needed && withinWindow(times[i], times[j], windowMs)) {
        const similarity = spread.dot(vectors[j]!);
        if (keep(i, j, similarity)) pairs.push({ i, j, similarity });
      }
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return pairs;
}

const SMALL_SET = 400;

function allPairs(vectors: readonly SparseVector[], times: readonly (number | null)[], windowMs: number, keep: Keep): Pair[] {
  const pairs: Pair[] = [];
  const spread = new Spread(vectors);
  for (let i = 0; i < vectors.length; i++) {
    spread.set(vectors[i]!);
    for (let j = i + 1; j < vectors.length; j++) {
      if (!withinWindow(times[i], times[j], windowMs)) continue;
      const similarity = spread.dot(vectors[j]!);
      if (keep(i, j, similarity)) pairs.push({ i, j, similarity });
    }
  }
  return pairs;
}

type Keep = (i: number, j: number, similarity: number) => boolean;

function keeper(vectors: readonly SparseVector[], options: CandidateOptions): Keep {
  const { minSimilarity, named, outlets } = options;
  const sameOutlet = options.sameOutletMinSimilarity ?? minSimilarity;
  const least = outlets ? (i: number, j: number) => (outlets[i] === outlets[j] ? sameOutlet : minSimilarity) : () => minSimilarity;
  if (!named) return (i, j, similarity) => similarity >= least(i, j);
  return (i, j, similarity) => similarity >= least(i, j) && enoughInCommon(vectors[i]!, vectors[j]!, named[i]!, named[j]!, similarity);
}

// Two texts this alike are the same report, nearly word for word, whatever words they share (a
// headline carried twice). At 0.5 two short headlines sharing two ordinary words passed: "'Bachelor'
// star Juan Pablo's relationship with ex raises concerns" and "Safety Concerns Raised Over CarPlay".
const ALIKE = 0.8;

/**
 * Whether two articles share enough to be about one event: three terms, or two of which one names
 * something (a person, place, organisation or number). One word in common ("woman", "Iran") or two
 * ordinary ones ("woman", "car") is a coincidence of the day's vocabulary, which in short headlines
 * and teasers can still make a high cosine.
 */
export function enoughInCommon(a: SparseVector, b: SparseVector, namedA: Int32Array, namedB: Int32Array, similarity: number): boolean {
  if (similarity >= ALIKE) return true;
  let shared = 0;
  let sharedNames = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
    const left = a.ids[x]!;
    const right = b.ids[y]!;
    if (left < right) x++;
    else if (left > right) y++;
    else {
      shared++;
      if (hasId(namedA, left) || hasId(namedB, left)) sharedNames++;
      if (shared >= 3 || (shared >= 2 && sharedNames >= 1)) return true;
      x++;
      y++;
    }
  }
  return false;
}

/**
 * The ids of a vector's `count` heaviest terms, heaviest first, ties in id order (as a stable sort
 * by weight would give them): kept in a short sorted list as the vector is read, since sorting
 * every term of every article to keep fifteen cost more than the rest of the search.
 */
function heaviest(vector: SparseVector, count: number): number[] {
  const top: number[] = [];
  const { ids, weights } = vector;
  for (let index = 0; index < ids.length; index++) {
    const weight = weights[index]!;
    if (top.length === count && !(weight > weights[top[count - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && weight > weights[top[at - 1]!]!) at--;
    top.splice(at, 0, index);
    if (top.length > count) top.pop();
  }
  return top.map((index) => ids[index]!);
}

function withinWindow(a: number | null | undefined, b: number | null | undefined, windowMs: number): boolean {
  return a === null || a === undefined || b === null || b === undefined || Math.abs(a - b) <= windowMs;
}
