import { OTHER_TOPIC } from '../group/groupArticles.js';
import type { Briefing, Direction, SourceStatus, Topic } from '../types.js';
import { briefingDate } from '../briefingDate.js';
import type { Locale } from './locale.js';
import { alignFor, viewStory, type StoryView } from './viewStory.js';

export type { StoryView } from './viewStory.js';

/**
 * What the templates see. Everything a template needs to decide is decided here, in plain
 * TypeScript, so templates (which users may copy and override) stay free of logic.
 */
export interface BriefingView {
  title: string;
  /** YYYY-MM-DD, for the `formatDate` helper. */
  date: string;
  generatedAt: string;
  language: string;
  dir: Direction;
  /** `right` for a right-to-left briefing: MJML's `align` does not follow `dir`. */
  align: 'left' | 'right';
  /** The inbox preview line: the first shown story titles. */
  preview: string;
  topics: TopicView[];
  problems: ProblemView[];
  stats: Briefing['stats'];
  /** An `https:` or `mailto:` link to stop receiving the briefing, or null for none. */
  unsubscribe: string | null;
}

export interface TopicView {
  name: string;
  /** Fragment id the table of contents links to. */
  anchor: string;
  stories: StoryView[];
  /** Stories of this topic that the email leaves out. */
  hidden: number;
}

export interface ProblemView {
  name: string;
  status: Exclude<SourceStatus, 'ok'> | 'stale';
  statusLabel: string;
  reason: string;
}

const PREVIEW_TITLES = 3;

export interface ViewOptions {
  /** Already checked to be an `https:` or `mailto:` link. @default null */
  unsubscribe?: string | null;
}

/** Turns a briefing into the view the templates render: shown stories only, problems only. */
export function buildView(briefing: Briefing, locale: Locale, options: ViewOptions = {}): BriefingView {
  // A topic whose stories are all hidden would be a heading over "+N more": leave it out.
  const topics = briefing.topics
    .map((topic, index) => ({
      name: topicName(topic, locale),
      anchor: `topic-${index + 1}`,
      stories: topic.stories.filter((story) => story.shown).map((story) => viewStory(story, briefing)),
      hidden: topic.stories.filter((story) => !story.shown).length,
    }))
    .filter((topic) => topic.stories.length > 0);

  const day = (iso: string) => locale.formatDate(briefingDate(new Date(iso), locale.timeZone));
  const problems = briefing.sources.flatMap((source): ProblemView[] => {
    // Failing, empty and stale sources, each with the day it last worked, so a dying feed is noticed.
    if (source.status === 'failed') {
      const since = source.lastSuccess ? ` (${locale.text('lastWorked', { date: day(source.lastSuccess) })})` : '';
      return [{ name: source.name, status: 'failed', statusLabel: locale.strings.failed, reason: `${source.error ?? ''}${since}` }];
    }
    if (source.status === 'empty') {
      return [{ name: source.name, status: 'empty', statusLabel: locale.strings.empty, reason: source.error ?? locale.strings.noItems }];
    }
    if (source.stale) {
      const since = source.lastNewItem ? locale.text('nothingNewSince', { date: day(source.lastNewItem) }) : '';
      return [{ name: source.name, status: 'stale', statusLabel: locale.strings.stale, reason: since }];
    }
    return [];
  });

  return {
    title: briefing.title,
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    language: locale.language,
    dir: briefing.dir,
    align: alignFor(briefing.dir),
    preview: topics
      .flatMap((topic) => topic.stories.map((story) => story.title))
      .slice(0, PREVIEW_TITLES)
      .join(' · '),
    topics,
    problems,
    stats: briefing.stats,
    unsubscribe: options.unsubscribe ?? null,
  };
}

/** The group stage names its catch-all topic in English; the reader sees it in the briefing's language. */
function topicName(topic: Topic, locale: Locale): string {
  return topic.kind === 'automatic' && topic.name === OTHER_TOPIC ? locale.strings.otherTopic : topic.name;
}
