import type { Story, Topic } from '../types.js';
import { outlets, rankStories } from './rankStories.js';

/**
 * The front page: the `count` shown stories covered by the most outlets, then the freshest and
 * largest. A story only one outlet carried is no top story however fresh it is: what makes the
 * front page is that several newsrooms judged it worth reporting. A briefing of one feed or of
 * local files therefore has no Top stories, only its topics.
 */
export function pickTopStories(topics: readonly Topic[], count: number): Story[] {
  if (count <= 0) return [];
  const ranked = rankStories(topics.flatMap((topic) => topic.stories.filter((story) => story.shown)));
  return ranked.filter((story) => outlets(story) >= 2).slice(0, count);
}
