import { forEachTerm } from '../text/analyzeTerms.js';
import { startsLowerCase } from '../text/startsLowerCase.js';
import type { Article } from '../types.js';
import { hasId, sparseOf, type SparseVector } from './sparse.js';

export interface Vectorized {
  vectors: SparseVector[];
  /** Term id → normalised, stemmed key. */
  keys: string[];
  /**
   * Per article, the ascending ids of its terms that name something: numbers, and words written
   * capitalised inside a sentence (a person, place or organisation). A Title Case headline says
   * nothing by its capitals, so only its numbers count.
   */
  named: Int32Array[];
  /** Per article, the ascending ids of its headline's terms. */
  headlines: Int32Array[];
  /** Per article, the ascending ids of its `named` terms that its headline has. */
  headlineNamed: Int32Array[];
}

export interface VectorizeOptions {
  /** The headline names the event: its terms count this many times. @default 3 */
  titleWeight?: number;
  /** Names and numbers tell one earthquake from another: their weight is multiplied by this. @default 1.5 */
  specificWeight?: number;
}

/** TF-IDF vectors of the articles (sublinear tf, smoothed idf, L2-normalised), in order. */
export function vectorize(articles: readonly Article[], options: VectorizeOptions = {}): Vectorized {
  const titleWeight = options.titleWeight ?? 3;
  const specificWeight = options.specificWeight ?? 1.5;
  // A term that counts for nothing has no place in a vector (and log(0) would make its weight -∞).
  if (!(titleWeight > 0 && specificWeight > 0)) throw new RangeError(`vectorize: weights must be positive (titleWeight ${titleWeight}, specificWeight ${specificWeight})`);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  // Term counts pile up in one dense array indexed by term id, and each article keeps only its
  // terms and their counts in typed arrays: a Map per article and an object per term cost a
  // quarter of the time (docs/performance.md).
  let dense = new Float64Array(1024);
  const touched: number[] = [];
  let isNamed = new Uint8Array(1024);
  const namedIds: number[] = [];
  // How often each term is written capitalised inside a sentence, and how often in lower case, over
  // the whole run: a name in one outlet's sentence-case headline is a name in another's Title Case.
  let capitalisedCounts = new Int32Array(1024);
  let lowerCounts = new Int32Array(1024);
  // Where capitals mean names, names joined by a hyphen are read apart too ("Israel-Gaza").
  const count = (text: string, language: string, weight: number, capitalsName: boolean) => {
    forEachTerm(text, language, (key, specific, surface) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        if (id === dense.length) dense = grow(dense);
        if (id === isNamed.length) isNamed = growFlags(isNamed);
        if (id === capitalisedCounts.length) {
          capitalisedCounts = growCounts(capitalisedCounts);
          lowerCounts = growCounts(lowerCounts);
        }
      }
      if (specific && capitalsName && !isNumber(surface)) capitalisedCounts[id]!++;
      else if (startsLowerCase(surface)) {
        lowerCounts[id]!++;
        lowerHere.push(id);
      }
      if (specific && isNamed[id] === 0 && (capitalsName || isNumber(surface))) {
        isNamed[id] = 1;
        namedIds.push(id);
      }
      // Every weight is positive, so a zero count means the article has not met the term yet.
      if (dense[id] === 0) touched.push(id);
      dense[id]! += weight * (specific ? specificWeight : 1);
    }, capitalsName);
  };
  const named: Int32Array[] = [];
  const headlines: Int32Array[] = [];
  // The terms an article writes in lower case are common words there, whatever the run makes of
  // them: "McDonald's game plan" is no "Game of Thrones".
  const lowerHere: number[] = [];
  const lowerInArticle: Int32Array[] = [];
  const counted = articles.map((article) => {
    count(article.title, article.language, titleWeight, !isTitleCase(article.title, article.language));
    headlines.push(Int32Array.from(touched).sort());
    count(article.text, article.language, 1, true);
    named.push(Int32Array.from(namedIds).sort());
    lowerInArticle.push(Int32Array.from(lowerHere).sort());
    lowerHere.length = 0;
    for (const id of namedIds) isNamed[id] = 0;
    namedIds.length = 0;
    const termIds = Int32Array.from(touched).sort();
    const counts = new Float64Array(termIds.length);
    termIds.forEach((id, index) => {
      counts[index] = dense[id]!;
      dense[id] = 0;
    });
    touched.length = 0;
    return { ids: termIds, counts };
  });

  // A term the run writes as a name at least as often as in lower case names something in every
  // article that has it, but one that writes it in lower case.
  const namedInRun = (id: number) => capitalisedCounts[id]! > 0 && capitalisedCounts[id]! >= lowerCounts[id]!;
  for (let index = 0; index < counted.length; index++) {
    const own = named[index]!;
    const extra = counted[index]!.ids.filter((id) => namedInRun(id) && !own.includes(id) && !hasId(lowerInArticle[index]!, id));
    if (extra.length > 0) named[index] = Int32Array.from([...own, ...extra]).sort();
  }

  const headlineNamed = named.map((ids, index) => ids.filter((id) => hasId(headlines[index]!, id)));

  const documentFrequency = new Int32Array(keys.length);
  for (const { ids: termIds } of counted) for (const id of termIds) documentFrequency[id]!++;
  const n = articles.length;
  const idf = Float64Array.from(documentFrequency, (frequency) => Math.log((n + 1) / (frequency + 1)) + 1);
  return {
    vectors: counted.map(({ ids: termIds, counts }) => sparseOf(termIds, (id, index) => (1 + Math.log(counts[index]!)) * idf[id]!)),
    keys,
    named,
    headlines,
    headlineNamed,
  };
}

/**
 * Whether a headline capitalises its words as a matter of style ("Pizza-Maker Sbarro Files For
 * Chapter 11"): most of its content words after the first are capitalised.
 */
function isTitleCase(title: string, language: string): boolean {
  let words = 0;
  let capitalised = 0;
  forEachTerm(title, language, (_key, specific, surface) => {
    if (specific && isNumber(surface)) return;
    words++;
    if (specific) capitalised++;
  });
  return words >= 3 && capitalised >= 0.6 * (words - 1);
}

/**
 * A specific term (see analyzeTerms) that does not start with a capital is a number, in any
 * script's digits, or a brand written in lower case ("iPhone"): either names something wherever
 * it stands.
 */
function isNumber(surface: string): boolean {
  const first = surface.charAt(0);
  return first.toLowerCase() === first;
}

function growCounts(counts: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(counts.length * 2);
  larger.set(counts);
  return larger;
}

function growFlags(flags: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const larger = new Uint8Array(flags.length * 2);
  larger.set(flags);
  return larger;
}

function grow(dense: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(dense.length * 2);
  larger.set(dense);
  return larger;
}
