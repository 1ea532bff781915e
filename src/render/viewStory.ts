import type { Article, Direction, Story } from '../types.js';
import { readingMinutes } from './readingMinutes.js';
import { safeUrl } from './safeUrl.js';

export interface StoryView {
  title: string;
  summary: string;
  language: string;
  dir: Direction;
  align: 'left' | 'right';
  /** The first article's url, or null when it is not a link a mail client should open. */
  link: string | null;
  /**
   * One link per outlet that carried the story, its own articles and the copies folded into them
   * alike, in the order the outlets first appear; each links to that outlet's first safe url.
   */
  outlets: { name: string; url: string | null }[];
  /** Estimated minutes to read the story's main article; 0 when it has no text. */
  minutes: number;
}

/** The view of one shown story. */
export function viewStory(story: Story): StoryView {
  // The article that speaks for the story, as the group stage chose its title: the first one in
  // the story's language (articles come most representative first).
  const lead = story.articles.find((article) => article.language === story.language) ?? story.articles[0];
  return {
    title: story.title,
    summary: story.summary,
    language: story.language,
    dir: story.dir,
    align: alignFor(story.dir),
    link: safeUrl(story.articles[0]?.url),
    outlets: listOutlets(story.articles),
    minutes: lead === undefined ? 0 : readingMinutes(lead.text, lead.language),
  };
}

export function alignFor(dir: Direction): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

/**
 * The story's own articles come before the copies, so an outlet that has an article in the story
 * links to it rather than to a syndicated copy; a later safe url replaces an unsafe first one.
 */
function listOutlets(articles: readonly Article[]): StoryView['outlets'] {
  const outlets = new Map<string, string | null>();
  const copies = articles.flatMap((article) => article.duplicates ?? []);
  for (const { source, url } of [...articles, ...copies]) {
    if (outlets.get(source) == null) outlets.set(source, safeUrl(url));
  }
  return [...outlets].map(([name, url]) => ({ name, url }));
}
