/**
 * The data that flows between the stages of a run. Every stage takes and returns plain data,
 * so each one can be run and tested alone, and everything here ends up visible in the archived
 * `YYYY-MM-DD.json` (see docs/briefing-json.md).
 */

export type Direction = 'rtl' | 'ltr';

/** How the body of a collected document is encoded. */
export type ContentFormat = 'html' | 'text' | 'markdown';

/**
 * Where an article's publication date came from: `feed` the feed item's own date, `page` a date the
 * page states for machines (meta tags, JSON-LD, `<time>`, microdata), `url` the day in its address,
 * `text` a date printed in its text, `file` the local file's modification time.
 */
export type DateSource = 'feed' | 'page' | 'url' | 'text' | 'file';

/**
 * One document as a source handed it over, before any cleaning: a feed item or a local file.
 * Collectors fill in what they know; the clean stage turns it into an {@link Article}.
 */
export interface RawDocument {
  /** Name of the configured source it came from. */
  source: string;
  /** Title as the source declares it (feed item title, `<title>`); absent for a bare text file. */
  title?: string;
  /** Link the source declares for the document. */
  url?: string;
  /** Absolute path of a local file the document was read from. */
  file?: string;
  /** ISO 8601 publication date: the feed's, the page's own (see findPageDate), else the file's modification time. */
  published?: string;
  /** Where `published` came from; absent when there is no date. */
  dateSource?: DateSource;
  /** For a date read from a page, what it was read from (`meta article:published_time`), for `briefing explain`. */
  dateEvidence?: string;
  /** Author or byline the source declares. */
  author?: string;
  /** The item's own categories or tags as the feed gives them (RSS `<category>`, Atom `<category>`, JSON Feed `tags`). */
  categories?: string[];
  body: string;
  format: ContentFormat;
}

/** An article after cleaning: the unit that grouping works on. */
export interface Article {
  /** Stable within a briefing: derived from url/file and title. */
  id: string;
  title: string;
  /** The article's link: the declared one, else the `file://` URL of a local file. */
  url: string;
  file?: string;
  source: string;
  /** BCP 47 primary language subtag, e.g. `ar`, `en`; `und` when unknown. */
  language: string;
  dir: Direction;
  /** ISO 8601, or null when neither the source nor the file system gave a date. */
  published: string | null;
  /**
   * Where `published` came from (see DateSource); absent when the source gave no date and the run
   * dated the article by when it first saw it, and in briefings made before it was added.
   */
  dateSource?: DateSource;
  /** The full cleaned body, paragraphs separated by a blank line. */
  text: string;
  /** Things found in the text that describe it rather than belong to it. */
  metadata: ArticleMetadata;
  /** How many blocks the cleaner removed, counted by the rule that removed them. */
  removed: Record<string, number>;
  /** The feed item's own categories or tags, cleaned (see RawDocument's); absent when it had none. */
  categories?: string[];
  /** Copies of this article from other sources or links (syndication), merged into it. */
  duplicates?: DuplicateRef[];
  /**
   * The outlet that published it: the host of its link without `www.` (two feeds of one site are
   * one outlet), else the source's name for a local file. Set by the group stage.
   */
  outlet?: string;
}

/** A near-duplicate article folded into the one that is kept. */
export interface DuplicateRef {
  id: string;
  source: string;
  url: string;
  file?: string;
  /** Estimated share of the two texts' word 3-grams they have in common. */
  similarity?: number;
}

export interface ArticleMetadata {
  /** "المصدر: نوفوستي", "Source: Reuters", "(AP) —": the outlet the text credits. */
  attribution?: string;
  byline?: string;
  /** A wire dateline that opened the text: "LONDON (Reuters)", "دمشق، سوريا (CNN)". */
  dateline?: string;
  /** A column's or rubric's name in capitals that opened the text: "HENRY DEEDES", "MARKET REPORT". */
  kicker?: string;
}

