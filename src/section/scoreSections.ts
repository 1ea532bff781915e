import { walkWords } from '../group/walkWords.js';
import { POSSESSIVE } from '../text/analyzeTerms.js';
import { normalizeText } from '../text/normalize.js';
import { startsLowerCase } from '../text/startsLowerCase.js';
import { stopwordsFor } from '../text/stopwords.js';
import type { Article } from '../types.js';
import { classifySections, type ModelReading } from './classifySections.js';
import { sectionKey } from './sectionKey.js';
import type { NamedSection } from './sectionIds.js';
import { arabicPlaces, arabicSectionWords } from './words/ar.js';
import { englishHomePlaces, englishPlaces, englishSectionWords } from './words/en.js';
import { englishLearnedWords } from './words/en.learned.js';
import type { SectionWords } from './words/sectionWords.js';

/** What the words of an article say about its section. */
export interface SectionScores {
  /** Per section, the weight of its words found in the headline and lead. */
  scores: Map<NamedSection, number>;
  /** Per section, the words found, as written, heaviest first. */
  words: Map<NamedSection, string[]>;
  /** Per section, the part of its score that hand-written words and places gave (learned words left out). */
  written: Map<NamedSection, number>;
  /** What the language's trained model reads in the headline and lead, where there is one. */
  model?: ModelReading;
}

interface Entry {
  /** The sections that list it, each with the weight one occurrence adds. */
  sections: { section: NamedSection; weight: number }[];
  /** Learned from word vectors, not written by hand. */
  learned: boolean;
  /** A place abroad, home to few of the language's readers. */
  abroad?: boolean;
  /**
   * The only words (normalised) it matches: with their inflections when a common word of other
   * meaning shares its stem, as written (or plural) when it is a name (see matchesForm).
   */
  forms?: readonly string[];
  /** Listed only with a capital ("Fed", "Ashes"): in lower case it is another word ("fed", "ashes"). */
  capitalOnly?: boolean;
}

interface CompiledWords {
  /** A one-word entry's key. */
  single: Map<string, Entry>;
  /** A phrase's first key → the phrases that start with it. */
  phrases: Map<string, (Entry & { keys: string[] })[]>;
  /** A word as written → its key, remembered: news vocabulary repeats. */
  keys: Map<string, string>;
}

const LISTS: Readonly<Record<string, { words: SectionWords; places?: readonly string[]; home?: ReadonlySet<string>; learned?: SectionWords }>> = {
  en: { words: englishSectionWords, places: englishPlaces, home: englishHomePlaces, learned: englishLearnedWords },
  ar: { words: arabicSectionWords, places: arabicPlaces },
};
const compiled = new Map<string, CompiledWords | null>();

// The headline says what a story is about more surely than any sentence of its text; the lead
// (the first paragraph, or its first words when the text is one block) says it next. Further
// down, an article about a match may mention the club's finances and a shooting the hospital.
const TITLE_WEIGHT = 2;
const LEAD_WORDS = 60;
// A place abroad is World's only when nothing more telling is said: "China's exports" is business.
const PLACE_WEIGHT = 0.3;
// Words learned from word vectors (see scripts/sections/learnSectionWords.ts) are likelier to
// mislead than the written ones: they count for less, and never over a written entry.
const LEARNED_WEIGHT = 0.3;

/**
 * Compiles the word lists of every language there are lists for, ahead of the first article: a
 * run does it while its main thread would otherwise wait for the cleaning.
 */
export function prepareSectionWords(): void {
  for (const language of Object.keys(LISTS)) compiledFor(language);
}

/**
 * Scores an article against the section word lists of its language (English and Arabic): each
 * listed word or phrase found in the headline or lead adds to the sections that list it, shared
 * between them when several do. Articles in other languages score nothing.
 */
