import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isAcronym, withoutPossessive, type KeywordWord } from './compileKeyword.js';
import { splitArabicAffixes } from './splitArabicAffixes.js';

/** One word of one keyword of one topic: topics and keywords by their place in the config. */
export interface KeywordPattern {
  topic: number;
  keyword: number;
  /** Its place in the keyword, and the keyword's number of words. */
  position: number;
  length: number;
  word: KeywordWord;
}

export interface WordMatch {
  pattern: KeywordPattern;
  /** The word needed a glued conjunction or preposition (وإيران): fine for a phrase's first word only. */
  clitic: boolean;
}

export interface KeywordIndex {
  /** The keyword words a word of the text, as written, matches in an article of `language`. */
  match(word: string, language: string): readonly WordMatch[];
}

// The keys an Arabic word is looked up under, by the ending it was read with (see compileKeyword).
const ARABIC_KEYS = { bare: ['e:', 'r:'], nisba: ['n:', 'r:'], inflected: ['r:'] } as const;

// Words remembered per index before the memo is emptied: a run meets some tens of thousands.
const MAX_REMEMBERED = 200_000;
const NONE: readonly WordMatch[] = [];

/**
 * Every word of every keyword, found by the forms compileKeyword lists, or by its stem in the
 * article's language. Each distinct word of the text is normalised, stemmed and looked up once per
 * language: news vocabulary repeats, and a run reads the headlines and leads of thousands of articles.
 */
export function indexKeywords(topics: readonly { phrases: readonly { words: readonly KeywordWord[] }[] }[]): KeywordIndex {
  const byKey = new Map<string, KeywordPattern[]>();
  const stemmable: KeywordPattern[] = [];
  for (const [topic, { phrases }] of topics.entries()) {
    for (const [keyword, { words }] of phrases.entries()) {
      for (const [position, word] of words.entries()) {
        const pattern = { topic, keyword, position, length: words.length, word };
        for (const key of word.keys) add(byKey, key, pattern);
        if (word.kind === 'word') stemmable.push(pattern);
      }
    }
  }
  const byStem = new Map<string, Map<string, KeywordPattern[]>>();
  const stemsIn = (language: string) => {
    let stems = byStem.get(language);
    if (!stems) {
      stems = new Map();
      for (const pattern of stemmable) add(stems, stem(pattern.word.normalized, language), pattern);
      byStem.set(language, stems);
    }
    return stems;
  };

  const memo = new Map<string, Map<string, readonly WordMatch[]>>();
  let remembered = 0;
  const matchUncached = (word: string, language: string): readonly WordMatch[] => {
    const found = new Map<KeywordPattern, boolean>();
    const take = (patterns: readonly KeywordPattern[] | undefined, clitic: boolean) => {
      // A word read both with and without a clitic keeps the reading without.
      for (const pattern of patterns ?? []) if (!(found.get(pattern) === false)) found.set(pattern, clitic);
    };
    const plain = withoutPossessive(word).replaceAll('.', '');
    const normalized = normalizeText(plain);
    if (/[\u0600-\u06ff]/.test(normalized)) {
      take(byKey.get(`w:${normalized}`), false);
      for (const reading of splitArabicAffixes(normalized)) for (const prefix of ARABIC_KEYS[reading.ending]) take(byKey.get(prefix + reading.core), reading.clitic);
    } else {
      if (isAcronym(plain)) take(byKey.get(`A:${plain}`), false);
      // "NGOs", "MPs": an acronym's plural.
      if (plain.endsWith('s') && isAcronym(plain.slice(0, -1))) take(byKey.get(`A:${plain.slice(0, -1)}`), false);
      take(byKey.get(`a:${normalized}`), false);
      take(byKey.get(`x:${normalized}`), false);
      const sameStem = stemsIn(language).get(stem(normalized, language));
      take(sameStem?.filter((pattern) => isInflection(normalized, pattern.word.normalized, language)), false);
    }
    return found.size === 0 ? NONE : [...found].map(([pattern, clitic]) => ({ pattern, clitic }));
  };

  return {
    match(word, language) {
      let words = memo.get(language);
      if (!words) {
        words = new Map();
        memo.set(language, words);
      }
      let matches = words.get(word);
      if (matches === undefined) {
        if (remembered >= MAX_REMEMBERED) {
          for (const known of memo.values()) known.clear();
          remembered = 0;
        }
        matches = matchUncached(word, language);
        words.set(word, matches);
        remembered++;
      }
      return matches;
    },
  };
}

function add(map: Map<string, KeywordPattern[]>, key: string, pattern: KeywordPattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

// What may differ at the end of two English words of one stem: plural, tense and participle.
const ENGLISH_ENDINGS = new Set(['', 'e', 'y', 's', 'es', 'ies', 'd', 'ed', 'ied', 'ing', 'ings']);

/**
 * Whether two words of one stem are forms of one word, not derivations: Porter2 gives "university"
 * and "universe", "organ" and "organization" one stem, but a topic about one is not about the other.
 * In English the two may differ only by inflectional endings (a doubled consonant allowed: planned);
 * in other languages by a short ending.
 */
function isInflection(word: string, keyword: string, language: string): boolean {
  let common = 0;
  while (common < word.length && common < keyword.length && word.charCodeAt(common) === keyword.charCodeAt(common)) common++;
  let wordRest = word.slice(common);
  const keywordRest = keyword.slice(common);
  if (language !== 'en') return keywordRest.length <= 2 && wordRest.length <= 4;
  if (keywordRest === '' && wordRest.length > 1 && wordRest[0] === keyword.at(-1)) wordRest = wordRest.slice(1);
  return ENGLISH_ENDINGS.has(wordRest) && ENGLISH_ENDINGS.has(keywordRest);
}