export interface Story {
  id: string;
  title: string;
  summary: string;
  language: string;
  dir: Direction;
  articles: Article[];
  /** Why the articles were merged: the similarity that joined each one to the story. */
  merged: { articleId: string; similarity: number }[];
  /** Whether the email shows it (the JSON lists every story). */
  shown: boolean;
  /** Some of its articles were in an earlier briefing: the story is shown as updated. */
  updated?: boolean;
  /** Every article was in an earlier briefing: not shown again. */
  sentBefore?: boolean;
  /** Distinct outlets that carried the story (hosts of its articles' and copies' links), not feeds. */
  outlets?: number;
  /** The topic the story is filed under, also when the email shows it under Top stories. */
  topic?: string;
  /** The news section of the story (see SectionId), whatever topic it is shown under. */
  section?: SectionId;
  /** Why the story got its section: the signal that decided. */
  sectionReason?: SectionReason;
  /** Why the story was filed under a configured topic: the keywords found and where. */
  topicMatch?: TopicMatch;
}

/** The fixed news sections that file every story no configured topic takes. */
export type SectionId = 'world' | 'politics' | 'business' | 'technology' | 'science' | 'health' | 'sports' | 'culture' | 'other';

export interface SectionReason {
  /**
   * `source`: the source's own `section` hint; `category`: the feed items' categories or tags,
   * mapped onto the sections; `link`: the section folder of the articles' links ("/sport/"), for
   * items without categories; `text`: the words of the headlines and leads; `none`: nothing
   * pointed anywhere (section `other`).
   */
  signal: 'source' | 'category' | 'link' | 'text' | 'none';
  /** What the signal saw: the source's name, the category as written, the link's folder, or the words that counted most. */
  evidence?: string[];
}

/** The keywords of a configured topic found in a story. */
export interface TopicMatch {
  topic: string;
  /** How strongly the story is about the topic: keyword hits weighted by where they stand, averaged over its articles. */
  score: number;
  hits: TopicHit[];
}

export interface TopicHit {
  /** The keyword as configured. */
  keyword: string;
  /** The words of the text it matched, as written ("Israeli", "الإيراني"). */
  matched: string;
  articleId: string;
  /** Where in the article: its headline, its lead (first paragraph), or further down the text. */
  field: 'title' | 'lead' | 'text';
}

export interface Topic {
  name: string;
  /**
   * `top` for the front page's "Top stories" (the stories covered by the most outlets), `configured`
   * when a topic of sources.json matched, `automatic` otherwise.
   */
  kind: 'configured' | 'automatic' | 'top' | 'section';
  /** `top` for the Top stories topic; the section's id for a topic of kind `section`. */
  section?: string;
  stories: Story[];
}

export type SourceStatus = 'ok' | 'failed' | 'empty';

export interface SourceReport {
  name: string;
  status: SourceStatus;
  /** Documents collected from the source. */
  items: number;
  /** A readable reason when the source failed, or when some of its items were skipped. */
  error?: string;
  /** Item-level problems that did not fail the source (a bad date, an unreadable file). */
  warnings?: string[];
  /** Feed items left out for being older than `briefing.maxAgeHours`. */
  skippedOld?: number;
  /** When the source was last read without error (from the state store). */
  lastSuccess?: string;
  /** When the source last brought an item never seen before. */
  lastNewItem?: string;
  /** The publication date of the newest item the source gave in this run (its own date, not when it was read). */
  newestItem?: string;
  /** No new item for `briefing.staleAfterDays` days. */
  stale?: boolean;
  /** 304 Not Modified: the feed has not changed since the last run. */
  notModified?: boolean;
}

export interface Briefing {
  /** Format version of this JSON; bumped only for incompatible changes. */
  version: 1;
  /** YYYY-MM-DD in the briefing's timezone. */
  date: string;
  title: string;
  language: string;
  dir: Direction;
  timezone: string;
  generatedAt: string;
  topics: Topic[];
  sources: SourceReport[];
  stats: { articles: number; stories: number; shownStories: number };
  /** Milliseconds spent in each stage of the run that made it: collect, clean, dedupe, group, summarize, render, deliver. */
  timings?: Record<string, number>;
  /** The age limit the run applied (`briefing.maxAgeHours`; 0 keeps everything). */
  maxAgeHours?: number;
  /** The moment the run was made as of: the run's time, or the end of `--date`'s day in the briefing's time zone. */
  asOf?: string;
  /**
   * What the machine did to the run, one line each, for whoever looks after it: a damaged state
   * store moved aside and started afresh, a state store that could not be written. Absent when none.
   */
  notices?: string[];
}
