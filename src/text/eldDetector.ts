import type { NgramTable } from './ngramTable.js';

/** What ELD's detect() tells: its language (ISO 639-1, or '' when none scored) and whether to trust it. */
export interface EldVerdict {
  language: string;
  isReliable: () => boolean;
}

/** The parts of ELD that define how a text becomes n-grams and how sure a verdict is. */
export interface EldParts {
  /** Runs of non-letters, replaced by a space (ELD's `separators`). */
  separators: RegExp;
  /** ELD's character for each UTF-8 byte (its `dictionary`): n-grams are strings of these. */
  dictionary: readonly string[];
  /** Average top score of a correct detection, per language (ELD's `avgScore`). */
  averageScores: Readonly<Record<string, number>>;
}

// ELD's constants: it reads the first 1,000 characters, stops at the first space after 350 bytes
// (at 380 bytes whatever comes), caps a word at 70 bytes, stores scores less 53, and scales a
// score per n-gram s to s / (s + 25).
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_BYTES = 380;
const MAX_WORD_BYTES = 70;
const BASE_SCORE = 53;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
const SPACE = 32;

/**
 * ELD's detect() on its compact n-gram table: the same n-grams, the same sums, the same verdict
 * and the same reliability (tests/text/loadEld.test.ts compares them with the packaged ELD on
 * hundreds of texts), several times faster.
 *
 * ELD builds each n-gram as a string, looks it up in an object of objects, `{ngram: {language:
 * score}}`, and walks the scores with for…in. Here an n-gram (at most six of ELD's byte
 * characters) is a pair of 32-bit numbers, found in an open-addressing table, and its (language,
 * score) bytes are added straight into an array of sums.
 */
export function createEldDetector(table: NgramTable, parts: EldParts): (text: string) => EldVerdict {
  const { starts, bytes } = table;
  const languages = Object.keys(table.languages).length;
  const codes = Array.from({ length: languages }, (_, index) => table.languages[index] ?? '');
  const { separators, averageScores } = parts;
  const dictionary = Uint8Array.from(parts.dictionary, (character) => character.charCodeAt(0));
  const index = indexNgrams(table);
  const sums = new Float64Array(languages);
  const seen = new NgramSet();
  // The current word, one of ELD's byte characters per UTF-8 byte: reading stops at 380 bytes,
  // so no word is longer than that and one character's four bytes.
  const word = new Uint8Array(ENFORCE_CUT_BYTES + 4);
  const ngram = new Uint8Array(ENFORCE_CUT_BYTES + 6);

  const score = (length: number) => {
    if (!seen.add(ngram, length)) return;
    const entry = length > MAX_NGRAM ? -1 : index.find(ngram, length);
    if (entry < 0) return;
    const start = starts[entry]!;
    for (let pair = start + 1, end = start + 1 + 2 * bytes[start]!; pair < end; pair += 2) sums[bytes[pair]!]! += bytes[pair + 1]! + BASE_SCORE;
  };

  // ELD's n-grams of one word: 4 bytes with a stride of 3, the first with a leading space, and
  // the word's end with a trailing one. The length is capped but, as in ELD, the last n-gram runs
  // to the real end of the word.
  const scoreWord = (size: number) => {
    const length = Math.min(size, MAX_WORD_BYTES);
    let at = 0;
    for (; at + 4 < length; at += 3) {
      let out = 0;
      if (at === 0) ngram[out++] = SPACE;
      for (let offset = at; offset < at + 4; offset++) ngram[out++] = word[offset]!;
      score(out);
    }
    let out = 0;
    if (at === 0) ngram[out++] = SPACE;
    for (let offset = length === 3 ? 0 : Math.max(0, length - 4); offset < size; offset++) ngram[out++] = word[offset]!;
    ngram[out++] = SPACE;
    score(out);
  };

  return (text: string): EldVerdict => {
    sums.fill(0);
    seen.clear();
    const normalized = text.slice(0, MAX_CHARS).replace(separators, ' ').trim().toLowerCase();
    // ELD's strToUtf8Bytes: ASCII as it is, other characters as their UTF-8 bytes' characters.
    let size = 0;
    let count = 0;
    for (let at = 0; at < normalized.length; at++) {
      let code = normalized.charCodeAt(at);
      if (code < 0x80) {
        if (code === SPACE) {
          if (size > 0) scoreWord(size);
          size = 0;
          if (count > CUT_AFTER_BYTES) break;
        } else word[size++] = code;
        count += 1;
      } else if (code < 0x800) {
        word[size++] = dictionary[0xc0 | (code >> 6)]!;
        word[size++] = dictionary[0x80 | (code & 0x3f)]!;
        count += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[size++] = dictionary[0xe0 | (code >> 12)]!;
        word[size++] = dictionary[0x80 | ((code >> 6) & 0x3f)]!;
        word[size++] = dictionary[0x80 | (code & 0x3f)]!;
        count += 3;
      } else {
        at++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (normalized.charCodeAt(at) & 0x3ff));
        word[size++] = dictionary[0xf0 | (code >> 18)]!;
        word[size++] = dictionary[0x80 | ((code >> 12) & 0x3f)]!;
        word[size++] = dictionary[0x80 | ((code >> 6) & 0x3f)]!;
        word[size++] = dictionary[0x80 | (code & 0x3f)]!;
        count += 4;
      }
      if (count > ENFORCE_CUT_BYTES) break;
    }
    if (size > 0) scoreWord(size);

    // The first language with the highest sum; none when nothing scored.
    let best = -1;
    for (let language = 0; language < languages; language++) if (sums[language]! > 0 && (best < 0 || sums[language]! > sums[best]!)) best = language;
    if (best < 0) return { language: '', isReliable: () => false };
    const language = codes[best]!;
    const ngrams = seen.size;
    const perNgram = sums[best]! / ngrams;
    const top = perNgram / (perNgram + SCALE);
    const runnerUp = runnerUpOf(sums, best);
    return {
      language,
      // ELD's isReliable(): the top score must reach three quarters of the language's average, and
      // differ from "the next score" by 0.01; ELD 2.1.0 reads there the runner-up's language index
      // rather than its score (results[1][0]). Kept as it is: a verdict must not change here.
      isReliable: () => ngrams >= 3 && !((averageScores[language] ?? Number.NaN) * RELIABLE_RATIO > top || Math.abs(top - runnerUp) < 0.01),
    };
  };
}

