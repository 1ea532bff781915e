import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';

export interface TopicMatcher {
  name: string;
  /** Each keyword as its normalised words; stemmed per language when matched. */
  keywords: string[][];
}

// Latin keywords this long also match as prefixes ("cyber" in "cyberattack"); shorter ones would
// match too much ("art" in "article").
const PREFIX_MIN_LENGTH = 5;

export function compileTopics(topics: readonly { name: string; keywords: readonly string[] }[]): TopicMatcher[] {
  return topics.map((topic) => ({
    name: topic.name,
    keywords: topic.keywords.map((keyword) => normalizeText(keyword).match(/[\p{L}\p{N}]+/gu) ?? []).filter((words) => words.length > 0),
  }));
}

/**
 * The configured topic whose keywords occur most often in a story's stemmed terms (ties go to the
 * topic listed first), or undefined when none occurs. Keywords are stemmed in the story's language,
 * so "election" matches "elections" and "السيبراني" matches "السيبرانية".
 */
export function matchTopic(keys: readonly string[], language: string, topics: readonly TopicMatcher[]): string | undefined {
  let best: { name: string; hits: number } | undefined;
  for (const topic of topics) {
    let hits = 0;
    for (const keyword of topic.keywords) hits += countOccurrences(keys, keyword, language);
    if (hits > 0 && (!best || hits > best.hits)) best = { name: topic.name, hits };
  }
  return best?.name;
}

function countOccurrences(keys: readonly string[], keyword: readonly string[], language: string): number {
  const stems = keyword.map((word) => stem(word, language));
  let count = 0;
  for (let i = 0; i + keyword.length <= keys.length; i++) {
    if (keyword.every((word, k) => matches(keys[i + k]!, stems[k]!, word))) count++;
  }
  return count;
}

function matches(key: string, stemmed: string, written: string): boolean {
  if (key === stemmed) return true;
  // The prefix is the keyword as written, not its stem: "election" stems to "elect" and "police"
  // to "polic", which would also catch "electricity" and "policy".
  return written.length >= PREFIX_MIN_LENGTH && /^[a-z]/.test(written) && key.startsWith(written);
}

/** The words of a text as topic matching compares them: normalised, stemmed, stop words kept. */
export function topicKeys(text: string, language: string): string[] {
  return (normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => stem(word, language));
}
