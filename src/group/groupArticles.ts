import { performance } from 'node:perf_hooks';
import { findCuttingSources } from '../summarize/findCuttingSources.js';
import { summarizeStory } from '../summarize/summarizeStory.js';
import { readingMinutes } from '../text/readingMinutes.js';
import { chooseSection } from '../section/chooseSection.js';
import { compileCategoryTable } from '../section/mapCategory.js';
import { SECTION_IDS, SECTION_NAMES } from '../section/sectionIds.js';
import type { Article, SectionId, Story, Topic } from '../types.js';
import { attachByOwnedTerms } from './attachByOwnedTerms.js';
import { buildStories } from './buildStories.js';
import { clusterArticles, type Cluster } from './clusterArticles.js';
import { collapseDuplicates } from './collapseDuplicates.js';
import { findPlaceTerms } from './findPlaceTerms.js';
import { isRoundup } from './isRoundup.js';
import { compileTopics, matchStoryTopic } from './matchTopic.js';
import { outletOf, siteOf } from './outletOf.js';
import { frontPageOf, pickTopStories, type SameEvent } from './pickTopStories.js';
import { rankStories } from './rankStories.js';
import { settleLanguages } from './settleLanguages.js';
import { splitCompoundStories } from './splitCompoundStories.js';
import { splitTopicStories } from './splitTopicStories.js';
import { centroidOf, dot, type SparseVector } from './sparse.js';
import { vectorize } from './vectorize.js';

export interface GroupOptions {
  topics: readonly { name: string; keywords: readonly string[] }[];
  /** Default topic per source name, used when no configured topic matches a story. */
  sourceTopics?: ReadonlyMap<string, string>;
  /** A source's own section hint (`section` in sources.json), per source name. */
  sourceSections?: ReadonlyMap<string, SectionId>;
  /** The user's feed categories → sections, over the built-in table (`briefing.categorySections`). */
  categorySections?: Readonly<Record<string, SectionId>>;
  /**
   * The sections the email shows, in this order (`briefing.sections`); stories of a section left
   * out stay in the JSON, not shown. @default every section, world first, other last
   */
  sections?: readonly SectionId[];
  /** Section headings in the briefing's language. @default the English names */
  sectionNames?: Readonly<Record<SectionId, string>>;
  /** Most stories shown in the email; the rest stay in the JSON with `shown: false`. */
  maxStories: number;
  /** Most stories shown per topic. @default unlimited */
  maxStoriesPerTopic?: number;
  /**
   * Reading-time budget of the email in minutes (`briefing.readingMinutes`): see {@link markShown}.
   * @default unlimited
   */
  readingMinutes?: number;
  /** Filled with the milliseconds spent in dedupe, group and summarize. */
  timings?: Record<string, number>;
  /** Ids of articles an earlier briefing already showed. */
  sentBefore?: ReadonlySet<string>;
  /** Least similarity for an article (or a pair) to join a story (see clusterArticles). @default 0.15 */
  storyThreshold?: number;
  /** Least average similarity for two stories of three or more full articles to become one. @default 0.3 */
  mergeThreshold?: number;
  /** Least centroid similarity for two stories of three or more headlines and teasers to become one. @default 0.25 */
  mergeShortThreshold?: number;
  /** Stories the briefing opens with under "Top stories" (see pickTopStories); 0 for none. @default 0 */
  topStories?: number;
  /** The name of the Top stories topic, in the briefing's language. @default 'Top stories' */
  topStoriesName?: string;
  /** Signatures for finding copies already computed, per article (see collapseDuplicates). */
  signatureOf?: (article: Article) => Uint32Array | null | undefined;
}

// How much of a text's start shows whether its script writes capitals.
const LEAD_CHARACTERS = 200;

/** Name of the catch-all topic of briefings made before sections (kind `automatic`): shown localised. */
export const OTHER_TOPIC = 'Other';

/** Name of the front page's topic when the caller gives none. */
export const TOP_STORIES = 'Top stories';

/**
 * Near-duplicates are folded, articles about one event become a story, each story gets its news
 * section (see chooseSection) and is filed under a topic (configured keywords, else the source's
 * topic, else its section), ranked, and marked shown or not by the caps. Configured topics come in
 * config order, then the sections in `sections` order.
 */
