import { stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanDocument, type CleanedDocument } from '../clean/cleanDocument.js';
import type { Removal } from '../clean/cleanBlocks.js';
import { compileRules } from '../clean/compileRules.js';
import { createFileSource } from '../collect/createFileSource.js';
import { decodeBytes } from '../collect/decodeBytes.js';
import { fetchBytes } from '../collect/fetchBytes.js';
import { parseFeed } from '../collect/parseFeed.js';
import { findPageDate } from '../date/findPageDate.js';
import { ConfigError, describeError } from '../errors.js';
import { EXIT } from '../exitCodes.js';
import { loadConfig } from '../config/load.js';
import { compileTopics, matchStoryTopic, type TopicMatcher } from '../group/matchTopic.js';
import { chooseSection } from '../section/chooseSection.js';
import { compileCategoryTable, type CategoryTable } from '../section/mapCategory.js';
import type { Article, DateSource, RawDocument, SectionId, SectionReason, TopicMatch } from '../types.js';

export interface ExplainOptions {
  /** Print `{ title, url, language, dir, published, dateSource, text, removed, metadata, section, … }` (an array of them for a feed). */
  json?: boolean;
  /** A sources.json whose cleaning rules, topics and `briefing.categorySections` the article is cleaned and filed by. */
  config?: string;
}

