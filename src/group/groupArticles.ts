import { stem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';
import type { Article, Story, Topic } from '../types.js';
import { buildStories } from './buildStories.js';
import { clusterArticles } from './clusterArticles.js';
import { compileTopics, matchTopic } from './matchTopic.js';
import { rankStories } from './rankStories.js';
import { weighTerms } from './weighTerms.js';

export interface GroupOptions {
  topics: readonly { name: string; keywords: readonly string[] }[];
  /** Default topic per source name, used when no configured topic matches a story. */
  sourceTopics?: ReadonlyMap<string, string>;
  /** Most stories shown in the email; the rest stay in the JSON with `shown: false`. */
  maxStories: number;
}

/** Name of the topic for stories that match no configured one. */
export const OTHER_TOPIC = 'Other';

/**
 * Merges articles about the same event into stories, files each story under a topic, ranks them
 * and marks which ones the email shows. Topics come in config order, "Other" last.
 */
export function groupArticles(articles: readonly Article[], options: GroupOptions): Topic[] {
  const stories = rankStories(buildStories(articles, clusterArticles(weighTerms(articles))));
  stories.forEach((story, rank) => (story.shown = rank < options.maxStories));

  const matchers = compileTopics(options.topics);
  const byTopic = new Map<string, Story[]>();
  for (const story of stories) {
    const name = topicOf(story, matchers, options.sourceTopics);
    byTopic.set(name, [...(byTopic.get(name) ?? []), story]);
  }
  const order = [...options.topics.map((topic) => topic.name), ...(options.sourceTopics?.values() ?? [])];
  const configured = new Set(options.topics.map((topic) => topic.name));
  return [...byTopic]
    .sort(([a], [b]) => rankOf(a, order) - rankOf(b, order))
    .map(([name, topicStories]) => ({ name, kind: configured.has(name) ? 'configured' : 'automatic', stories: topicStories }));
}

function topicOf(story: Story, matchers: ReturnType<typeof compileTopics>, sourceTopics?: ReadonlyMap<string, string>): string {
  const tokens = story.articles.flatMap((article) => tokenize(`${article.title}\n${article.text}`).map(stem));
  const matched = matchTopic(tokens, matchers);
  if (matched) return matched;
  for (const article of story.articles) {
    const fallback = sourceTopics?.get(article.source);
    if (fallback) return fallback;
  }
  return OTHER_TOPIC;
}

function rankOf(name: string, order: readonly string[]): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length + (name === OTHER_TOPIC ? 1 : 0) : index;
}
