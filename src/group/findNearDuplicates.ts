import { normalizeText } from '../text/normalize.js';

export interface NearDuplicateOptions {
  /** Least estimated Jaccard similarity of word 3-gram sets to call two texts copies. @default 0.7 */
  threshold?: number;
}

const BUCKETS = 64;
const BANDS = 16;
const ROWS = BUCKETS / BANDS;
// Words per shingle. hashShingles keeps one running hash per shingle covering a word: three.
const SHINGLE = 3;

/**
 * Groups texts that are copies of each other (syndicated wire stories, a feed repeating an item)
 * with MinHash: one-permutation hashing (each shingle hashed once into one of 64 buckets, the
 * minimum kept per bucket), locality-sensitive banding to find candidates, and the share of equal
 * buckets as the Jaccard estimate. Returns groups of two or more indexes.
 */
export function findNearDuplicates(texts: readonly string[], options: NearDuplicateOptions = {}): number[][] {
  const threshold = options.threshold ?? 0.7;
  const signatures = texts.map(signature);
  const parent = texts.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      if (!signature) return;
      const key = bandKey(signature, band * ROWS);
      const list = buckets.get(key);
      if (list) list.push(index);
      else buckets.set(key, [index]);
    });
    for (const list of buckets.values()) {
      // Texts sharing a band are usually copies: compare all pairs of a small bucket, and only
      // against its first text in a big one (a template repeated a thousand times).
      const firsts = list.length <= 30 ? list.length - 1 : 1;
      for (let x = 0; x < firsts; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = list[x]!;
          const b = list[y]!;
          if (find(a) !== find(b) && estimate(signatures[a]!, signatures[b]!) >= threshold) parent[find(b)] = find(a);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The MinHash signature of a text, or undefined when it is too short to judge. */
function signature(text: string): Uint32Array | undefined {
  const minima = new Uint32Array(BUCKETS).fill(0xffffffff);
  const words = hashShingles(normalizeText(text), (hash) => {
    const bucket = hash % BUCKETS;
    const value = Math.imul(hash, 0x9e3779b1) >>> 0;
    if (value < minima[bucket]!) minima[bucket] = value;
  });
  if (words < SHINGLE + 5) return undefined;
  // Densify: an empty bucket borrows its right neighbour's minimum, as in densified OPH.
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    if (minima[bucket] !== 0xffffffff) continue;
    for (let step = 1; step < BUCKETS; step++) {
      const other = minima[(bucket + step) % BUCKETS]!;
      if (other !== 0xffffffff) {
        minima[bucket] = (other + step) >>> 0;
        break;
      }
    }
  }
  return minima;
}

/** The rows of one band as a string of 16-bit units: equal rows, equal keys, and cheap to build. */
function bandKey(signature: Uint32Array, from: number): string {
  let key = '';
  for (let row = from; row < from + ROWS; row++) {
    const value = signature[row]!;
    key += String.fromCharCode(value >>> 16, value & 0xffff);
  }
  return key;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let bucket = 0; bucket < BUCKETS; bucket++) if (a[bucket] === b[bucket]) equal++;
  return equal / BUCKETS;
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
