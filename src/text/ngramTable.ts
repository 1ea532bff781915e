/**
 * ELD's n-gram database in a compact form: one byte string per n-gram, its scores as bytes.
 *
 * ELD ships its database as a JavaScript object literal, `{ngram: {language: score}}`. Loaded as
 * is, its n-grams are as many small objects, in every isolate that detects languages, paid again
 * in start-up by each cleaning worker (figures in docs/performance.md). As bytes, reading it makes
 * no string and no object per n-gram (eldDetector.ts indexes the bytes themselves).
 *
 * Layout: "ELDT", a format byte, a UTF-8 JSON header of 4-byte length (type and languages), the
 * n-gram count (4 bytes), then per n-gram its length, its characters (ELD's n-grams are byte
 * strings: every character is below U+0100), its number of scores, and (language, score) pairs.
 * Numbers are little-endian.
 */

export interface NgramData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

export interface NgramTable {
  type: string;
  languages: Record<string, string>;
  /** Per n-gram number, where it is in `bytes`: its length, then its characters. */
  ngrams: Uint32Array;
  /** Per n-gram number, where its score count is in `bytes`. */
  starts: Uint32Array;
  bytes: Uint8Array;
}

const MAGIC = 'ELDT';
const FORMAT = 1;

export function encodeNgramTable(data: NgramData): Buffer {
  const header = Buffer.from(JSON.stringify({ type: data.type, languages: data.languages }), 'utf8');
  const entries = Object.entries(data.ngrams);
  let size = MAGIC.length + 1 + 4 + header.length + 4;
  for (const [ngram, scores] of entries) size += 2 + ngram.length + 2 * Object.keys(scores).length;
  const out = Buffer.alloc(size);
  let at = out.write(MAGIC, 0, 'latin1');
  at = out.writeUInt8(FORMAT, at);
  at = out.writeUInt32LE(header.length, at);
  at += header.copy(out, at);
  at = out.writeUInt32LE(entries.length, at);
  for (const [ngram, scores] of entries) {
    if (!/^[\0-\xff]{1,255}$/.test(ngram)) throw new Error(`ELD n-gram ${JSON.stringify(ngram)} is not a byte string`);
    at = out.writeUInt8(ngram.length, at);
    at += out.write(ngram, at, 'latin1');
    const pairs = Object.entries(scores);
    at = out.writeUInt8(pairs.length, at);
    for (const [language, score] of pairs) {
      at = out.writeUInt8(Number(language), at);
      at = out.writeUInt8(score, at);
    }
  }
  return out;
}

/** The table in `bytes`, or undefined when they are not one (truncated, another format). */
export function decodeNgramTable(bytes: Buffer): NgramTable | undefined {
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC || bytes.readUInt8(MAGIC.length) !== FORMAT) return undefined;
    let at = MAGIC.length + 1;
    const headerLength = bytes.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(bytes.toString('utf8', at, at + headerLength)) as Pick<NgramTable, 'type' | 'languages'>;
    at += headerLength;
    const count = bytes.readUInt32LE(at);
    at += 4;
    const ngrams = new Uint32Array(count);
    const starts = new Uint32Array(count);
    for (let n = 0; n < count; n++) {
      ngrams[n] = at;
      at += 1 + bytes[at]!;
      starts[n] = at;
      at += 1 + 2 * bytes[at]!;
    }
    if (at !== bytes.length) return undefined;
    return { type: header.type, languages: header.languages, ngrams, starts, bytes };
  } catch {
    return undefined;
  }
}

// The n-grams of a table by their text, made the first time scoresOf looks one up in it.
const lookups = new WeakMap<NgramTable, Map<string, number>>();

/**
 * The scores of one n-gram as ELD keeps them, `{language index: score}`; undefined when unknown.
 * For tests and inspection: the first call on a table makes a Map of its n-grams.
 */
export function scoresOf(table: NgramTable, ngram: string): Record<number, number> | undefined {
  const { bytes } = table;
  let lookup = lookups.get(table);
  if (!lookup) {
    lookup = new Map();
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    table.ngrams.forEach((at, n) => lookup!.set(text.toString('latin1', at + 1, at + 1 + bytes[at]!), n));
    lookups.set(table, lookup);
  }
  const entry = lookup.get(ngram);
  if (entry === undefined) return undefined;
  const at = table.starts[entry]!;
  const scores: Record<number, number> = {};
  for (let pair = at + 1, end = at + 1 + 2 * bytes[at]!; pair < end; pair += 2) scores[bytes[pair]!] = bytes[pair + 1]!;
  return scores;
}
