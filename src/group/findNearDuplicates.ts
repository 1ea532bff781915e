import { SIGNATURE_BUCKETS } from '../text/minHash.js';

export interface NearDuplicateOptions {
  /** Least estimated Jaccard similarity of word 3-gram sets to call two texts copies. @default 0.7 */
  threshold?: number;
}

const BANDS = 16;
// Four rows a band: bandKey is written out for four.
const ROWS = 4;
if (SIGNATURE_BUCKETS !== BANDS * ROWS) throw new Error(`findNearDuplicates: ${SIGNATURE_BUCKETS} buckets are not ${BANDS} bands of ${ROWS} rows`);

/**
 * Groups texts that are copies of each other (syndicated wire stories, a feed repeating an item),
 * given their MinHash signatures (minHashOf in minHash.ts; null for a text too short to judge):
 * locality-sensitive banding finds candidates, and the share of equal buckets estimates their
 * Jaccard similarity. Returns groups of two or more indexes.
 */
export function findNearDuplicates(signatures: readonly (Uint32Array | null)[], options: NearDuplicateOptions = {}): number[][] {
  const threshold = options.threshold ?? 0.7;
  const parent = signatures.map((_, index) => index);
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
  signatures.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * The rows of one band as a string of 16-bit units: equal rows, equal keys. Built by one
 * fromCharCode call: joining the four rows one by one made three strings more per key.
 */
function bandKey(signature: Uint32Array, from: number): string {
  const a = signature[from]!;
  const b = signature[from + 1]!;
  const c = signature[from + 2]!;
  const d = signature[from + 3]!;
  return String.fromCharCode(a >>> 16, a & 0xffff, b >>> 16, b & 0xffff, c >>> 16, c & 0xffff, d >>> 16, d & 0xffff);
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let bucket = 0; bucket < SIGNATURE_BUCKETS; bucket++) if (a[bucket] === b[bucket]) equal++;
  return equal / SIGNATURE_BUCKETS;
}
