import type { Story } from '../types.js';
import { outletOf } from './outletOf.js';

/** Most important first: stories covered by more distinct outlets, then the freshest, then the largest. */
export function rankStories(stories: readonly Story[]): Story[] {
  return [...stories].sort(
    (a, b) =>
      outlets(b) - outlets(a) ||
      newest(b).localeCompare(newest(a)) ||
      b.articles.length - a.articles.length ||
      a.title.localeCompare(b.title),
  );
}

/**
 * Distinct outlets that carried the story, counting the links of folded copies: one outlet's two
 * feeds carrying one article, or several of its articles, count once.
 */
export function outlets(story: Story): number {
  if (story.outlets !== undefined) return story.outlets;
  const hosts = new Set<string>();
  for (const article of story.articles) {
    hosts.add(article.outlet ?? outletOf(article.url, article.source));
    for (const copy of article.duplicates ?? []) hosts.add(outletOf(copy.url, copy.source));
  }
  return hosts.size;
}

function newest(story: Story): string {
  return story.articles.reduce((latest, article) => ((article.published ?? '') > latest ? (article.published ?? '') : latest), '');
}
