import { describe, expect, it } from 'vitest';
import { groupArticles } from '../../src/group/groupArticles.js';
import { buildView } from '../../src/render/buildView.js';
import { createLocale } from '../../src/render/locale.js';
import { viewStory } from '../../src/render/viewStory.js';
import type { Article, Story, Topic } from '../../src/types.js';
import { archiveBriefing } from '../helpers/archiveBriefing.js';

// Words no two stories share, so each article is a story of its own and the budget alone decides.
const LETTERS = {
  en: { first: 'bcdfghjklmnprstvz', rest: 'bcdfghjklmnprstvz', vowels: 'aeiou' },
  // No first letter that Arabic light stemming takes for a prefix (و ب ف ك ل ال س ت ي ن ا).
  ar: { first: 'ثجحخدذرزشصضطظعغق', rest: 'بتثجحخدذرزسشصضطظعغفقكلمنهوي', vowels: 'اوي' },
} as const;

function word(language: 'en' | 'ar', story: number, index: number): string {
  const { first, rest, vowels } = LETTERS[language];
  return `${first[story % first.length]}${vowels[index % vowels.length]}${rest[index % rest.length]}${rest[Math.floor(index / rest.length) % rest.length]}${vowels[(story + index) % vowels.length]}${rest[(story * 7 + index) % rest.length]}`;
}

/** A story of one article of `words` words in `language`, ranked by `rank` (newer ranks higher). */
function story(language: 'en' | 'ar', rank: number, words: number): Article {
  const text = Array.from({ length: words }, (_, index) => word(language, rank, index % 40)).join(' ');
  return {
    id: `${language}-${rank}`,
    title: `${word(language, rank, 41)} ${word(language, rank, 42)} ${word(language, rank, 43)}`,
    url: `https://news.example/${language}/${rank}`,
    source: `Outlet ${rank}`,
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    published: new Date(Date.UTC(2026, 10, 23, 12 - rank)).toISOString(),
    text,
    metadata: {},
    removed: {},
  };
}

function group(articles: readonly Article[], readingMinutes?: number): Topic[] {
  return groupArticles(articles, { topics: [], maxStories: 30, ...(readingMinutes === undefined ? {} : { readingMinutes }) });
}

const byRank = (topics: readonly Topic[]): Story[] => topics.flatMap((topic) => topic.stories).sort((a, b) => a.articles[0]!.id.localeCompare(b.articles[0]!.id));
const shownIds = (topics: readonly Topic[]) => byRank(topics).filter((item) => item.shown).map((item) => item.articles[0]!.id);

describe('groupArticles with a reading budget (briefing.readingMinutes)', () => {
  it('shows English stories, best first, until the next would go over the budget', () => {
    // 230 words a minute: 3, 3, 2, 4 and 1 minutes.
    const articles = [690, 690, 460, 920, 230].map((words, rank) => story('en', rank, words));
    expect(byRank(group(articles))).toHaveLength(5);
    expect(shownIds(group(articles))).toHaveLength(5);
    // 3 + 3 + 2 = 8 fits in 10; the 4-minute story would make 12, and the list ends there:
    // the 1-minute story after it does not jump the queue.
    expect(shownIds(group(articles, 10))).toEqual(['en-0', 'en-1', 'en-2']);
    expect(shownIds(group(articles, 12))).toEqual(['en-0', 'en-1', 'en-2', 'en-3']);
    expect(shownIds(group(articles, 13))).toEqual(['en-0', 'en-1', 'en-2', 'en-3', 'en-4']);
  });

  it('holds fewer Arabic words in the same budget, Arabic being read more slowly', () => {
    const english = [460, 460, 460, 460, 460].map((words, rank) => story('en', rank, words));
    const arabic = [460, 460, 460, 460, 460].map((words, rank) => story('ar', rank, words));
    // 460 words: 2 minutes in English (230 a minute), 3 in Arabic (180 a minute).
    expect(shownIds(group(english, 10))).toEqual(['en-0', 'en-1', 'en-2', 'en-3', 'en-4']);
    expect(shownIds(group(arabic, 10))).toEqual(['ar-0', 'ar-1', 'ar-2']);
  });

  it('cuts a long Arabic briefing where the minutes on the cards reach the budget', () => {
    // 180 words a minute: 2, 4, 1, 3, 2, 5 … minutes.
    const words = [360, 720, 180, 540, 360, 900, 180, 360];
    const topics = group(words.map((count, rank) => story('ar', rank, count)), 10);
    expect(shownIds(topics)).toEqual(['ar-0', 'ar-1', 'ar-2', 'ar-3']);
    // What the budget counts is what the reader is told: the sum of the cards' minutes.
    const briefing = { language: 'ar', dir: 'rtl' as const };
    const minutes = byRank(topics).filter((item) => item.shown).map((item) => viewStory(item, briefing).minutes);
    expect(minutes).toEqual([2, 4, 1, 3]);
    expect(minutes.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(10);
  });

  it('counts the stories left out as "+N more" under their topics', () => {
    const topics = group([690, 690, 460, 920, 230].map((words, rank) => story('en', rank, words)), 10);
    const view = buildView(archiveBriefing({ topics }), createLocale('en', 'UTC'));
    const hidden = topics.reduce((sum, topic) => sum + (topic.stories.some((item) => item.shown) ? topic.stories.filter((item) => !item.shown).length : 0), 0);
    expect(view.topics.reduce((sum, topic) => sum + topic.hidden, 0)).toBe(hidden);
    expect(view.topics.flatMap((topic) => topic.stories)).toHaveLength(3);
  });

  it('always shows the first story, however long', () => {
    const topics = group([story('en', 0, 6900), story('en', 1, 230)], 10);
    expect(shownIds(topics)).toEqual(['en-0']);
  });

  it('applies maxStories first, then the budget', () => {
    const articles = [230, 230, 230, 230].map((words, rank) => story('en', rank, words));
    expect(shownIds(groupArticles(articles, { topics: [], maxStories: 2, readingMinutes: 10 }))).toEqual(['en-0', 'en-1']);
  });
});
