import { analyzeTerms } from '../text/analyzeTerms.js';
import type { Article } from '../types.js';
import { toSparse, type SparseVector } from './sparse.js';

export interface Vectorized {
  vectors: SparseVector[];
  /** Term id → normalised, stemmed key. */
  keys: string[];
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
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
    }
    return id;
  };

  const counts = articles.map((article) => {
    const tf = new Map<number, number>();
    const add = (text: string, weight: number) => {
      for (const term of analyzeTerms(text, article.language)) {
        const id = idOf(term.key);
        tf.set(id, (tf.get(id) ?? 0) + weight * (term.specific ? specificWeight : 1));
      }
    };
    add(article.title, titleWeight);
    add(article.text, 1);
    return tf;
  });

  const documentFrequency = new Int32Array(keys.length);
  for (const tf of counts) for (const id of tf.keys()) documentFrequency[id]!++;
  const n = articles.length;
  const vectors = counts.map((tf) => {
    const weighted = new Map<number, number>();
    for (const [id, count] of tf) {
      const idf = Math.log((n + 1) / (documentFrequency[id]! + 1)) + 1;
      weighted.set(id, (1 + Math.log(count)) * idf);
    }
    return toSparse(weighted);
  });
  return { vectors, keys };
}