export function scoreSections(article: Pick<Article, 'title' | 'text' | 'language'>): SectionScores {
  const scores = new Map<NamedSection, number>();
  const found = new Map<NamedSection, Map<string, number>>();
  const words = compiledFor(article.language);
  const written = new Map<NamedSection, number>();
  if (!words) return { scores, words: new Map(), written };
  const add = (entry: Entry, weight: number, surface: string, abroad: boolean) => {
    for (const { section: listed, weight: share } of entry.sections) {
      const section = abroad && listed === 'politics' && !entry.learned ? 'world' : listed;
      const added = weight * share;
      scores.set(section, (scores.get(section) ?? 0) + added);
      if (!entry.learned) written.set(section, (written.get(section) ?? 0) + added);
      const forms = found.get(section) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + added);
      found.set(section, forms);
    }
  };
  const title = keyed(article.title, Number.MAX_SAFE_INTEGER, article.language, words.keys);
  const opening = keyed(leadOf(article.text), LEAD_WORDS, article.language, words.keys);
  const headline = matchesIn(title, words);
  const lead = matchesIn(opening, words);
  const model = classifySections(article.language, [
    { ...title, weight: TITLE_WEIGHT },
    { ...opening, weight: 1 },
  ]);
  // A country's politics is foreign news to a reader elsewhere: when the headline names a place
  // abroad ("Election in Kenya"), the article's written politics words speak for World. Learned
  // ones ("critical", "major") say too little of politics to be moved.
  const abroad = headline.some((match) => match.entry.abroad);
  for (const match of headline) add(match.entry, TITLE_WEIGHT, match.surface, abroad);
  for (const match of lead) add(match.entry, 1, match.surface, abroad);
  // A match report names a result ("Brentford beat Forest 3-2") where it may name no sport.
  if (article.language.startsWith('en')) {
    const inHeadline = scorelineIn(article.title);
    const inLead = inHeadline ?? scorelineIn(leadOf(article.text).slice(0, LEAD_CHARACTERS));
    if (inLead) add(SCORELINE, inHeadline ? TITLE_WEIGHT : 1, inLead, false);
  }
  const ranked = new Map<NamedSection, string[]>();
  for (const [section, forms] of found) ranked.set(section, [...forms].sort((a, b) => b[1] - a[1]).map(([form]) => form));
  return { scores, words: ranked, written, ...(model ? { model } : {}) };
}

const SCORELINE: Entry = { sections: [{ section: 'sports', weight: 1 }], learned: false };
// About the first 60 words of a lead.
const LEAD_CHARACTERS = 400;
// A result: two numbers of up to three digits joined by a hyphen or dash, standing alone ("a 5-0
// thrashing", "lost 24-21.", "7-6 (4)"), where nothing around them makes them a vote, a ruling,
// a range or a quantity ("a 6-3 ruling", "voted 52-48", "10-12 people", "5-10 years").
const SCORELINE_PATTERN = /(?<![\p{L}\p{N}.,:/+-])(\d{1,3})[-–](\d{1,3})(?![\p{L}\p{N}.,:/%+–-]|[.,]\d)(?!\s*(?:percent|per cent|%|people|persons|men|women|children|times|inches|feet|foot|miles|pounds|dollars|euros|seats|years?|months?|weeks?|days?|hours?|minutes?|ruling|decision|vote|verdict|majority|margin|split|million|billion|year-old))/iu;
const NOT_A_RESULT_BEFORE = /\b(?:vote[ds]?|voting|ruled|ruling|split|aged?|ages|between|from|majority)\s+(?:of\s+|a\s+)?$/i;

/** The first result written in a text ("3-2"), if any. */
function scorelineIn(text: string): string | undefined {
  const match = SCORELINE_PATTERN.exec(text);
  if (!match || NOT_A_RESULT_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) return undefined;
  return match[0];
}

interface Match {
  entry: Entry;
  /** The words matched, as written. */
  surface: string;
}

/**
 * The listed words and phrases among the words of a text. A phrase says what its
 * words mean there: an entry inside a longer matched one counts only for the sections the longer
 * one names ("بطولة الفيلم" is no sports championship, a "health care bill" no health story), and
 * for nothing when they share none.
 */
