import type { Story } from '../types.js';

/**
 * Most important first: stories covered by more distinct outlets, then the most recent.
 */
export function rankStories(stories: readonly Story[]): Story[] {
  return [...stories].sort(
    (a, b) => outlets(b) - outlets(a) || newest(b).localeCompare(newest(a)) || a.title.localeCompare(b.title),
  );
}

export function outlets(story: Story): number {
  return new Set(story.articles.map((article) => article.source)).size;
}

function newest(story: Story): string {
  return story.articles.reduce((latest, article) => ((article.published ?? '') > latest ? (article.published ?? '') : latest), '');
}