export function groupArticles(articles: readonly Article[], options: GroupOptions): Topic[] {
  const timings = options.timings ?? {};
  let started = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + Math.round(now - started);
    started = now;
  };
  const kept = settleLanguages(collapseDuplicates(articles, options.signatureOf));
  lap('dedupe');
  const { vectors, keys, named, headlines, headlineNamed } = vectorize(kept);
  const times = kept.map((article) => (article.published ? Date.parse(article.published) : null));
  const clusterOptions = {
    threshold: options.storyThreshold ?? 0.15,
    establishedThreshold: options.mergeThreshold ?? 0.3,
    shortThreshold: 0.2,
    // Read on five real English days: the six lone pairs of teasers that met between 0.2 and 0.225
    // were all chance (a whale off Sydney and Sydney's parties, Biden at a wedding and the Virginia
    // race); just above, two outlets telling the Bolshoi accident and a pop group's feud.
    pairThreshold: 0.225,
    establishedShortThreshold: options.mergeShortThreshold ?? 0.25,
    named,
    headlineNamed,
    // Capitals in the headline or the lead: the script writes them, so capitals mark its names
    // (a headline may have none: "85-year-old man arrested for dangerous driving").
    cased: kept.map((article) => /\p{Lu}/u.test(article.title) || /\p{Lu}/u.test(article.text.slice(0, LEAD_CHARACTERS))),
    outlets: kept.map((article) => siteOf(outletOf(article.url, article.source))),
    alone: kept.map((article) => isRoundup(article.title)),
    sameOutletMinSimilarity: 0.3,
  };
  const split = splitTopicStories(splitCompoundStories(clusterArticles(vectors, times, clusterOptions), vectors, times, clusterOptions), vectors, times, clusterOptions);
  const clusters = attachByOwnedTerms(split, vectors, times, { headlines, named, places: findPlaceTerms(keys) });
  const stories = buildStories(kept, clusters, headlines, vectors);
  const sameEvent = sameEventOf(stories, clusters, vectors);
  lap('group');
  const cuttingSources = findCuttingSources(kept);
  for (const story of stories) story.summary = summarizeStory(story.articles, story.language, { cuttingSources });
  lap('summarize');
  // Every story has a section, also one a configured topic takes: the JSON says what it is.
  const signals = { categories: compileCategoryTable(options.categorySections), ...(options.sourceSections ? { sourceSections: options.sourceSections } : {}) };
  for (const story of stories) {
    const choice = chooseSection(story.articles, signals);
    story.section = choice.section;
    story.sectionReason = choice.reason;
  }

  const matchers = compileTopics(options.topics);
  const filed = new Map<string, Story[]>();
  const bySection = new Map<SectionId, Story[]>();
  for (const story of stories) {
    const name = configuredTopicOf(story, matchers, options.sourceTopics);
    if (name) filed.set(name, [...(filed.get(name) ?? []), story]);
    else bySection.set(story.section!, [...(bySection.get(story.section!) ?? []), story]);
  }
  // Sections the user left out come last, so that the JSON still holds their stories.
  const order = options.sections ?? SECTION_IDS;
  const sectionOrder = [...order, ...SECTION_IDS.filter((section) => !order.includes(section))];
  const names = options.sectionNames ?? SECTION_NAMES;

  // Filed topics are all written in sources.json: a topic's keywords matched, or a source names its topic.
  const topics: Topic[] = [
    ...[...filed].sort(([a], [b]) => configuredOrder(a, options) - configuredOrder(b, options)).map(([name, list]) => ({ name, kind: 'configured' as const, stories: list })),
    ...sectionOrder.flatMap((section) => {
      const list = bySection.get(section);
      return list ? [{ name: names[section], kind: 'section' as const, section, stories: list }] : [];
    }),
  ].map((topic) => ({ ...topic, stories: rankStories(topic.stories) }));
  for (const topic of topics) for (const story of topic.stories) story.topic = topic.name;
  const hidden = new Set(topics.flatMap((topic) => (topic.kind === 'section' && !order.includes(topic.section as SectionId) ? topic.stories : [])));
  markShown(topics, options, hidden, sameEvent);
  const front = pickTopStories(topics, options.topStories ?? 0, sameEvent);
  lap('group');
  if (front.length === 0) return topics;
  // A story shows once: under Top stories, not also in its own topic.
  const top: Topic = { name: options.topStoriesName ?? TOP_STORIES, kind: 'top', section: 'top', stories: front };
  const moved = new Set(front);
  return [top, ...topics.map((topic) => ({ ...topic, stories: topic.stories.filter((story) => !moved.has(story)) })).filter((topic) => topic.stories.length > 0)];
}

function configuredTopicOf(story: Story, matchers: ReturnType<typeof compileTopics>, sourceTopics?: ReadonlyMap<string, string>): string | undefined {
  const matched = matchStoryTopic(story.articles, matchers);
  if (matched) {
    story.topicMatch = matched;
    return matched.topic;
  }
  for (const article of story.articles) {
    const fallback = sourceTopics?.get(article.source);
    if (fallback) return fallback;
  }
  return undefined;
}

