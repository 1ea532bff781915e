import { phrasesRegex } from '../clean/phraseRegex.js';
import { PHRASE_PACKS } from '../clean/phrases/index.js';
import { forEachTerm } from '../text/analyzeTerms.js';
import { normalizeText } from '../text/normalize.js';
import { splitSentences } from '../text/splitSentences.js';
import { stopwordsFor } from '../text/stopwords.js';
import type { Article } from '../types.js';
import { isHeadlineList } from './isHeadlineList.js';

export interface SummaryOptions {
  /** Most sentences in a summary. @default 3 */
  maxSentences?: number;
  /** Stop adding sentences past this many words. @default 55 */
  maxWords?: number;
  /** Sentences from the top of each article considered (news puts the essentials first). @default 3 */
  leadSentences?: number;
  /** Sources that cut their texts at a length (see findCuttingSources): a text of theirs that ends without a full stop ends cut. */
  cuttingSources?: ReadonlySet<string>;
}

/**
 * An extractive summary: the lede of the story's representative article, then, among the lead
 * sentences of its other articles in the story's language, the most central ones (closest to what
 * all of them say), in reading order, whole sentences only.
 * A single very long first sentence is kept whole rather than cut mid-thought. A summary adds to
 * the headline: sentences that restate a title (a feed whose description is its title again, with
 * or without punctuation) and sentences the feed cut off ("…") are left out, so a story of
 * headlines alone has no summary rather than a repeat.
 */
export function summarizeStory(articles: readonly Article[], language: string, options: SummaryOptions = {}): string {
  const maxSentences = options.maxSentences ?? 3;
  const maxWords = options.maxWords ?? 55;
  const lead = options.leadSentences ?? 3;
  const sameLanguage = articles.filter((article) => article.language === language);
  const speakers = sameLanguage.length > 0 ? sameLanguage : articles;
  // Plain loops over arrays built one way: with map, find and spread copies V8 met this
  // function's arrays and objects in several shapes and deoptimised it over and over.
  let pool: Candidate[] = [];
  // Captions of the story's picture or video, used only when the story has nothing else to say
  // (a story about a video that went viral).
  const captions: Candidate[] = [];
  const storyTitle = speakers[0] === undefined ? new Set<string>() : termsOf(speakers[0].title, speakers[0].language);
  for (let articleIndex = 0; articleIndex < speakers.length; articleIndex++) {
    const article = speakers[articleIndex]!;
    const title = articleIndex === 0 ? storyTitle : termsOf(article.title, article.language);
    const sentences = leadSentences(article.text, lead);
    for (let position = 0; position < sentences.length; position++) {
      const { sentence: written, last } = sentences[position]!;
      const sentence = withoutHashtags(written);
      if (isCutOff(sentence) || isHeadlineList(sentence) || isPrompt(sentence, article.language) || (last && isUnfinished(sentence, position, article.language, options.cuttingSources?.has(article.source) ?? false))) continue;
      const { keys, counts } = analyzed(sentence, article.language);
      if (restates(keys, title) || restates(keys, storyTitle)) continue;
      (describesMedia(sentence) ? captions : pool).push({ sentence, position, articleIndex, keys, counts, score: 0 });
    }
  }
  if (pool.length === 0) pool = captions;
  if (pool.length === 0) return '';

  // Centrality: how many of a sentence's terms the other lead sentences share, per term.
  const frequency = new Map<string, number>();
  for (const { keys } of pool) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  for (const entry of pool) {
    let shared = 0;
    for (const key of entry.keys) shared += (frequency.get(key) ?? 1) - 1;
    const centrality = entry.keys.size ? shared / Math.sqrt(entry.keys.size) : 0;
    entry.score = centrality / (1 + entry.position * 0.3);
  }

  // The lede of the article that speaks for the story always opens the summary: it says what
  // happened; the most central other lead sentences follow (sorting is stable: on equal scores,
  // reading order).
  const lede = pool[0]!.articleIndex === 0 ? pool[0] : undefined;
  const ranked = pool.filter((entry) => entry !== lede).sort((a, b) => b.score - a.score);
  if (lede) ranked.unshift(lede);
  const chosen: Candidate[] = [];
  let words = 0;
  for (const candidate of ranked) {
    if (chosen.length >= maxSentences) break;
    const length = candidate.sentence.split(/\s+/).length;
    if (chosen.length > 0 && words + length > maxWords) continue;
    // Two sentences saying the same thing (two outlets' leads) make a poor summary, and two
    // outlets' counts of one thing ("25 people killed", "at least 13 people killed") one that
    // contradicts itself: the summary keeps the count it gave first.
    if (repeats(chosen, candidate) || disagrees(chosen, candidate)) continue;
    // "This figure is higher than…", "وأضاف أن…": a sentence that leans on the one before it comes
    // only after it.
    if (candidate.position > 0 && REFERS_BACK.test(candidate.sentence) && !chosen.some((entry) => entry.articleIndex === candidate.articleIndex && entry.position === candidate.position - 1)) continue;
    chosen.push(candidate);
    words += length;
  }
  const sentences = chosen.sort((a, b) => a.articleIndex - b.articleIndex || a.position - b.position).map((entry) => entry.sentence);
  // A teaser that goes without a full stop ("…تحاصر مدينة عفرين منذ الاثنين") would run into the
  // next outlet's sentence: followed by another, it gets one.
  return sentences.map((sentence, index) => (index < sentences.length - 1 && /[\p{L}\p{N}]$/u.test(sentence) ? `${sentence}.` : sentence)).join(' ');
}

