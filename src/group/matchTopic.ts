import { stem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';

export interface TopicMatcher {
  name: string;
  /** Each keyword as a sequence of stems; a keyword matches where its stems occur in a row. */
  keywords: string[][];
}

// Latin keywords this long also match as prefixes ("cyber" in "cyberattack"); shorter ones would
// match too much ("art" in "article").
const PREFIX_MIN_LENGTH = 5;

export function compileTopics(topics: readonly { name: string; keywords: readonly string[] }[]): TopicMatcher[] {
  return topics.map((topic) => ({
    name: topic.name,
    keywords: topic.keywords.map((keyword) => tokenize(keyword).map(stem)).filter((stems) => stems.length > 0),
  }));
}

/**
 * The configured topic whose keywords occur most often in the stemmed tokens of a story (ties go
 * to the topic listed first), or undefined when none occurs.
 */
export function matchTopic(tokens: readonly string[], topics: readonly TopicMatcher[]): string | undefined {
  let best: { name: string; hits: number } | undefined;
  for (const topic of topics) {
    let hits = 0;
    for (const keyword of topic.keywords) hits += countOccurrences(tokens, keyword);
    if (hits > 0 && (!best || hits > best.hits)) best = { name: topic.name, hits };
  }
  return best?.name;
}

function countOccurrences(tokens: readonly string[], keyword: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + keyword.length <= tokens.length; i++) {
    if (keyword.every((part, k) => matches(tokens[i + k]!, part))) count++;
  }
  return count;
}

function matches(token: string, keyword: string): boolean {
  if (token === keyword) return true;
  return keyword.length >= PREFIX_MIN_LENGTH && /^[a-z]/.test(keyword) && token.startsWith(keyword);
}
