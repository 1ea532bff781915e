import { createRequire } from 'node:module';
import { letterAt } from './isLetter.js';

// Arabic light stemming (after normalisation, so أ/إ/آ are already ا and ة is ه): strip the
// conjunction and preposition prefixes glued to the article, and the commonest plural and
// possessive suffixes, keeping at least three letters of root material. Light stemming keeps
// الروسي and الروسى (after normalisation) together without the over-merging of root extraction.
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const ARABIC_SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'ه', 'ي'];

// Snowball stemmers of the languages whose words are separated by spaces and inflected by suffixes.
// English, the commonest, uses porter2: the same algorithm (Porter2, which is Snowball's English)
// with the same stems (tests/text/stem.test.ts compares them on the eval sets' words), written
// over character codes instead of regular expressions, so faster than wink-porter2-stemmer;
// snowball-stemmers would load the stemmers of every language to give one.
const SNOWBALL: Readonly<Record<string, string>> = {
  en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ru: 'russian', tr: 'turkish', sv: 'swedish', da: 'danish', no: 'norwegian', nb: 'norwegian', fi: 'finnish',
  hu: 'hungarian', ro: 'romanian', ca: 'catalan', cs: 'czech',
};

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const stemmers = new Map<string, Stemmer>();

// Stems by language, then token. Bounded: past the limit new tokens are stemmed but not remembered.
const MAX_CACHED = 200_000;
const cache = new Map<string, Map<string, string>>();
let cached = 0;

/**
 * A stem of a normalised token in the given language, so that inflected forms of one word compare
 * equal: Snowball for European languages, light stemming for Arabic script. Results are cached
 * and the cache is consulted first: news vocabulary repeats, and Snowball costs microseconds a word.
 */
export function stem(token: string, language = 'und'): string {
  let stems = cache.get(language);
  if (!stems) {
    stems = new Map();
    cache.set(language, stems);
  }
  let stemmed = stems.get(token);
  if (stemmed === undefined) {
    stemmed = stemUncached(token, language);
    if (cached < MAX_CACHED) {
      stems.set(token, stemmed);
      cached++;
    }
  }
  return stemmed;
}

function stemUncached(token: string, language: string): string {
  if (hasArabicScript(token)) return stemArabic(token);
  const algorithm = SNOWBALL[language];
  if (!algorithm || !allLetters(token)) return token;
  let stemmer = stemmers.get(algorithm);
  if (!stemmer) {
    stemmer = algorithm === 'english' ? (require('porter2') as Stemmer) : (require('snowball-stemmers') as { newStemmer(name: string): Stemmer }).newStemmer(algorithm);
    stemmers.set(algorithm, stemmer);
  }
  return stemmer.stem(token);
}

// Two tests of every new token, written as loops: as regular expressions they were most of
// stemUncached's own time in a run's first grouping.
function hasArabicScript(token: string): boolean {
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}

/** /^\p{L}+$/u: a letter at each code point. */
function allLetters(token: string): boolean {
  if (token.length === 0) return false;
  for (let index = 0; index < token.length; ) {
    const size = letterAt(token, index);
    if (size === 0) return false;
    index += size;
  }
  return true;
}

function stemArabic(token: string): string {
  let word = token;
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}
