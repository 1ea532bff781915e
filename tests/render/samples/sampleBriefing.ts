import type { Article, Briefing, DuplicateRef, Story, Topic } from '../../../src/types.js';
import { ARABIC_STORIES } from './arabicStories.js';
import { ENGLISH_STORIES } from './englishStories.js';

/** A hand-written story: what a briefing shows of it. */
export interface SampleStory {
  /** `Other` becomes the group stage's automatic catch-all topic. */
  topic: string;
  title: string;
  summary: string;
}

type Language = 'ar' | 'en';

interface Outlet {
  name: string;
  /** A link shaped like the outlet's real ones; `n` keeps links of different stories apart. */
  link(title: string, n: number): string;
}

// Arabic outlets often put the headline in the path, percent-encoded: six bytes per letter, the
// heaviest links a briefing carries. Others use short numeric ids. Both kinds are here.
const arabicSlug = (title: string): string => encodeURIComponent(title.split(' ').slice(0, 5).join('-'));
const englishSlug = (title: string): string =>
  title.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(/\s+/).slice(0, 8).join('-');
const hex = (n: number, length: number): string => (n * 2654435761).toString(16).padStart(length, '0').repeat(4).slice(0, length);

const OUTLETS: Record<Language, readonly Outlet[]> = {
  ar: [
    { name: 'الجزيرة', link: (t, n) => `https://www.aljazeera.example/news/2024/3/5/${arabicSlug(t)}?n=${n}` },
    { name: 'بي بي سي عربي', link: (_, n) => `https://www.bbc.example/arabic/articles/c${hex(n, 10)}o` },
    { name: 'العربية', link: (t, n) => `https://www.alarabiya.example/arab-and-world/2024/03/05/${arabicSlug(t)}-${n}` },
    { name: 'الشرق الأوسط', link: (_, n) => `https://aawsat.example/node/${4890000 + n}` },
    { name: 'سكاي نيوز عربية', link: (t, n) => `https://www.skynewsarabia.example/world/${1697845 + n}-${arabicSlug(t)}` },
    { name: 'رويترز', link: (_, n) => `https://www.reuters.example/world/middle-east/${hex(n, 8)}-2024-03-05/` },
    { name: 'فرانس 24', link: (_, n) => `https://www.france24.example/ar/20240305-${hex(n, 12)}` },
  ],
  en: [
    { name: 'Reuters', link: (t, n) => `https://www.reuters.example/world/${englishSlug(t)}-2024-03-05-${n}/` },
    { name: 'AP News', link: (t, n) => `https://apnews.example/article/${englishSlug(t)}-${hex(n, 32)}` },
    { name: 'BBC News', link: (_, n) => `https://www.bbc.example/news/world-${68470000 + n}` },
    { name: 'The Guardian', link: (t, n) => `https://www.theguardian.example/world/2024/mar/05/${englishSlug(t)}-${n}` },
    { name: 'Financial Times', link: (_, n) => `https://www.ft.example/content/${hex(n, 8)}-${hex(n + 1, 4)}-${hex(n + 2, 4)}-${hex(n + 3, 12)}` },
    { name: 'Bloomberg', link: (t, n) => `https://www.bloomberg.example/news/articles/2024-03-05/${englishSlug(t)}-${n}` },
  ],
};

const WRITTEN: Record<Language, readonly SampleStory[]> = { ar: ARABIC_STORIES, en: ENGLISH_STORIES };
const TITLES: Record<Language, string> = { ar: 'الموجز اليومي', en: 'Daily Briefing' };
const OUTLET_COUNTS = [1, 2, 3, 4, 2, 3, 1, 2];

export interface SampleOptions {
  /** Stories the email shows; the twenty written ones are reused past twenty, with other links. @default 40 */
  shown?: number;
  /** Stories left out of the email (they only add "+N more"). @default 6 */
  hidden?: number;
  /** Shown stories that open the email under Top stories, as the group stage puts them. @default 5 */
  top?: number;
}

/**
 * A briefing the size and shape of a heavy real one: Top stories, then every story with one to
 * four outlets (some of them only as folded copies), a body of 250 to 1,350 words, a few topics and
 * "Other", and two sources with problems.
 */
