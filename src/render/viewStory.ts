import type { Article, Direction, Story } from '../types.js';
import { readingMinutes } from '../text/readingMinutes.js';
import { safeUrl } from './safeUrl.js';

export interface StoryView {
  title: string;
  summary: string;
  language: string;
  dir: Direction;
  align: 'left' | 'right';
  /** The first article's url, or null when it is not a link a mail client should open. */
  link: string | null;
  /**
   * One link per outlet that carried the story, its own articles and the copies folded into them
   * alike, in the order the outlets first appear; each links to that outlet's first safe url.
   * `isolate` when the name may not read in the story's direction (`رويترز` in an English story,
   * `Reuters` in an Arabic one): the template gives it `dir="auto"` so the list keeps its order.
   */
  outlets: { name: string; url: string | null; isolate: boolean }[];
  /** Outlets that carried the story in all, listed or not. */
  outletCount: number;
  /** Outlets not listed: a story carried by 80 feeds names the first few and counts the rest. */
  moreOutlets: number;
  /**
   * The story is not in the briefing's language or direction, so the interface text inside its
   * card (reading time, "N sources") needs the briefing's `lang` and `dir` back.
   */
  foreign: boolean;
  /** Estimated minutes to read the story's main article; 0 when it has no text. */
  minutes: number;
}

// Outlets named on a story card; eight fill about two lines of a phone screen.
const MAX_OUTLETS = 8;

/** The view of one shown story of a briefing in `language` and `dir`. */
export function viewStory(story: Story, briefing: { language: string; dir: Direction }): StoryView {
  // The article that speaks for the story, as the group stage chose its title: the first one in
  // the story's language (articles come most representative first).
  const lead = story.articles.find((article) => article.language === story.language) ?? story.articles[0];
  const outlets = listOutlets(story.articles, story.dir);
  return {
    title: story.title,
    summary: story.summary,
    language: story.language,
    dir: story.dir,
    align: alignFor(story.dir),
    link: safeUrl(story.articles[0]?.url),
    outlets: outlets.slice(0, MAX_OUTLETS),
    outletCount: outlets.length,
    moreOutlets: Math.max(0, outlets.length - MAX_OUTLETS),
    foreign: story.dir !== briefing.dir || primary(story.language) !== primary(briefing.language),
    minutes: lead === undefined ? 0 : readingMinutes(lead.text, lead.language),
  };
}

export function alignFor(dir: Direction): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

/**
 * The story's own articles come before the copies, so an outlet that has an article in the story
 * links to it rather than to a syndicated copy; a later safe url replaces an unsafe first one.
 */
function listOutlets(articles: readonly Article[], dir: Direction): StoryView['outlets'] {
  const outlets = new Map<string, string | null>();
  const copies = articles.flatMap((article) => article.duplicates ?? []);
  for (const { source, url } of [...articles, ...copies]) {
    if (outlets.get(source) == null) outlets.set(source, safeUrl(url));
  }
  return [...outlets].map(([name, url]) => ({ name, url, isolate: !readsAs(name, dir) }));
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LTR_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u;

/** Whether `text` has letters of `dir` only, so it needs no isolation inside text of that direction. */
function readsAs(text: string, dir: Direction): boolean {
  const [same, other] = dir === 'rtl' ? [RTL_LETTER, LTR_LETTER] : [LTR_LETTER, RTL_LETTER];
  return same.test(text) && !other.test(text);
}

/** `ar` of `ar-EG`, lower-cased. */
function primary(language: string): string {
  return language.split('-')[0]?.toLowerCase() ?? '';
}
