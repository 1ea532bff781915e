import { isLetter, letterAt } from './isLetter.js';
import { startsLowerCase } from './startsLowerCase.js';

// Abbreviations after which a full stop does not end an English or French sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mme', 'mlle', 'm', 'u.s', 'u.k', 'e.g', 'i.e', 'approx',
]);

// Sentence-final marks: Latin . ! ?, Arabic question mark ؟ and semicolon ؛ (which Arabic prose
// uses between sentences), Urdu full stop ۔, CJK 。！？, Devanagari danda ।.
const BOUNDARY = /([.!?؟؛۔。！？।]+)(["'”’»)\]]*)(\s+|$)/gu;

// A full stop glued between two Arabic letters ends a sentence: feeds run sentences together
// ("…التبرع.وقال", "عاماً.ولا" after a vowel mark). The one Arabic abbreviation written with stops
// is an initialism spelled in letter names, three or more of them ("سي.آي.إيه", "إف.بي.آي"): it
// is matched first and kept whole.
const GLUED_ARABIC_STOP = /(?<![\u0620-\u065F])(?:[\u0620-\u064A]{1,3}\.){2,}[\u0620-\u064A]{1,3}(?![\u0620-\u065F])|(?<=[\u0620-\u065F])\.(?=[\u0620-\u064A])/gu;

/** Splits a paragraph into sentences, keeping their final punctuation. */
export function splitSentences(text: string): string[] {
  const paragraph = text.replace(GLUED_ARABIC_STOP, (match) => (match === '.' ? '. ' : match));
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && isAbbreviation(paragraph.slice(start, match.index))) continue;
    // A quote's exclamation or question, or a quote closed after its stop, goes on when the next
    // word is in lower case: "'It feels like 1933, AfD ban now!' reads some of the banners",
    // "'No more DIY!' she tweeted". A lone full stop before lower case is left to split: it is
    // more often a stray fragment than a sentence going on.
    if ((/[!?]/u.test(match[1]!) || match[2] !== '') && startsLowerCase(paragraph, match.index + match[0].length)) continue;
    // A stop inside a quotation that closes further on ends a sentence of the quote, not of the
    // text: «قال "ندين ما حدث. سيكون هناك رد فعل من قبلنا".» is one sentence.
    if (insideQuote(paragraph.slice(start, end)) && closesLater(paragraph, end)) continue;
    // A full stop between digits ("3.5") or glued to the next word ("ar.rt.com") is no boundary;
    // the regex already requires whitespace or the end after the mark.
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Whether a double quotation mark (straight, curly or guillemet) is open at the end of `text`. */
function insideQuote(text: string): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (const char of text) {
    if (char === '"') straight++;
    else if (char === '“') curly++;
    else if (char === '”') curly--;
    else if (char === '«') guillemets++;
    else if (char === '»') guillemets--;
  }
  return straight % 2 === 1 || curly > 0 || guillemets > 0;
}

// A quotation runs a few sentences at most: a mark further on than this closes some other one, or
// the text lost the closing mark.
const QUOTE_REACH = 400;

/** Whether a closing double quotation mark follows `index` closely. */
function closesLater(text: string, index: number): boolean {
  return /["”»]/u.test(text.slice(index, index + QUOTE_REACH));
}

/** Whether the last word of `before` is an abbreviation or an initial, after which a full stop ends no sentence. */
export function isAbbreviation(before: string): boolean {
  const start = lastWordStart(before);
  if (start === before.length) return false;
  const lastWord = before.slice(start);
  const word = lastWord.toLowerCase();
  // Single capital letters are initials ("J. Smith"); dotted single letters are initialisms ("L.A.
  // County", "D.C. police"), read like "U.S.": a feed's "L.A." alone was taken for a sentence.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord);
}

/**
 * Where the run of letters and full stops that ends `text` starts (`text.length` when there is
 * none). Read backwards from the end: /([\p{L}.]+)$/u tries every position of the text in turn,
 * which made it a fifth of the summaries' time.
 */
function lastWordStart(text: string): number {
  let index = text.length;
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 0x2e || isLetter(code)) index--;
    else if (code >= 0xdc00 && code <= 0xdfff && index > 1 && letterAt(text, index - 2) === 2) index -= 2;
    else break;
  }
  return index;
}