function matchesIn({ keys, surfaces }: Keyed, words: CompiledWords): Match[] {
  const spans: { start: number; end: number; entry: Entry }[] = [];
  keys.forEach((key, index) => {
    const entry = words.single.get(key);
    if (entry && matchesForm(entry, surfaces[index]!)) spans.push({ start: index, end: index + 1, entry });
    for (const phrase of words.phrases.get(key) ?? []) {
      if (phrase.keys.every((wanted, offset) => keys[index + offset] === wanted)) spans.push({ start: index, end: index + phrase.keys.length, entry: phrase });
    }
  });
  return spans.map((span) => {
    let outer: (typeof spans)[number] | undefined;
    for (const other of spans) {
      if (other.start <= span.start && other.end >= span.end && other.end - other.start > Math.max(span.end - span.start, outer ? outer.end - outer.start : 0)) outer = other;
    }
    const sections = outer && new Set(outer.entry.sections.map(({ section }) => section));
    const entry = sections ? { ...span.entry, sections: span.entry.sections.filter(({ section }) => sections.has(section)) } : span.entry;
    return { entry, surface: surfaces.slice(span.start, span.end).join(' ') };
  });
}

interface Keyed {
  /** Each word's key (see sectionKey). */
  keys: string[];
  /** Each word as written. */
  surfaces: string[];
}

/** The words of a text (up to its first `limit`), as written and as keys. */
function keyed(text: string, limit: number, language: string, memo: Map<string, string>): Keyed {
  const keys: string[] = [];
  const surfaces: string[] = [];
  walkWords(text, (start, end) => {
    if (keys.length >= limit) return;
    const surface = text.slice(start, end);
    keys.push(sectionKey(surface, language, memo));
    surfaces.push(surface);
  });
  return { keys, surfaces };
}

/**
 * Whether a word of the text is one of the entry's forms. A name (an entry written with a capital)
 * matches only as written there, or as its plural ("the Clintons"): "Edward" is not "Edwards",
 * nor "Wilder" "Wilders", though they stem alike; and in lower case it is another word ("fed").
 */
function matchesForm(entry: Entry, surface: string): boolean {
  if (entry.capitalOnly && startsLowerCase(surface)) return false;
  if (!entry.forms) return true;
  const word = normalizeText(surface.replace(POSSESSIVE, ''));
  if (entry.capitalOnly) return entry.forms.some((form) => word === form || word === `${form}s` || word === `${form}es`);
  return entry.forms.some((form) => sameWord(form, word));
}

/** The first paragraph of a text (paragraphs are separated by a blank line). */
function leadOf(text: string): string {
  const end = text.indexOf('\n\n');
  return end === -1 ? text : text.slice(0, end);
}

/** The keys of the words of a list entry. */
function keysOf(entry: string, language: string, memo: Map<string, string>): string[] {
  const keys: string[] = [];
  walkWords(entry, (start, end) => keys.push(sectionKey(entry.slice(start, end), language, memo)));
  return keys;
}

/** The word lists of a language (by its primary subtag), analysed like the text; null when there are none. */
function compiledFor(language: string): CompiledWords | null {
  const primary = language.split('-')[0]!.toLowerCase();
  let words = compiled.get(primary);
  if (words === undefined) {
    const lists = LISTS[primary];
    words = lists ? compile(lists, primary) : null;
    compiled.set(primary, words);
  }
  return words;
}