export interface ExplainIo {
  out: (text: string) => void;
  /** Whether stdout is a terminal: colour is used only there, and never when NO_COLOR is set. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** What `--json` prints for one document: the cleaned article and every block taken out of it. */
export interface Explanation {
  title: string;
  url: string;
  language: string;
  dir: Article['dir'];
  /** ISO 8601 publication date, or null when nothing dates it (a web page that states none). */
  published: string | null;
  /** Where `published` came from: `feed`, `page`, `url`, `text` or `file` (see docs/briefing-json.md). */
  dateSource?: DateSource;
  /** For a date read from the page, what it was read from: `meta article:published_time`, `text "13 march 2018"`. */
  dateEvidence?: string;
  text: string;
  removed: Removal[];
  metadata: Article['metadata'];
  /** The feed item's own categories, when it had some. */
  categories?: string[];
  /** The section a story of this article alone would get, and why. */
  section: SectionId;
  sectionReason: SectionReason;
  /** With a config that has topics: the topic it would be filed under and the keywords that matched where. */
  topicMatch?: TopicMatch;
}

const SOURCE_NAME = 'explain';
// Long enough to recognise a cookie banner, short enough to keep one removal on one terminal line.
const MAX_REMOVED_CHARS = 100;
const FEED_TYPE = /\b(?:rss|atom|rdf)\+xml\b/i;
const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i;

/**
 * `briefing explain`: cleans one file or web page the way a run would and shows what was kept and
 * what was removed by which rule, so a user can see why a line vanished from a briefing.
 * A feed address explains every item of the feed.
 */
export async function explainCommand(
  target: string,
  options: ExplainOptions,
  io: ExplainIo = { out: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY, env: process.env },
): Promise<number> {
  const { documents, feed } = /^https?:\/\//i.test(target) ? await readPage(target) : { documents: await readLocalFile(target), feed: false };
  const config = options.config ? (await loadConfig(options.config)).config : undefined;
  // With a config, its global cleaning rules apply too, as they would in a run.
  const rules = compileRules(config?.cleaning);
  const filing = { categories: compileCategoryTable(config?.briefing.categorySections), topics: compileTopics(config?.topics ?? []) };
  const explanations = documents.map((document) => explain(cleanDocument(document, rules), document, filing));
  if (options.json) {
    io.out(`${JSON.stringify(feed ? explanations : explanations[0], null, 2)}\n`);
  } else {
    const paint = painter(io.isTTY && !io.env.NO_COLOR);
    io.out(explanations.map((explanation) => formatForPeople(explanation, paint, filing.topics.length > 0)).join(`\n${'═'.repeat(40)}\n\n`));
  }
  return EXIT.ok;
}

async function readLocalFile(target: string): Promise<RawDocument[]> {
  const file = path.resolve(target);
  // Checked here rather than left to createFileSource, which would take a missing path for a glob.
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new ConfigError(`no such file: ${file}`);
  if (!info.isFile()) throw new ConfigError(`${file} is not a file; explain takes one .txt, .md or .html file or an http(s) address`);
  try {
    const { documents, warnings } = await createFileSource({ name: SOURCE_NAME, path: file }).collect();
    if (documents.length === 0) throw new Error(warnings[0] ?? 'nothing could be read');
    return documents;
  } catch (error) {
    throw new ConfigError(`cannot explain ${file}: ${describeError(error)}`);
  }
}

/** An HTML page, or a feed when the server says so (or the XML is plainly one). */
async function readPage(url: string): Promise<{ documents: RawDocument[]; feed: boolean }> {
  const fetched = await fetchBytes(url).catch((error: unknown) => {
    // The user gave the address on the command line, so it is theirs to fix: a ConfigError (exit 2).
    throw new ConfigError(`cannot fetch ${url}: ${describeError(error)}`);
  });
  const { text } = decodeBytes(fetched.bytes, fetched.contentType);
  const contentType = fetched.contentType ?? '';
  if (FEED_TYPE.test(contentType) || (/xml/i.test(contentType) && FEED_ROOT.test(text))) {
    try {
      const { documents } = await parseFeed(text, { source: SOURCE_NAME, baseUrl: fetched.finalUrl });
      if (documents.length === 0) throw new Error('the feed has no items');
      return { documents, feed: true };
    } catch (error) {
      throw new ConfigError(`cannot explain the feed ${url}: ${describeError(error)}`);
    }
  }
  // Dated the way a run dates a page fetched for a teaser feed.
  const pageDate = findPageDate(text, { url: fetched.finalUrl, now: new Date() });
  const dated = pageDate ? { published: pageDate.published, dateSource: pageDate.dateSource, dateEvidence: pageDate.evidence } : {};
  return { documents: [{ source: SOURCE_NAME, url: fetched.finalUrl, body: text, format: 'html', ...dated }], feed: false };
}

function explain({ article, removed }: CleanedDocument, document: RawDocument, filing: { categories: CategoryTable; topics: readonly TopicMatcher[] }): Explanation {
  const { title, url, language, dir, published, text, metadata, categories } = article;
  // Read from the collected document: where its date came from is the collector's knowledge.
  const { dateSource, dateEvidence } = document;
  const { section, reason } = chooseSection([article], { categories: filing.categories });
  const topicMatch = matchStoryTopic([article], filing.topics);
  return { title, url, language, dir, published, ...(dateSource ? { dateSource } : {}), ...(dateEvidence ? { dateEvidence } : {}), text, removed, metadata, ...(categories ? { categories } : {}), section, sectionReason: reason, ...(topicMatch ? { topicMatch } : {}) };
}

const DATE_SOURCES: Record<DateSource, string> = {
  feed: 'from the feed',
  page: 'stated by the page',
  url: 'from the address',
  text: 'printed in the text',
  file: "the file's modification time: nothing in it states a date",
};

function describeDate({ dateSource, dateEvidence }: Explanation): string {
  const where = dateSource ? DATE_SOURCES[dateSource] : '';
  return dateEvidence ? `${where}: ${dateEvidence}` : where;
}

type Paint = (style: 'bold' | 'dim' | 'rule', text: string) => string;

const STYLES = { bold: ['\x1b[1m', '\x1b[22m'], dim: ['\x1b[2m', '\x1b[22m'], rule: ['\x1b[33m', '\x1b[39m'] } as const;

// https://no-color.org: any non-empty NO_COLOR turns colour off; pipes and files never get it.
function painter(colour: boolean): Paint {
  return colour ? (style, text) => `${STYLES[style][0]}${text}${STYLES[style][1]}` : (_style, text) => text;
}

function formatForPeople(explanation: Explanation, paint: Paint, hasTopics: boolean): string {
  const metadata = Object.entries(explanation.metadata).map(([key, value]) => `${key}: ${String(value)}`);
  const lines = [
    `${paint('bold', 'title:')}     ${explanation.title}`,
    `${paint('bold', 'url:')}       ${explanation.url}`,
    `${paint('bold', 'language:')}  ${explanation.language}`,
    `${paint('bold', 'dir:')}       ${explanation.dir}`,
    `${paint('bold', 'published:')} ${explanation.published ?? paint('dim', '(no date)')}${explanation.dateSource ? ` ${paint('dim', `(${describeDate(explanation)})`)}` : ''}`,
    `${paint('bold', 'metadata:')}  ${metadata.length > 0 ? metadata.join('; ') : paint('dim', '(none)')}`,
    ...(explanation.categories ? [`${paint('bold', 'categories:')} ${explanation.categories.join('; ')}`] : []),
    `${paint('bold', 'section:')}   ${explanation.section} ${paint('dim', `(${describeReason(explanation.sectionReason)})`)}`,
    ...(hasTopics ? [`${paint('bold', 'topic:')}     ${explanation.topicMatch ? describeMatch(explanation.topicMatch) : paint('dim', '(no configured topic matches)')}`] : []),
    '',
    paint('bold', 'Text'),
    explanation.text || paint('dim', '(nothing left)'),
    '',
    paint('bold', `Removed (${explanation.removed.length})`),
    ...explanation.removed.map(({ text, rule }) => `${paint('rule', `[${rule}]`)} ${truncate(text)}`),
  ];
  if (explanation.removed.length === 0) lines.push(paint('dim', '(nothing)'));
  return `${lines.join('\n')}\n`;
}

function describeReason(reason: SectionReason): string {
  const evidence = (reason.evidence ?? []).map((item) => `"${item}"`).join(', ');
  switch (reason.signal) {
    case 'source':
      return `the source says so: ${evidence}`;
    case 'category':
      return `the feed's category ${evidence}`;
    case 'link':
      return `the article's link is filed under ${evidence}`;
    case 'text':
      return `words in the headline and lead: ${evidence}`;
    case 'none':
      return 'nothing points to a section';
  }
}

function describeMatch(match: TopicMatch): string {
  const hits = match.hits.map((hit) => `"${hit.keyword}" as "${hit.matched}" in the ${hit.field === 'title' ? 'headline' : hit.field}`);
  return `${match.topic} (${hits.join('; ')})`;
}

// Cut between graphemes, so an Arabic letter keeps its marks and an emoji stays whole.
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ');
  const graphemes = Array.from(GRAPHEMES.segment(oneLine), ({ segment }) => segment);
  return graphemes.length > MAX_REMOVED_CHARS ? `${graphemes.slice(0, MAX_REMOVED_CHARS - 1).join('')}…` : oneLine;
}
