import type { Article } from '../types.js';
import { minHashOfArticle } from '../text/minHash.js';
import { findNearDuplicates } from './findNearDuplicates.js';

/**
 * Folds copies of an article into one: near-duplicate texts, and items with the same link (one
 * outlet's article carried by two of its feeds). The fullest text is kept (the earliest when
 * equal) and lists the others, with their source and link, in `duplicates`. Order of the rest is kept.
 * `signatureOf` gives an article's minHashOfArticle when it is already known (the
 * cleaning pool signs what it cleans); the others are signed here.
 */
export function collapseDuplicates(articles: readonly Article[], signatureOf?: (article: Article) => Uint32Array | null | undefined): Article[] {
  const nearDuplicates = findNearDuplicates(
    articles.map((article) => {
      const known = signatureOf?.(article);
      return known === undefined ? minHashOfArticle(article) : known;
    }),
  );
  const groups = joinGroups(articles.length, [...nearDuplicates, ...sameLinks(articles)]);
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

/** Indexes of articles that share a web link (a local file's link is its own). */
function sameLinks(articles: readonly Article[]): number[][] {
  const byLink = new Map<string, number[]>();
  articles.forEach((article, index) => {
    if (article.file !== undefined || !/^https?:/i.test(article.url)) return;
    const link = article.url.replace(/#.*$/, '');
    const list = byLink.get(link);
    if (list) list.push(index);
    else byLink.set(link, [index]);
  });
  return [...byLink.values()].filter((list) => list.length > 1);
}

/** Groups that share a member become one group (union-find). */
function joinGroups(size: number, groups: readonly (readonly number[])[]): number[][] {
  if (groups.length === 0) return [];
  const parent = new Int32Array(size).map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (const group of groups) for (const member of group.slice(1)) parent[find(member)] = find(group[0]!);
  const joined = new Map<number, number[]>();
  const placed = new Uint8Array(size);
  for (const group of groups) {
    for (const member of group) {
      if (placed[member] === 1) continue;
      placed[member] = 1;
      const root = find(member);
      const list = joined.get(root);
      if (list) list.push(member);
      else joined.set(root, [member]);
    }
  }
  return [...joined.values()];
}