function compile({ words: lists, places = [], home, learned }: (typeof LISTS)[string], language: string): CompiledWords {
  const memo = new Map<string, string>();
  const byKeys = new Map<string, { keys: string[]; sections: Map<NamedSection, number>; learned: boolean; surfaces: string[]; capitalOnly: boolean }>();
  const list = (section: NamedSection, entries: readonly string[], weight: number, learned = false) => {
    for (const entry of entries) {
      const keys = keysOf(entry, language, memo);
      if (keys.length === 0) continue;
      const id = keys.join(' ');
      const known = byKeys.get(id) ?? { keys, sections: new Map<NamedSection, number>(), learned, surfaces: [], capitalOnly: !learned && keys.length === 1 };
      known.sections.set(section, Math.max(known.sections.get(section) ?? 0, weight));
      // Only a written one-word entry can be held to its own forms (see collisions).
      if (!learned && keys.length === 1) known.surfaces.push(normalizeText(language === 'en' ? entry.replace(POSSESSIVE, '') : entry));
      if (learned || startsLowerCase(entry)) known.capitalOnly = false;
      byKeys.set(id, known);
    }
  };
  for (const [section, entries] of Object.entries(lists) as [NamedSection, readonly string[]][]) list(section, entries, 1);
  list('world', places, PLACE_WEIGHT);
  // Without a list of home places, no place is known to be abroad.
  const abroad = new Set(home ? places.filter((place) => !home.has(place)).map((place) => keysOf(place, language, memo).join(' ')) : []);
  const written = new Set(byKeys.keys());
  for (const [section, entries] of Object.entries(learned ?? {}) as [NamedSection, readonly string[]][]) {
    list(section, entries.filter((entry) => !written.has(sectionKey(entry, language, memo))), LEARNED_WEIGHT, true);
  }
  const single = new Map<string, Entry>();
  const phrases = new Map<string, (Entry & { keys: string[] })[]>();
  const colliding = language === 'en' ? collisions(byKeys.values(), learned, language, memo) : new Set<string>();
  for (const { keys, sections, learned: fromVectors, surfaces, capitalOnly } of byKeys.values()) {
    // A word several sections list is evidence for each of them in part.
    const entry = { sections: [...sections].map(([section, weight]) => ({ section, weight: weight / sections.size })), learned: fromVectors, abroad: abroad.has(keys.join(' ')), ...((colliding.has(keys[0]!) || (capitalOnly && language === 'en')) && keys.length === 1 ? { forms: surfaces } : {}), ...(capitalOnly && language === 'en' ? { capitalOnly } : {}) };
    if (keys.length === 1) single.set(keys[0]!, entry);
    else phrases.set(keys[0]!, [...(phrases.get(keys[0]!) ?? []), { ...entry, keys }]);
  }
  return { single, phrases, keys: memo };
}

/**
 * The keys of written one-word entries that a common word of another meaning stems alike: a stop
 * word, or a frequent word learned for another section ("conservative" and "conservation",
 * "imports" and "important", "executives" and "executed"). Such an entry then matches only its own
 * inflections, where stemming would let the common word speak for its section.
 */
function collisions(entries: Iterable<{ keys: string[]; sections: ReadonlyMap<NamedSection, number>; learned: boolean; surfaces: string[] }>, learned: SectionWords | undefined, language: string, memo: Map<string, string>): Set<string> {
  const written = [...entries].filter((entry) => !entry.learned && entry.keys.length === 1);
  const wanted = new Set(written.map((entry) => entry.keys[0]!));
  // Only common words that stem like a written entry are kept: compiling runs in every process.
  const common = new Map<string, { word: string; section?: NamedSection }[]>();
  const note = (word: string, section?: NamedSection) => {
    const key = sectionKey(word, language, memo);
    if (!wanted.has(key)) return;
    const words = common.get(key);
    if (words) words.push({ word: normalizeText(word), section });
    else common.set(key, [{ word: normalizeText(word), section }]);
  };
  for (const word of stopwordsFor(language)) note(word);
  for (const [section, words] of Object.entries(learned ?? {}) as [NamedSection, readonly string[]][]) for (const word of words) note(word, section);
  const keys = new Set<string>();
  for (const { keys: [key], sections, surfaces } of written) {
    const other = (common.get(key!) ?? []).some(({ word, section }) => !(section && sections.has(section)) && !surfaces.some((surface) => sameWord(surface, word)));
    if (other) keys.add(key!);
  }
  return keys;
}

/** Whether two English words are forms of one: "elections" and "election", "executive" and "executives". */
function sameWord(one: string, other: string): boolean {
  return inflects(one, other) || inflects(other, one);
}

// English inflections: plural and third person, past, participle, comparative, adverb.
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'est', 'ly'];

/** Whether an English word is a form of another: "election" → "elections", "vote" → "voting", "ally" → "allies", "ban" → "banned". */
function inflects(base: string, word: string): boolean {
  if (word === base) return true;
  if (!word.startsWith(base.slice(0, -1))) return false;
  const tail = word.slice(base.length);
  if (word.startsWith(base) && INFLECTIONS.includes(tail)) return true;
  const last = base.at(-1);
  if (last === 'e' || last === 'y') return INFLECTIONS.includes(word.slice(base.length - 1)) || (last === 'y' && ['ies', 'ied'].includes(word.slice(base.length - 1)));
  return word.startsWith(base) && word[base.length] === last && INFLECTIONS.includes(word.slice(base.length + 1));
}
