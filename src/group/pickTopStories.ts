import type { Story, Topic } from '../types.js';
import { outlets, rankStories } from './rankStories.js';

/**
 * The front page: the `count` shown stories covered by the most outlets, then the freshest and
 * largest. A story only one outlet carried is no top story however fresh it is: what makes the
 * front page is that several newsrooms judged it worth reporting. A briefing of one feed or of
 * local files therefore has no Top stories, only its topics.
 */
export function pickTopStories(topics: readonly Topic[], count: number, sameEvent?: SameEvent): Story[] {
  return frontPageOf(topics.flatMap((topic) => topic.stories.filter((story) => story.shown)), count, sameEvent);
}

/** Whether two stories tell one event from two sides (the embassy's opening and a reaction to it). */
export type SameEvent = (a: Story, b: Story) => boolean;

/**
 * The `count` stories of `stories` that make the front page (see pickTopStories). A story that
 * `sameEvent` ties to one already on it stays in its topic: the front page gives the day's
 * different events, not three sides of the biggest one.
 */
export function frontPageOf(stories: readonly Story[], count: number, sameEvent?: SameEvent): Story[] {
  if (count <= 0) return [];
  const front: Story[] = [];
  for (const story of rankStories(stories)) {
    if (front.length >= count) break;
    if (outlets(story) < 2) continue;
    if (sameEvent && front.some((picked) => sameEvent(picked, story))) continue;
    front.push(story);
  }
  return front;
}