function configuredOrder(name: string, options: GroupOptions): number {
  const order = [...options.topics.map((topic) => topic.name), ...(options.sourceTopics?.values() ?? [])];
  return order.indexOf(name);
}

/**
 * The email shows `maxStories` stories, at most `maxStoriesPerTopic` per topic, none of the
 * `hidden` ones, and, with a reading budget, only as many of them as can be read in
 * `readingMinutes`. They are taken as an editor fills a paper: the front page's stories first,
 * then each topic's best two in topic order (fewer when that would take more than half of the
 * email), so that one busy section does not crowd out the others, then the best of the rest.
 */
function markShown(topics: readonly Topic[], options: GroupOptions, hidden: ReadonlySet<Story>, sameEvent: SameEvent): void {
  const perTopic = options.maxStoriesPerTopic ?? Number.MAX_SAFE_INTEGER;
  const sent = options.sentBefore ?? new Set<string>();
  for (const story of topics.flatMap((topic) => topic.stories)) {
    const before = story.articles.filter((article) => sent.has(article.id)).length;
    if (before === story.articles.length) story.sentBefore = true;
    else if (before > 0) story.updated = true;
  }
  // A story the reader already had is not shown again, unless new articles joined it; nor is one
  // of a section the reader left out of `briefing.sections`.
  const open = topics.map((topic) => topic.stories.filter((story) => !story.sentBefore && !hidden.has(story)));
  // The front page's stories leave their topics (pickTopStories picks the same ones from the
  // shown stories), so they do not count against a topic's own cap.
  const front = new Set(frontPageOf(open.flat(), options.topStories ?? 0, sameEvent));
  const candidates = open.map((list) => list.filter((story) => !front.has(story)).slice(0, perTopic));
  const ranked = rankStories(candidates.flat());
  const order = new Set<Story>(front);
  // The turns take at most half of the room: a short email is the day's best stories.
  const filled = candidates.filter((list) => list.length > 0).length;
  const floor = Math.min(SECTION_FLOOR, Math.floor(options.maxStories / (2 * Math.max(1, filled))));
  for (let turn = 0; turn < floor; turn++) {
    for (const list of candidates) {
      const next = list.find((story) => !order.has(story));
      if (next) order.add(next);
    }
  }
  for (const story of ranked) order.add(story);
  const shown = new Set(withinBudget([...order].slice(0, options.maxStories), options.readingMinutes));
  for (const topic of topics) for (const story of topic.stories) story.shown = shown.has(story);
}

// Two stories whose centroids are this close tell one event from two sides (the embassy's opening
// and the Palestinian president's answer to it): the clustering's bar for joining two stories of
// headlines and teasers. They stayed apart, but need not both lead the email.
const FRONT_PAGE_OVERLAP = 0.25;

/** Whether two stories' centroids (the normalised sums of their articles' vectors) are close enough to be one event's. */
function sameEventOf(stories: readonly Story[], clusters: readonly Cluster[], vectors: readonly SparseVector[]): SameEvent {
  const indexes = new Map(stories.map((story, index) => [story, index]));
  const centroids = new Map<Story, SparseVector>();
  const storyCentroid = (story: Story) => {
    let centroid = centroids.get(story);
    if (!centroid) {
      centroid = centroidOf(clusters[indexes.get(story)!]!.members, vectors);
      centroids.set(story, centroid);
    }
    return centroid;
  };
  return (a, b) => indexes.has(a) && indexes.has(b) && dot(storyCentroid(a), storyCentroid(b)) >= FRONT_PAGE_OVERLAP;
}

// Stories each topic shows before any topic shows more, when half of the email has room for them.
const SECTION_FLOOR = 2;

/**
 * The budget counts what the reader is told each story costs: the minutes on its card, i.e. its
 * main article read in full at the speed of its language (Arabic is read more slowly than English,
 * so the same budget holds fewer Arabic words). Stories are taken in the order given and the first that
 * does not fit ends the list, so a short minor story never takes the place of a longer important
 * one. The first story is always shown, however long: an email with no story would be no briefing.
 */
function withinBudget(ranked: readonly Story[], budget: number | undefined): readonly Story[] {
  if (budget === undefined) return ranked;
  let total = 0;
  let count = 0;
  for (const story of ranked) {
    total += storyMinutes(story);
    if (total > budget && count > 0) break;
    count++;
  }
  return ranked.slice(0, count);
}

/** The minutes the story's card shows (src/render/viewStory.ts), its first article's in the story's language; a teaser's card shows none and costs a minute. */
function storyMinutes(story: Story): number {
  const lead = story.articles.find((article) => article.language === story.language) ?? story.articles[0];
  return lead === undefined ? 0 : readingMinutes(lead.text, lead.language);
}
