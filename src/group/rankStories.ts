import type { Story } from '../types.js';

/** Most important first: stories covered by more distinct outlets, then the most recent. */
export function rankStories(stories: readonly Story[]): Story[] {
  return [...stories].sort(
    (a, b) => outlets(b) - outlets(a) || newest(b).localeCompare(newest(a)) || a.title.localeCompare(b.title),
  );
}

/** Distinct sources that carried the story, counting the sources of folded copies. */
export function outlets(story: Story): number {
  const sources = new Set<string>();
  for (const article of story.articles) {
    sources.add(article.source);
    for (const copy of article.duplicates ?? []) sources.add(copy.source);
  }
  return sources.size;
}

function newest(story: Story): string {
  return story.articles.reduce((latest, article) => ((article.published ?? '') > latest ? (article.published ?? '') : latest), '');
}
