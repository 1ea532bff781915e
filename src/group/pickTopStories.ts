import type { Story, Topic } from '../types.js';
import { outlets, rankStories } from './rankStories.js';

/**
 * The front page: the `count` shown stories covered by the most outlets, then the freshest and
 * largest. On a day when several outlets covered the same events, a story only one outlet carried
 * does not make the front page however fresh it is; on a day of single-outlet stories (one feed,
 * local files) the freshest lead.
 */
export function pickTopStories(topics: readonly Topic[], count: number): Story[] {
  if (count <= 0) return [];
  const ranked = rankStories(topics.flatMap((topic) => topic.stories.filter((story) => story.shown)));
  const widest = ranked.length > 0 ? outlets(ranked[0]!) : 0;
  return ranked.filter((story) => widest < 2 || outlets(story) >= 2).slice(0, count);
}
