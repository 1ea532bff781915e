import { normalizeText } from './normalize.js';
import { isAbbreviation } from './splitSentences.js';
import { stem } from './stem.js';
import { stopwordsFor } from './stopwords.js';

export interface Term {
  /** Normalised, stemmed form: what is compared. */
  key: string;
  /** The word as written, for labels shown to people. */
  surface: string;
  /** A capitalised word inside a sentence (a name), or a number: evidence of one particular event. */
  specific: boolean;
}

// News vocabulary repeats: normalising each distinct word once saves most of the work.
const normalized = new Map<string, string>();

function normalizeWord(word: string): string {
  let result = normalized.get(word);
  if (result === undefined) {
    result = normalizeText(word);
    if (normalized.size > 500_000) normalized.clear();
    normalized.set(word, result);
  }
  return result;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * The content terms of a text in order: stop words, single characters and single digits dropped;
 * names and numbers flagged, since two earthquakes share "quake" and "magnitude" but not
 * "Sumatra" or "7.6".
 */
export function analyzeTerms(text: string, language: string): Term[] {
  const stopwords = stopwordsFor(language);
  const terms: Term[] = [];
  let sentenceStart = true;
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*|[.!?؟。]/gu)) {
    const word = match[0].replace(/[.'’-]+$/u, '');
    if (/^[.!?؟。]$/u.test(match[0])) {
      sentenceStart = true;
      continue;
    }
    const startsSentence = sentenceStart;
    // The word pattern swallows a full stop glued to the word ("Friday. Officials said"), so the
    // sentence ends here unless the word is an abbreviation ("Mr. Smith", "U.S. officials").
    sentenceStart = match[0].slice(word.length).includes('.') && !isAbbreviation(word);
    if (!WORD.test(word)) continue;
    WORD.lastIndex = 0;
    const normalized = normalizeWord(word);
    if (normalized.length < 2 || stopwords.has(normalized)) continue;
    const isNumber = /^\d[\d.,]*$/.test(normalized);
    const isName = !startsSentence && /^\p{Lu}/u.test(word);
    terms.push({ key: isNumber ? normalized : stem(normalized, language), surface: word, specific: isNumber || isName });
  }
  return terms;
}
