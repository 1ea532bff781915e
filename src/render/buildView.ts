import type { Briefing, Direction, SourceStatus, Story } from '../types.js';
import type { Locale } from './locale.js';

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
}

export interface TopicView {
  name: string;
  /** Fragment id the table of contents links to. */
  anchor: string;
  stories: StoryView[];
  /** Stories of this topic that the email leaves out. */
  hidden: number;
}

export interface StoryView {
  title: string;
  summary: string;
  language: string;
  dir: Direction;
  align: 'left' | 'right';
  /** The first article's url, or null when it is not a link a mail client should open. */
  link: string | null;
  /** One link per outlet, in the order the outlets first appear. */
  outlets: { name: string; url: string | null }[];
}

export interface ProblemView {
  name: string;
  status: Exclude<SourceStatus, 'ok'>;
  statusLabel: string;
  reason: string;
}

const PREVIEW_TITLES = 3;

/** Turns a briefing into the view the templates render: shown stories only, problems only. */
export function buildView(briefing: Briefing, locale: Locale): BriefingView {
  // A topic whose stories are all hidden would be a heading over "+N more": leave it out.
  const topics = briefing.topics
    .map((topic, index) => ({
      name: topic.name,
      anchor: `topic-${index + 1}`,
      stories: topic.stories.filter((story) => story.shown).map(viewStory),
      hidden: topic.stories.filter((story) => !story.shown).length,
    }))
    .filter((topic) => topic.stories.length > 0);

  const problems = briefing.sources.flatMap((source): ProblemView[] =>
    source.status === 'ok'
      ? []
      : [{
          name: source.name,
          status: source.status,
          statusLabel: locale.strings[source.status],
          reason: source.error ?? (source.status === 'empty' ? locale.strings.noItems : ''),
        }],
  );

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
  };
}

function viewStory(story: Story): StoryView {
  const outlets = new Map<string, string | null>();
  for (const article of story.articles) {
    if (!outlets.has(article.source)) outlets.set(article.source, safeUrl(article.url));
  }
  return {
    title: story.title,
    summary: story.summary,
    language: story.language,
    dir: story.dir,
    align: alignFor(story.dir),
    link: safeUrl(story.articles[0]?.url),
    outlets: [...outlets].map(([name, url]) => ({ name, url })),
  };
}

function alignFor(dir: Direction): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

// Feeds are untrusted: escaping keeps a url inside its attribute, but a `javascript:` or `data:`
// link would still run or mislead when clicked, so only web and local-file links are kept.
const LINK_SCHEMES = new Set(['http:', 'https:', 'file:']);

function safeUrl(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  return LINK_SCHEMES.has(new URL(url).protocol) ? url : null;
}