// Sentence openings that point back to the sentence before: demonstratives and pronouns in English
// and Arabic, and the Arabic "he added", "he went on", whose speaker the sentence before names.
const REFERS_BACK = /^(?:(?:this|these|that|those|it|he|she|they|his|her|its|their)\b|و?(?:هذا|هذه|ذلك|تلك|هؤلاء|هو|هي|هم)(?=[\s،,]|$)|و(?:أضاف|اضاف|أضافت|اضافت|تابع|تابعت)(?=[\s،,:]|$))/iu;

/** A lead sentence, and whether the text ends with it (where a feed that cuts its text cut it). */
interface LeadSentence {
  sentence: string;
  last: boolean;
}

/** The first `count` sentences of a text, read no further than needed: articles run long, leads are short. */
function leadSentences(text: string, count: number): LeadSentence[] {
  const sentences: LeadSentence[] = [];
  const paragraphs = text.trim().split(/\n{2,}/);
  for (let index = 0; index < paragraphs.length; index++) {
    if (sentences.length >= count) break;
    const paragraph = paragraphs[index]!;
    if (!hasWords(paragraph, 6)) continue; // sub-headings are not sentences of the story
    const { found, all } = firstSentences(paragraph, count - sentences.length);
    const lastParagraph = index === paragraphs.length - 1;
    found.forEach((sentence, at) => sentences.push({ sentence, last: lastParagraph && all && at === found.length - 1 }));
  }
  return sentences.slice(0, count);
}

/** Whether `paragraph.split(/\s+/)` has at least `count` parts, without splitting all of it. */
function hasWords(paragraph: string, count: number): boolean {
  const space = /\s+/g;
  let parts = 1;
  while (parts < count && space.exec(paragraph)) parts++;
  return parts >= count;
}

/**
 * The first `count` sentences of a paragraph (fewer if it has fewer), as splitSentences gives them,
 * and whether they are all it has,
 * splitting growing prefixes of a long paragraph (feeds often run a whole article together).
 * Only the last sentence found in a prefix and its rest can differ from the whole paragraph's
 * (a boundary at the cut), so a prefix that yields two sentences more than wanted is enough.
 */
function firstSentences(paragraph: string, count: number): { found: string[]; all: boolean } {
  for (let length = 2048; length < paragraph.length; length *= 4) {
    const sentences = splitSentences(paragraph.slice(0, length));
    if (sentences.length >= count + 2) return { found: sentences.slice(0, count), all: false };
  }
  const sentences = splitSentences(paragraph);
  return { found: sentences.slice(0, count), all: sentences.length <= count };
}

interface Candidate {
  sentence: string;
  /** Its place among its article's lead sentences, from 0. */
  position: number;
  articleIndex: number;
  /** Its terms' keys. */
  keys: Set<string>;
  /** What its numbers count: the term after a number, and the number ("25 people": peopl → 25). */
  counts: Map<string, string>;
  score: number;
}

function termsOf(text: string, language: string): Set<string> {
  const keys = new Set<string>();
  forEachTerm(text, language, (key) => keys.add(key));
  return keys;
}

const NUMBER = /^\d[\d.]*$/;

/** A sentence's terms, and the numbers it gives with what they count. */
function analyzed(text: string, language: string): { keys: Set<string>; counts: Map<string, string> } {
  const keys = new Set<string>();
  const counts = new Map<string, string>();
  let number: string | undefined;
  forEachTerm(text, language, (key) => {
    keys.add(key);
    if (number !== undefined && !NUMBER.test(key)) counts.set(key, number);
    number = NUMBER.test(key) ? key : undefined;
  });
  return { keys, counts };
}

/**
 * Whether a sentence gives two numbers or more that one already chosen gives too (the same toll
 * and count of wounded, retold), or counts something that another article's chosen sentence
 * counts with another number.
 */