export function sampleBriefing(language: Language, options: SampleOptions = {}): Briefing {
  const shown = options.shown ?? 40;
  const hidden = options.hidden ?? 6;
  const top = Math.min(options.top ?? 5, shown);
  const written = WRITTEN[language];
  const stories = Array.from({ length: shown + hidden }, (_, n) =>
    ({ ...sampleStory(language, written[n % written.length]!, n), shown: n < shown }));
  const topicOf = new Map(stories.map((story, n) => [story.id, written[n % written.length]!.topic]));
  const briefing = briefingOf(language, stories.slice(top), (story) => topicOf.get(story.id) ?? 'Other');
  const front: Topic[] = top > 0 ? [{ name: 'Top stories', kind: 'top', section: 'top', stories: stories.slice(0, top) }] : [];
  return { ...briefing, topics: [...front, ...briefing.topics], stats: statsOf(stories) };
}

/**
 * Arabic and English stories side by side in the same topics, in a briefing whose own language is
 * `language`: what the browser test and screenshots look at.
 */
export function mixedBriefing(language: Language): Briefing {
  const picks: [Language, number][] = [['en', 1], ['ar', 2], ['ar', 0], ['en', 0], ['ar', 12], ['en', 14]];
  const stories = picks.map(([lang, index], n) => sampleStory(lang, WRITTEN[lang][index]!, n));
  const topics = language === 'ar' ? ['اقتصاد', 'سياسة'] : ['Economy', 'Politics'];
  const topicOf = new Map(stories.map((story, n) => [story.id, topics[Math.floor(n / 2)] ?? 'Other']));
  return briefingOf(language, stories, (story) => topicOf.get(story.id) ?? 'Other');
}

function briefingOf(language: Language, stories: Story[], topicOf: (story: Story) => string): Briefing {
  const names = [...new Set(stories.map(topicOf))].sort((a, b) => Number(a === 'Other') - Number(b === 'Other'));
  const topics: Topic[] = names.map((name) => ({
    name,
    kind: name === 'Other' ? 'automatic' : 'configured',
    stories: stories.filter((story) => topicOf(story) === name),
  }));
  return {
    version: 1,
    date: '2024-03-05',
    title: TITLES[language],
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    timezone: language === 'ar' ? 'Asia/Riyadh' : 'Europe/London',
    generatedAt: '2024-03-05T04:00:00.000Z',
    topics,
    sources: [
      ...OUTLETS[language].map((outlet) => ({ name: outlet.name, status: 'ok' as const, items: 12 })),
      { name: 'Local Gazette', status: 'failed', items: 0, error: 'HTTP 503 Service Unavailable' },
      { name: 'Weekly Digest', status: 'empty', items: 0 },
    ],
    stats: statsOf(stories),
  };
}

function statsOf(stories: readonly Story[]): Briefing['stats'] {
  const articles = stories.reduce((sum, story) => sum + story.articles.length, 0);
  return { articles, stories: stories.length, shownStories: stories.filter((story) => story.shown).length };
}

/** Story `n`: its outlets are its articles, except that the third and fourth arrive as copies. */
function sampleStory(language: Language, written: SampleStory, n: number): Story {
  const outlets = OUTLETS[language];
  const count = OUTLET_COUNTS[n % OUTLET_COUNTS.length]!;
  const chosen = Array.from({ length: count }, (_, k) => outlets[(n * 3 + k) % outlets.length]!);
  const words = 250 + ((n * 173) % 1100);
  const articleOf = (outlet: Outlet, k: number): Article => ({
    id: `s${n}-a${k}`,
    title: written.title,
    url: outlet.link(written.title, n),
    source: outlet.name,
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    published: '2024-03-05T01:00:00.000Z',
    text: bodyOf(written.summary, k === 0 ? words : Math.round(words * 0.7)),
    metadata: {},
    removed: {},
  });
  const articles = chosen.slice(0, 2).map(articleOf);
  const copies: DuplicateRef[] = chosen.slice(2).map((outlet, k) => ({
    id: `s${n}-c${k}`,
    source: outlet.name,
    url: outlet.link(written.title, n + 1000),
    similarity: 0.9,
  }));
  const [first] = articles;
  if (first && copies.length > 0) articles[0] = { ...first, duplicates: copies };
  return {
    id: `s${n}`,
    title: written.title,
    summary: written.summary,
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    articles,
    merged: articles.slice(1).map((article) => ({ articleId: article.id, similarity: 0.5 })),
    shown: true,
  };
}

/** A body of about `words` words: the summary's sentences, over and over, in paragraphs. */
function bodyOf(summary: string, words: number): string {
  const sentence = summary.split(/\s+/);
  const out: string[] = [];
  while (out.length < words) out.push(...sentence);
  const all = out.slice(0, words);
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; i += 60) paragraphs.push(all.slice(i, i + 60).join(' '));
  return paragraphs.join('\n\n');
}
