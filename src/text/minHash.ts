import { normalizeText } from './normalize.js';

/** Buckets of a signature: the share of equal buckets estimates the Jaccard similarity. A power of two (keep masks with it). */
export const SIGNATURE_BUCKETS = 64;
// Words per shingle. hashShingles keeps one running hash per shingle covering a word: three.
const SHINGLE = 3;

/**
 * The MinHash signature of a text (one-permutation hashing of its word 3-grams, densified), or
 * null when it is too short to judge. The cleaning pool computes it as each batch of articles
 * comes back, while the feeds are still read, so that findNearDuplicates only compares.
 */
export function minHashOf(text: string): Uint32Array | null {
  const minima = new Uint32Array(SIGNATURE_BUCKETS).fill(0xffffffff);
  // Most texts are in scripts whose normalisation is one character at a time: they are folded
  // as they are hashed, without making the normalised copy (about a quarter of the signature's
  // cost) or a first pass to check that they can be.
  let words = hashShingles(text, minima, true);
  if (words < 0) {
    // A unit that does not fold alone: the text is normalised whole, and hashed from the start.
    minima.fill(0xffffffff);
    words = hashShingles(normalizeText(text), minima, false);
  }
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

/** Keeps, in its bucket of `minima`, the least of the permuted values of a shingle's hash. */
function keep(minima: Uint32Array, hash: number): void {
  // A mask, not %: the hash is an unsigned 32-bit value, which V8 holds as a double, and % on
  // doubles was a sixth of the whole signature's time.
  const bucket = hash & (SIGNATURE_BUCKETS - 1);
  const value = Math.imul(hash, 0x9e3779b1) >>> 0;
  if (value < minima[bucket]!) minima[bucket] = value;
}

// Stand-ins for the fold tables when a text is hashed as it is, so both kinds of call see typed arrays.
const NO_FOLDS = new Int32Array(0);
const NO_WORDS = new Uint8Array(0);

/**
 * Adds to `minima` the FNV-1a hash of each word 3-gram "w1 w2 w3" of a text, where words are runs
 * of letters and digits (what `text.match(/[\p{L}\p{N}]+/gu)` finds), and returns the number of
 * words. One pass over the text with the three shingles that cover a character hashed side by side:
 * building and hashing a string per shingle cost several times more. With `fold`, each unit is
 * first replaced by what normalizeText makes of it (see unitFolds), and -1 is returned at the
 * first unit that does not fold alone.
 */
function hashShingles(text: string, minima: Uint32Array, fold: boolean): number {
  // newest: the shingle that starts at the current word; middle and oldest: those that started one
  // and two words before. The latter are meaningless until three words have been seen.
  let newest = FNV_OFFSET;
  let middle = FNV_OFFSET;
  let oldest = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  const table = fold ? unitFolds() : NO_FOLDS;
  const wordy = fold ? foldedIsWord() : NO_WORDS;
  // One more unit than the text has: a space, which ends the last word.
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : SPACE;
    let isWord: boolean;
    if (fold) {
      const folded = table[code]!;
      if (folded < 0) {
        if (folded === DROPPED) continue;
        return -1;
      }
      isWord = wordy[code] === 1;
      code = folded;
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A pair is a letter or not as a whole, and is hashed as one value.
      isWord = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      code = code * 0x10000 + text.charCodeAt(++i);
    } else isWord = isWordCode(code);
    if (!isWord) {
      if (inWord) {
        words++;
        if (words >= SHINGLE) keep(minima, oldest >>> 0);
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
    newest = Math.imul(newest ^ code, FNV_PRIME);
    middle = Math.imul(middle ^ code, FNV_PRIME);
    oldest = Math.imul(oldest ^ code, FNV_PRIME);
  }
  return words;
}

function isWordCode(code: number): boolean {
  return code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) : isWordUnit(code);
}

// What normalizeText makes of each unit of Latin (with its combining accents), Arabic and general
// punctuation, taken alone, as far as words go: one unit, nothing (DROPPED), or a space for a unit
// that becomes several that are no letters or digits ("…" is "..."). OTHER marks units outside
// those blocks, and the few that become several with a letter among them ("ǆ", "½"): a text with
// one of those is normalised whole. Within the blocks normalisation is one character at a time:
// NFKD decomposes without composing, every combining mark it could reorder is one the fold drops,
// the fold maps unit to unit, and none of these letters lowercases differently in context (as
// Greek's final sigma does). tests/text/minHash.test.ts checks every unit and mixed texts.
const DROPPED = -1;
const OTHER = -2;
const UNIT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x036f],
  [0x0600, 0x06ff],
  [0x2000, 0x206f],
];
let folds: Int32Array | undefined;

function unitFolds(): Int32Array {
  if (folds) return folds;
  const table = new Int32Array(0x10000).fill(OTHER);
  for (const [first, last] of UNIT_BLOCKS) {
    for (let code = first; code <= last; code++) {
      const normalized = normalizeText(String.fromCharCode(code));
      if (normalized.length === 0) table[code] = DROPPED;
      else if (normalized.length === 1) table[code] = normalized.charCodeAt(0);
      else if (!/[\p{L}\p{N}]/u.test(normalized)) table[code] = SPACE;
    }
  }
  folds = table;
  return table;
}

// Whether the fold of each unit of the folded blocks is part of a word (1) or not (0): one lookup
// instead of classifying the folded unit again for every character hashed.
let foldedWords: Uint8Array | undefined;

function foldedIsWord(): Uint8Array {
  if (foldedWords) return foldedWords;
  const table = unitFolds();
  const words = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const code = table[unit]!;
    if (code >= 0) words[unit] = isWordCode(code) ? 1 : 0;
  }
  foldedWords = words;
  return words;
}

/**
 * Whether the text's signature can be made while folding it unit by unit (see unitFolds): what
 * minHashOf finds out as it hashes, asked on its own (the tests choose their texts with it).
 */
export function foldsUnitByUnit(text: string): boolean {
  const table = unitFolds();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === OTHER) return false;
  return true;
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
