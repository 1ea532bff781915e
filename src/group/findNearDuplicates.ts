import { normalizeText } from '../text/normalize.js';

export interface NearDuplicateOptions {
  /** Least estimated Jaccard similarity of word 3-gram sets to call two texts copies. @default 0.7 */
  threshold?: number;
}

const BUCKETS = 64;
const BANDS = 16;
const ROWS = BUCKETS / BANDS;
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
      const key = Array.from(signature.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
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
    groups.set(root, [...(groups.get(root) ?? []), index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The MinHash signature of a text, or undefined when it is too short to judge. */
function signature(text: string): Uint32Array | undefined {
  const words = normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE + 5) return undefined;
  const minima = new Uint32Array(BUCKETS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const hash = fnv1a(`${words[i]!} ${words[i + 1]!} ${words[i + 2]!}`);
    const bucket = hash % BUCKETS;
    const value = Math.imul(hash, 0x9e3779b1) >>> 0;
    if (value < minima[bucket]!) minima[bucket] = value;
  }
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

function estimate(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let bucket = 0; bucket < BUCKETS; bucket++) if (a[bucket] === b[bucket]) equal++;
  return equal / BUCKETS;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
