import { normalizeText } from './normalize.js';

/** Buckets of a signature: the share of equal buckets estimates the Jaccard similarity. */
export const SIGNATURE_BUCKETS = 64;
// Words per shingle. hashShingles keeps one running hash per shingle covering a word: three.
const SHINGLE = 3;

/**
 * The MinHash signature of a text (one-permutation hashing of its word 3-grams, densified), or
 * null when it is too short to judge. Cleaning computes it where the article is made, on the
 * worker threads, so that findNearDuplicates only compares.
 */
export function minHashOf(text: string): Uint32Array | null {
  const minima = new Uint32Array(SIGNATURE_BUCKETS).fill(0xffffffff);
  const words = hashShingles(normalizeText(text), (hash) => {
    const bucket = hash % SIGNATURE_BUCKETS;
    const value = Math.imul(hash, 0x9e3779b1) >>> 0;
    if (value < minima[bucket]!) minima[bucket] = value;
  });
  if (words < SHINGLE + 5) return null;
  // Densify: an empty bucket borrows its right neighbour's minimum, as in densified OPH.
  for (let bucket = 0; bucket < SIGNATURE_BUCKETS; bucket++) {
    if (minima[bucket] !== 0xffffffff) continue;
    for (let step = 1; step < SIGNATURE_BUCKETS; step++) {
      const other = minima[(bucket + step) % SIGNATURE_BUCKETS]!;
      if (other !== 0xffffffff) {
        minima[bucket] = (other + step) >>> 0;
        break;
      }
    }
  }
  return minima;
}

/** The signature of an article as duplicates are found: its title and text together. */
export function minHashOfArticle(article: { title: string; text: string }): Uint32Array | null {
  return minHashOf(`${article.title}\n${article.text}`);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/**
 * Calls `emit` with the FNV-1a hash of each word 3-gram "w1 w2 w3" of a text, where words are
 * runs of letters and digits (what `text.match(/[\p{L}\p{N}]+/gu)` finds), and returns the number
 * of words. One pass over the text with the three shingles that cover a character hashed side by
 * side: building and hashing a string per shingle cost several times more.
 */
function hashShingles(text: string, emit: (hash: number) => void): number {
  // newest: the shingle that starts at the current word; middle and oldest: those that started one
  // and two words before. The latter are meaningless until three words have been seen.
  let newest = FNV_OFFSET;
  let middle = FNV_OFFSET;
  let oldest = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (code < 0x80) isWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      width = 2;
      isWord = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
    } else isWord = isWordUnit(code);
    if (!isWord) {
      if (inWord) {
        words++;
        if (words >= SHINGLE) emit(oldest >>> 0);
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      oldest = Math.imul(middle ^ SPACE, FNV_PRIME);
      middle = Math.imul(newest ^ SPACE, FNV_PRIME);
      newest = FNV_OFFSET;
      inWord = true;
    }
    for (let unit = i; unit < i + width; unit++) {
      const value = text.charCodeAt(unit);
      newest = Math.imul(newest ^ value, FNV_PRIME);
      middle = Math.imul(middle ^ value, FNV_PRIME);
      oldest = Math.imul(oldest ^ value, FNV_PRIME);
    }
    i += width - 1;
  }
  if (inWord) {
    words++;
    if (words >= SHINGLE) emit(oldest >>> 0);
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Whether each BMP unit past ASCII is a letter or digit, learnt as units are met: 0 unknown, 1 yes, 2 no.
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let known = WORD_UNITS[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
