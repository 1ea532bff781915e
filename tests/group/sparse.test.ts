import { describe, expect, it } from 'vitest';
import { dot, Spread, TermSum, toSparse, type SparseVector } from '../../src/group/sparse.js';

function vector(entries: Record<number, number>): SparseVector {
  return toSparse(new Map(Object.entries(entries).map(([id, weight]) => [Number(id), weight])));
}

describe('Spread', () => {
  it('gives the same dot products as dot, to the bit', () => {
    const vectors = [vector({ 1: 0.3, 4: 1.7, 9: 0.01 }), vector({ 0: 2, 4: 0.9, 9: 3.3, 12: 1 }), vector({ 2: 1 }), vector({})];
    const spread = new Spread(vectors);
    for (const a of vectors) {
      spread.set(a);
      for (const b of vectors) expect(Object.is(spread.dot(b), dot(a, b))).toBe(true);
    }
  });

  it('forgets the vector spread before', () => {
    const first = vector({ 1: 1 });
    const second = vector({ 2: 1 });
    const spread = new Spread([first, second]);
    spread.set(first);
    spread.set(second);
    expect(spread.dot(first)).toBe(0);
    expect(spread.dot(second)).toBeCloseTo(1);
  });
});

/** The sums as a Map kept them: what TermSum must reproduce to the bit. */
function mapDot(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [id, weight] of small) sum += weight * (large.get(id) ?? 0);
  return sum;
}

describe('TermSum', () => {
  it('sums and compares like a Map of term weights, to the bit, as it grows', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const vectors = Array.from({ length: 60 }, () =>
      vector(Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 80) }, () => [Math.floor(random() * 100_000), random()]))),
    );
    const sums = [new TermSum(), new TermSum(200)];
    const maps = [new Map<number, number>(), new Map<number, number>()];
    vectors.forEach((item, index) => {
      const side = index % 2;
      sums[side]!.addVector(item);
      for (let at = 0; at < item.ids.length; at++) maps[side]!.set(item.ids[at]!, (maps[side]!.get(item.ids[at]!) ?? 0) + item.weights[at]!);
      expect(sums[side]!.size).toBe(maps[side]!.size);
      expect(Object.is(sums[0]!.dot(sums[1]!), mapDot(maps[0]!, maps[1]!))).toBe(true);
    });
    for (const [id, weight] of maps[0]!) expect(sums[0]!.get(id)).toBe(weight);
    expect(sums[0]!.get(-1)).toBe(0);
    sums[0]!.addSum(sums[1]!);
    for (const [id, weight] of maps[1]!) maps[0]!.set(id, (maps[0]!.get(id) ?? 0) + weight);
    expect(Object.is(sums[0]!.dot(sums[1]!), mapDot(maps[0]!, maps[1]!))).toBe(true);
  });
});
