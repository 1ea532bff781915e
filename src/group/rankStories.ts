import type { Story } from '../types.js';
import { outletOf, siteOf } from './outletOf.js';

// Among stories of as many outlets, a story of more articles is bigger news, and an older one
// fades: its articles count half as much for every twelve hours it is older. Sixteen articles on
// a minister's dismissal outrank five on reopened airports from the same morning; yesterday's
// large story does not outrank this morning's.
const HALF_LIFE_MS = 12 * 3_600_000;

/**
 * Most important first: stories covered by more distinct outlets, then the freshest and largest
 * (articles, halved for every twelve hours of age), then the freshest. Freshness is what the
 * sources say: an article a feed left undated is dated by when the run first saw it, which makes
 * every undated item of a first run the newest of the day (on 2021-07-16 five undated items of
 * one feed led five sections); such articles count as old.
 */
export function rankStories(stories: readonly Story[]): Story[] {
  const weight = new Map(stories.map((story) => [story, Math.log2(story.articles.length) + newestTime(story) / HALF_LIFE_MS]));
  return [...stories].sort(
    (a, b) =>
      outlets(b) - outlets(a) ||
      weight.get(b)! - weight.get(a)! ||
      newest(b).localeCompare(newest(a)) ||
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

/** The newest date its sources gave the story's articles ('' when they gave none). */
function newest(story: Story): string {
  return story.articles.reduce((latest, article) => (article.dateSource && (article.published ?? '') > latest ? (article.published ?? '') : latest), '');
}

/** The newest dated article's time in milliseconds; a story of undated articles is as old as the epoch. */
function newestTime(story: Story): number {
  const time = Date.parse(newest(story));
  return Number.isNaN(time) ? 0 : time;
}
