import { OTHER_TOPIC } from '../group/groupArticles.js';
import { isSectionId } from '../section/sectionIds.js';
import type { Briefing, Direction, Topic } from '../types.js';
import { chooseIsolation } from './chooseIsolation.js';
import { explainEmpty, type EmptyRun } from './explainEmpty.js';
import { isolateText } from './isolateText.js';
import { safeUrl } from './safeUrl.js';
import { showHeadline } from './showHeadline.js';
import type { Locale } from './locale.js';
import { viewSources, type LeftOutView, type ProblemView } from './viewSources.js';
import { alignFor, viewStory, type StoryView } from './viewStory.js';

export type { StoryView } from './viewStory.js';
export type { LeftOutView, ProblemView } from './viewSources.js';
export type { EmptyRun } from './explainEmpty.js';

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
  /** The inbox preview line: the first shown story titles, or why there are none. */
  preview: string;
  /** Why the email has no stories, shown in their place; null when the run found articles. */
  empty: EmptyRun[] | null;
  topics: TopicView[];
  problems: ProblemView[];
  /** Sources whose items older than the age limit were left out. */
  leftOut: LeftOutView[];
  /** What the machine did to the run (a damaged state store started afresh), in English as the run wrote it. */
  notices: { text: string; isolate: Direction | null }[];
  stats: Briefing['stats'];
  /** An `https:` or `mailto:` link to stop receiving the briefing, or null for none. */
  unsubscribe: string | null;
}

export interface TopicView {
  name: string;
  /** The direction to isolate the name in, or null when it reads in the briefing's (see chooseIsolation). */
  isolate: Direction | null;
  /** Fragment id the table of contents links to. */
  anchor: string;
  /** Top stories, the front page: the email's first section, set apart. */
  top: boolean;
  stories: StoryView[];
  /** Stories of this topic that the email leaves out. */
  hidden: number;
  /** The best of the stories left out (none the reader had before), as headline links. */
  also: AlsoView[];
  /** Stories left out beyond those in `also`. */
  unlisted: number;
}

export interface AlsoView {
  title: string;
  /** The first article's url, or null when it is not a link a mail client should open. */
  link: string | null;
  /** The direction to isolate the headline in, or null when it reads in the briefing's. */
  isolate: Direction | null;
}

// Headlines of stories left out that a topic lists as links: the reader can reach the next best
// without the email growing by a card each.
const ALSO_LINKS = 3;

const PREVIEW_TITLES = 3;

export interface ViewOptions {
  /** Already checked to be an `https:` or `mailto:` link. @default null */
  unsubscribe?: string | null;
}

/** Turns a briefing into the view the templates render: shown stories only, problems only. */
export function buildView(briefing: Briefing, locale: Locale, options: ViewOptions = {}): BriefingView {
  // A topic whose stories are all hidden would be a heading over "+N more": leave it out.
  const topics = briefing.topics
    .map((topic, index): TopicView => {
      const name = topicName(topic, locale);
      const top = topic.kind === 'top';
      const left = topic.stories.filter((story) => !story.shown);
      const also = left
        .filter((story) => !story.sentBefore)
        .slice(0, ALSO_LINKS)
        .map((story) => {
          const title = showHeadline(story.title);
          return { title, link: safeUrl(story.articles[0]?.url), isolate: chooseIsolation(title, briefing.dir) };
        });
      return {
        name,
        isolate: chooseIsolation(name, briefing.dir),
        anchor: `topic-${index + 1}`,
        top,
        stories: topic.stories.filter((story) => story.shown).map((story, n) => viewStory(story, briefing, { lead: top && n === 0 })),
        hidden: left.length,
        also,
        unlisted: left.length - also.length,
      };
    })
    .filter((topic) => topic.stories.length > 0);
  const { problems, leftOut } = viewSources(briefing, locale);
  const empty = explainEmpty(briefing, locale, problems.length > 0);
  // The inbox shows the preview as plain text: titles of the other direction go between isolates.
  const preview = empty
    ? empty.map((run) => (run.code ? isolateText(run.text, briefing.dir) : run.text)).join('')
    : topics
        .flatMap((topic) => topic.stories.map((story) => isolateText(story.title, briefing.dir)))
        .slice(0, PREVIEW_TITLES)
        .join(' · ');

  return {
    title: briefing.title,
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    language: locale.language,
    dir: briefing.dir,
    align: alignFor(briefing.dir),
    preview,
    empty,
    topics,
    problems,
    leftOut,
    notices: (briefing.notices ?? []).map((text) => ({ text, isolate: chooseIsolation(text, briefing.dir) })),
    stats: briefing.stats,
    unsubscribe: options.unsubscribe ?? null,
  };
}

/**
 * The front page and the sections are marked by their kind (and the older catch-all topic by its
 * English name); the reader sees them named in the briefing's language.
 */
function topicName(topic: Topic, locale: Locale): string {
  if (topic.kind === 'top') return locale.strings.topStories;
  if (topic.kind === 'section' && topic.section !== undefined && isSectionId(topic.section)) return locale.strings.sections[topic.section];
  return topic.kind === 'automatic' && topic.name === OTHER_TOPIC ? locale.strings.otherTopic : topic.name;
}