function disagrees(chosen: readonly Candidate[], candidate: Candidate): boolean {
  const numbers = [...candidate.keys].filter((key) => NUMBER.test(key));
  for (const other of chosen) {
    if (numbers.length >= 2 && numbers.every((number) => other.keys.has(number))) return true;
    // One article comparing two counts of a thing ("84.7 years" in Westminster, "74" in Blackpool) contradicts nothing.
    if (other.articleIndex === candidate.articleIndex) continue;
    for (const [counted, number] of candidate.counts) {
      const given = other.counts.get(counted);
      if (given !== undefined && given !== number) return true;
    }
  }
  return false;
}

/** A sentence that says nothing its headline does not: nearly all its terms are the title's. */
function restates(sentence: ReadonlySet<string>, title: ReadonlySet<string>): boolean {
  if (sentence.size === 0) return true;
  if (title.size === 0) return false;
  let inTitle = 0;
  for (const key of sentence) if (title.has(key)) inTitle++;
  return inTitle >= 0.8 * sentence.size;
}

// Sentence ends, before any closing quotes and brackets.
export const FINISHED = /[.!?؟۔。！？]["'”’»)\]]*$/u;

/**
 * The text's last sentence where the feed cut the text at a length: it has no full stop although
 * the sentences before it have theirs, or it ends in a word no sentence ends with ("…the union is
 * determined to", "…عازم على"), or it comes from a source that cuts its texts at a length. A text of
 * one sentence may otherwise simply go without a full stop.
 */
function isUnfinished(sentence: string, position: number, language: string, cutting: boolean): boolean {
  const trimmed = sentence.trimEnd();
  if (FINISHED.test(trimmed)) return false;
  if (position > 0 || cutting) return true;
  const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  return stopwordsFor(language).has(normalizeText(lastWord));
}

// A hashtag in a sentence ("أظهرت #بيانات_جمركية"): its words are part of the sentence.
const HASHTAG = /(^|\s)#([\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*)(?=[\s.,،:;!?؟]|$)/gu;

/** A sentence as a reader reads it aloud: hashtags as their words. */
function withoutHashtags(sentence: string): string {
  return sentence.includes('#') ? sentence.replace(HASHTAG, (_match, space: string, tag: string) => space + tag.replaceAll('_', ' ')) : sentence;
}

// A caption kept in a feed's text speaks of the picture or video beside it, not of the event.
const MEDIA_CAPTION = /^(?:(?:this|the|in (?:this|the)) (?:video|photo|picture|image|footage|clip)s?\b|(?:these are|this is|here are|here is) (?:live |the )?(?:video|photo|picture|image|footage|clip)s?\b|(?:هذا|في هذا|يظهر) (?:الفيديو|المقطع)|(?:هذه|في هذه) (?:الصورة|الصور)|(?:الصورة|صورة) (?:أرشيفية|من)(?=[\s.،:]|$))/iu;

// A video's credit line names its reporter, not the news: "Al Jazeera's Sarah Clarke reports from
// Queensland, Australia.", "CNN's Will Ripley looks at the current state of tensions…", "The BBC's
// Hugh Schofield assesses the harsh realities…".
const REPORTER_CREDIT = /^(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s\s+)?(?:correspondent\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:reports|looks at|looks into|explains|has more|has the details|has the story|takes a look|brings us|assesses|examines|explores|analyses|analyzes|investigates|considers|reflects on|speaks to|talks to)\b/u;

/**
 * A caption of the picture or video that went with the text ("This video spread on social media"),
 * or the video's credit of its reporter.
 */
function describesMedia(sentence: string): boolean {
  return MEDIA_CAPTION.test(sentence) || REPORTER_CREDIT.test(sentence);
}

const prompts = new Map<string, RegExp>();

/**
 * A sentence that turns to the reader ("Follow our live coverage", "تابعوا تغطية خاصة حول ردود
 * الفعل", "Read more: …"): the openers of follow, read-more and newsletter lines the cleaning knows,
 * found inside a feed's teaser, where the cleaning, which works on lines, leaves them.
 */
function isPrompt(sentence: string, language: string): boolean {
  let regex = prompts.get(language);
  if (!regex) {
    const pack = PHRASE_PACKS[language];
    regex = phrasesRegex(pack ? [...pack.social, ...pack.related, ...pack.newsletter] : [], 'start');
    prompts.set(language, regex);
  }
  const match = regex.exec(sentence);
  return match !== null && !/[\p{L}\p{N}]/u.test(sentence.charAt(match[0].length));
}

/** A sentence a feed truncated: it ends in an ellipsis instead of its own full stop. */
function isCutOff(sentence: string): boolean {
  return /(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/u.test(sentence);
}

// Another outlet retelling the lede in its own words shares a little over half of its terms with
// it (four real days read: Sudan's protests, the Westfield fire, FIFA's fine); a sentence that adds
// something shares fewer.
const REPEAT_OVERLAP = 0.5;

function repeats(chosen: readonly Candidate[], candidate: Candidate): boolean {
  for (const other of chosen) if (overlap(other.keys, candidate.keys) > REPEAT_OVERLAP) return true;
  return false;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
