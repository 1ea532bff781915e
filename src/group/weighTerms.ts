import { extractTerms } from '../text/terms.js';
import type { Article } from '../types.js';

/** A sparse TF-IDF vector with unit length. */
export type TermVector = ReadonlyMap<string, number>;

// The headline names the event; counting its terms three times lets it outweigh a long body.
const TITLE_WEIGHT = 3;

/** TF-IDF vectors (sublinear tf, smoothed idf, L2-normalised) of the articles, in order. */
export function weighTerms(articles: readonly Article[]): TermVector[] {
  const counts = articles.map((article) => {
    const tf = new Map<string, number>();
    const add = (term: string, weight: number) => tf.set(term, (tf.get(term) ?? 0) + weight);
    for (const term of extractTerms(article.title, article.language)) add(term, TITLE_WEIGHT);
    for (const term of extractTerms(article.text, article.language)) add(term, 1);
    return tf;
  });
  const documentFrequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = articles.length;
  return counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const idf = Math.log((n + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
      const weight = (1 + Math.log(count)) * idf;
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
