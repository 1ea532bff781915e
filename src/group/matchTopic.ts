import type { Article, TopicHit, TopicMatch } from '../types.js';
import { compileKeyword, type KeywordWord } from './compileKeyword.js';
import { findKeywords } from './findKeywords.js';
import { indexKeywords, type KeywordIndex } from './indexKeywords.js';
import { takeLead } from './takeLead.js';

export interface TopicMatcher {
  name: string;
  /** Each keyword as configured, with its words compiled for matchStoryTopic. */
  phrases: { keyword: string; words: KeywordWord[] }[];
}

export function compileTopics(topics: readonly { name: string; keywords: readonly string[] }[]): TopicMatcher[] {
  return topics.map((topic) => ({
    name: topic.name,
    phrases: topic.keywords.map((keyword) => ({ keyword, words: compileKeyword(keyword) })).filter((phrase) => phrase.words.length > 0),
  }));
}

// A headline that names the topic says the story is about it; a lead that does, that the story is
// much concerned with it; a later sentence may be background, and counts for nothing.
const TITLE_WEIGHT = 1;
const LEAD_WEIGHT = 0.5;
// Without a headline naming it, a topic needs the leads of at least half the story's articles:
// one teaser in three mentioning a country is not what the story is about.
const LEAD_SHARE = 0.5;
const MAX_HITS = 10;

const indexes = new WeakMap<readonly TopicMatcher[], KeywordIndex>();

/**
 * The configured topic a story is about, with the keywords that said so, or undefined. Each article
 * scores 1 when its headline names the topic and 0.5 when its lead does (both: 1.5, however many
 * times); the story's score is the average over its articles. A topic needs a headline somewhere,
 * or the leads of half the articles; the highest score wins, a tie going to the topic listed first.
 * Pass the same `matchers` array for every story: the words looked up are remembered with it.
 */
export function matchStoryTopic(articles: readonly Article[], matchers: readonly TopicMatcher[]): TopicMatch | undefined {
  if (articles.length === 0 || matchers.length === 0) return undefined;
  let index = indexes.get(matchers);
  if (!index) {
    index = indexKeywords(matchers);
    indexes.set(matchers, index);
  }
  const tallies = matchers.map(() => ({ weight: 0, titles: 0, leads: 0, title: [] as TopicHit[], lead: [] as TopicHit[] }));
  for (const article of articles) {
    for (const [field, text] of [['title', article.title], ['lead', takeLead(article.text)]] as const) {
      const named = new Set<number>();
      for (const found of findKeywords(text, article.language, index)) {
        const tally = tallies[found.topic]!;
        if (!named.has(found.topic)) {
          named.add(found.topic);
          tally.weight += field === 'title' ? TITLE_WEIGHT : LEAD_WEIGHT;
          tally[field === 'title' ? 'titles' : 'leads']++;
        }
        const hit = { keyword: matchers[found.topic]!.phrases[found.keyword]!.keyword, matched: text.slice(found.start, found.end), articleId: article.id, field };
        const hits = tally[field];
        if (hits.length < MAX_HITS && !hits.some((other) => other.articleId === hit.articleId && other.keyword === hit.keyword && other.matched === hit.matched)) hits.push(hit);
      }
    }
  }
  let best: { topic: number; score: number } | undefined;
  tallies.forEach((tally, topic) => {
    if (tally.titles === 0 && tally.leads < LEAD_SHARE * articles.length) return;
    const score = tally.weight / articles.length;
    if (!best || score > best.score) best = { topic, score };
  });
  if (!best) return undefined;
  const { topic, score } = best;
  const tally = tallies[topic]!;
  return { topic: matchers[topic]!.name, score: Math.round(score * 1000) / 1000, hits: [...tally.title, ...tally.lead].slice(0, MAX_HITS) };
}