/**
 * The language index ELD ranks second (0 when only one language scored). ELD sorts the scoring
 * languages by scaled score, an increasing function of the sum, keeping index order among
 * equals; `best` is the first of the highest. So the runner-up is a later language with the same
 * sum if there is one, else the first language with the next highest sum.
 */
function runnerUpOf(sums: Float64Array, best: number): number {
  let second = -1;
  for (let language = 0; language < sums.length; language++) {
    if (language === best || !(sums[language]! > 0)) continue;
    if (sums[language] === sums[best] && language > best) return language;
    if (second < 0 || sums[language]! > sums[second]!) second = language;
  }
  return Math.max(second, 0);
}

// The longest n-gram in ELD's databases: a leading space, four bytes and a trailing space.
const MAX_NGRAM = 6;

/** An n-gram of at most six byte characters as two 32-bit numbers: its length and first two, then the other four. */
function highOf(ngram: Uint8Array, length: number, offset = 0): number {
  return (length << 16) | (ngram[offset]! << 8) | (length > 1 ? ngram[offset + 1]! : 0);
}
function lowOf(ngram: Uint8Array, length: number, offset = 0): number {
  let low = 0;
  for (let at = 2; at < MAX_NGRAM; at++) low = (low << 8) | (at < length ? ngram[offset + at]! : 0);
  return low;
}
const slotOf = (high: number, low: number, mask: number) => (Math.imul(high, 0x9e3779b1) ^ Math.imul(low ^ (low >>> 15), 0x85ebca77)) & mask;

/** The table's n-grams by their number pair: open addressing with linear probing, half full at most. */
function indexNgrams(table: NgramTable): { find: (ngram: Uint8Array, length: number) => number } {
  const { ngrams, bytes } = table;
  let capacity = 1;
  while (capacity < 2 * ngrams.length) capacity *= 2;
  const mask = capacity - 1;
  const highs = new Int32Array(capacity);
  const lows = new Int32Array(capacity);
  const values = new Int32Array(capacity).fill(-1);
  for (let entry = 0; entry < ngrams.length; entry++) {
    const at = ngrams[entry]!;
    const length = bytes[at]!;
    if (length > MAX_NGRAM) continue;
    const high = highOf(bytes, length, at + 1);
    const low = lowOf(bytes, length, at + 1);
    let slot = slotOf(high, low, mask);
    while (values[slot]! >= 0) slot = (slot + 1) & mask;
    highs[slot] = high;
    lows[slot] = low;
    values[slot] = entry;
  }
  return {
    find: (ngram, length) => {
      const high = highOf(ngram, length);
      const low = lowOf(ngram, length);
      for (let slot = slotOf(high, low, mask); values[slot]! >= 0; slot = (slot + 1) & mask) if (highs[slot] === high && lows[slot] === low) return values[slot]!;
      return -1;
    },
  };
}

/**
 * The distinct n-grams of one text (ELD counts each once). Short ones as number pairs in a small
 * open-addressing set, emptied by moving to a new generation; the rare longer one (the end of a
 * word over 70 bytes) as a string.
 */
class NgramSet {
  // A text gives at most about 130 n-grams (380 bytes, a stride of 3).
  private readonly highs = new Int32Array(1024);
  private readonly lows = new Int32Array(1024);
  private readonly generations = new Int32Array(1024);
  private generation = 1;
  private readonly long = new Set<string>();
  size = 0;

  clear(): void {
    this.generation++;
    this.long.clear();
    this.size = 0;
  }

  /** Adds the n-gram; false when it was already there. */
  add(ngram: Uint8Array, length: number): boolean {
    if (length > MAX_NGRAM) {
      const text = String.fromCharCode(...ngram.subarray(0, length));
      if (this.long.has(text)) return false;
      this.long.add(text);
      this.size++;
      return true;
    }
    const high = highOf(ngram, length);
    const low = lowOf(ngram, length);
    const mask = this.highs.length - 1;
    let slot = slotOf(high, low, mask);
    for (; this.generations[slot] === this.generation; slot = (slot + 1) & mask) if (this.highs[slot] === high && this.lows[slot] === low) return false;
    this.generations[slot] = this.generation;
    this.highs[slot] = high;
    this.lows[slot] = low;
    this.size++;
    return true;
  }
}
