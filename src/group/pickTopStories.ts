import type { Story, Topic } from '../types.js';
import { outlets, rankStories } from './rankStories.js';

/**
 * The front page: the `count` shown stories covered by the most outlets, then the freshest and
 * largest. A story only one outlet carried is no top story however fresh it is: what makes the
 * front page is that several newsrooms judged it worth reporting. A briefing of one feed or of
 * local files therefore has no Top stories, only its topics.
 */
export function pickTopStories(topics: readonly Topic[], count: number): Story[] {
  return frontPageOf(topics.flatMap((topic) => topic.stories.filter((story) => story.shown)), count);
}

/** The `count` stories of `stories` that make the front page (see pickTopStories). */
export function frontPageOf(stories: readonly Story[], count: number): Story[] {
  if (count <= 0) return [];
  return rankStories(stories)
    .filter((story) => outlets(story) >= 2)
    .slice(0, count);
}
