import { outletOf, siteOf } from '../group/outletOf.js';
import type { Article, Direction, Story } from '../types.js';
import { isTeaser, readingMinutes } from '../text/readingMinutes.js';
import { chooseIsolation } from './chooseIsolation.js';
import { safeUrl } from './safeUrl.js';
import { showHeadline } from './showHeadline.js';

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
   * The line that lists them is in the briefing's direction, so `isolate` is the direction to give
   * a name that may not read in it (`رويترز` in an English briefing, `Reuters` or `24` in an Arabic
   * one), or null for none: the template gives it `dir`, so the list keeps its order.
   */
  outlets: { name: string; url: string | null; isolate: Direction | null }[];
  /** Distinct outlets that carried the story in all, listed or not (the group stage's count when it gave one). */
  outletCount: number;
  /** Outlets not listed: a story carried by 80 feeds names the first few and counts the rest. */
  moreOutlets: number;
  /**
   * The story is not in the briefing's language or direction, so the line under it (reading time,
   * "N sources", the outlets) needs the briefing's `lang` and `dir` back.
   */
  foreign: boolean;
  /** Estimated minutes to read the story's main article; 0 when it has no text. */
  minutes: number;
  /** The first story of Top stories: the front page's lead, set larger. */
  lead: boolean;
}

// Outlets named on a story card; eight fill about two lines of a phone screen.
const MAX_OUTLETS = 8;

/** The view of one shown story of a briefing in `language` and `dir`. */
export function viewStory(story: Story, briefing: { language: string; dir: Direction }, options: { lead?: boolean } = {}): StoryView {
  // The article that speaks for the story, as the group stage chose its title: the first one in
  // the story's language (articles come most representative first).
  const lead = story.articles.find((article) => article.language === story.language) ?? story.articles[0];
  const outlets = listOutlets(story.articles, briefing.dir);
  return {
    title: showHeadline(story.title),
    summary: story.summary,
    language: story.language,
    dir: story.dir,
    align: alignFor(story.dir),
    link: safeUrl(story.articles[0]?.url),
    outlets: outlets.slice(0, MAX_OUTLETS),
    outletCount: story.outlets ?? outlets.length,
    moreOutlets: Math.max(0, outlets.length - MAX_OUTLETS),
    foreign: story.dir !== briefing.dir || primary(story.language) !== primary(briefing.language),
    // A teaser's card shows no reading time: "1 min read" under every card of a headline-and-teaser feed told the reader nothing.
    minutes: lead === undefined || isTeaser(lead.text) ? 0 : readingMinutes(lead.text, lead.language),
    lead: options.lead ?? false,
  };
}

export function alignFor(dir: Direction): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

/**
 * The story's own articles come before the copies, so an outlet that has an article in the story
 * links to it rather than to a syndicated copy; a later safe url replaces an unsafe first one.
 * Where the group stage named each article's outlet, two feeds of one site are one outlet, listed
 * under the first feed's name, so that the names agree with the count.
 */
function listOutlets(articles: readonly Article[], dir: Direction): StoryView['outlets'] {
  const byOutlet = articles.some((article) => article.outlet !== undefined);
  const outlets = new Map<string, { name: string; url: string | null; host: string }>();
  const copies = articles.flatMap((article) => article.duplicates ?? []);
  for (const item of [...articles, ...copies]) {
    const host = byOutlet ? ('outlet' in item && item.outlet !== undefined ? item.outlet : outletOf(item.url, item.source)) : item.source;
    const key = byOutlet ? siteOf(host) : host;
    const known = outlets.get(key);
    if (known?.url == null) outlets.set(key, { name: known?.name ?? item.source, url: safeUrl(item.url), host: known?.host ?? host });
  }
  // One source can hold several outlets (a folder of pages saved from different sites): those are
  // named by their host, not by the source's name twice.
  const sourceNames = [...outlets.values()].map(({ name }) => name);
  return [...outlets.values()].map(({ name, url, host }) => {
    const shown = sourceNames.indexOf(name) !== sourceNames.lastIndexOf(name) ? host : name;
    return { name: shown, url, isolate: chooseIsolation(shown, dir) };
  });
}

/** `ar` of `ar-EG`, lower-cased. */
function primary(language: string): string {
  return language.split('-')[0]?.toLowerCase() ?? '';
}
