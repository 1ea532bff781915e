import type { Article } from '../types.js';
import { minHashOfArticle } from '../text/minHash.js';
import { findNearDuplicates } from './findNearDuplicates.js';

/**
 * Folds copies of an article into one: the fullest text is kept (the earliest when equal) and
 * lists the others, with their source and link, in `duplicates`. Order of the rest is kept.
 * `signatureOf` gives an article's minHashOfArticle when it is already known (the
 * cleaning pool signs what it cleans); the others are signed here.
 */
export function collapseDuplicates(articles: readonly Article[], signatureOf?: (article: Article) => Uint32Array | null | undefined): Article[] {
  const groups = findNearDuplicates(
    articles.map((article) => {
      const known = signatureOf?.(article);
      return known === undefined ? minHashOfArticle(article) : known;
    }),
  );
  const folded = new Set<number>();
  const replaced = new Map<number, Article>();
  for (const group of groups) {
    const [keep, ...rest] = [...group].sort(
      (a, b) => articles[b]!.text.length - articles[a]!.text.length || (articles[a]!.published ?? '').localeCompare(articles[b]!.published ?? ''),
    );
    const kept = articles[keep!]!;
    replaced.set(keep!, {
      ...kept,
      duplicates: [
        ...(kept.duplicates ?? []),
        ...rest.map((index) => {
          const copy = articles[index]!;
          return { id: copy.id, source: copy.source, url: copy.url, ...(copy.file ? { file: copy.file } : {}) };
        }),
      ],
    });
    for (const index of rest) folded.add(index);
  }
  return articles.flatMap((article, index) => (folded.has(index) ? [] : [replaced.get(index) ?? article]));
}
