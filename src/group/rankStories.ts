import type { Story } from '../types.js';
import { outletOf, siteOf } from './outletOf.js';

// Among stories of as many outlets, a story of more articles is bigger news, and an older one
// fades: its articles count half as much for every twelve hours it is older. Sixteen articles on
// a minister's dismissal outrank five on reopened airports from the same morning; yesterday's
// large story does not outrank this morning's.
const HALF_LIFE_MS = 12 * 3_600_000;
// An article a feed left undated is dated by when the run first saw it, which makes every undated
// item of a first run the newest of the day (on 2021-07-16 five undated items of one feed led five
// sections). It ranks as a day older than that: after the day's dated news, before stale items.
const UNDATED_AGE_MS = 24 * 3_600_000;

/**
 * Most important first: stories covered by more distinct outlets, then the freshest and largest
 * (articles, halved for every twelve hours of age), then the freshest. An undated article counts
 * as a day older than the run's first sighting of it (see UNDATED_AGE_MS).
 */
export function rankStories(stories: readonly Story[]): Story[] {
  const newest = new Map(stories.map((story) => [story, newestTime(story)]));
  const weight = new Map(stories.map((story) => [story, Math.log2(story.articles.length) + newest.get(story)! / HALF_LIFE_MS]));
  return [...stories].sort(
    (a, b) =>
      outlets(b) - outlets(a) ||
      weight.get(b)! - weight.get(a)! ||
      newest.get(b)! - newest.get(a)! ||
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
    hosts.add(siteOf(article.outlet ?? outletOf(article.url, article.source)));
    for (const copy of article.duplicates ?? []) hosts.add(siteOf(outletOf(copy.url, copy.source)));
  }
  return hosts.size;
}

/** The newest article's time in milliseconds, an undated one's a day before it was first seen; 0 when none has a time. */
function newestTime(story: Story): number {
  let newest = 0;
  for (const article of story.articles) {
    const time = Date.parse(article.published ?? '');
    if (Number.isNaN(time)) continue;
    newest = Math.max(newest, article.dateSource ? time : time - UNDATED_AGE_MS);
  }
  return newest;
}
