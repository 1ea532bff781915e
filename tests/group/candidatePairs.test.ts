import { describe, expect, it } from 'vitest';
import { candidatePairs, enoughInCommon } from '../../src/group/candidatePairs.js';
import { toSparse, type SparseVector } from '../../src/group/sparse.js';

/** A normalised vector with weight 1 on each of the given term ids. */
function vector(...ids: number[]): SparseVector {
  return toSparse(new Map(ids.map((id) => [id, 1])));
}

const none = new Int32Array();

describe('enoughInCommon', () => {
  it('needs three shared terms, or two of which one names something', () => {
    expect(enoughInCommon(vector(1, 2, 3, 4, 5, 6), vector(1, 2, 7, 8, 9, 10), none, none, 0.3)).toBe(false);
    expect(enoughInCommon(vector(1, 2, 3, 4, 5, 6), vector(1, 2, 3, 8, 9, 10), none, none, 0.3)).toBe(true);
    expect(enoughInCommon(vector(1, 2, 3, 4, 5, 6), vector(1, 2, 7, 8, 9, 10), Int32Array.of(2), none, 0.3)).toBe(true);
  });

  it('takes two texts that are nearly the same whatever they share', () => {
    expect(enoughInCommon(vector(1, 2), vector(1, 2, 3), none, none, 0.8)).toBe(true);
  });

  it('does not take two short headlines sharing two ordinary words for one report, however high their cosine', () => {
    // "Juan Pablo's relationship with ex raises concerns" and "Safety Concerns Raised Over CarPlay".
    expect(enoughInCommon(vector(1, 2, 3, 4, 5), vector(1, 2, 6, 7), none, none, 0.51)).toBe(false);
  });
});

describe('candidatePairs', () => {
  // Two terms of five shared, one a name: cosine 0.4.
  const a = vector(1, 2, 3, 4, 5);
  const b = vector(1, 2, 6, 7, 8);
  const options = { minSimilarity: 0.15, named: [Int32Array.of(1), Int32Array.of(1)], sameOutletMinSimilarity: 0.45 };

  it('pairs articles of two outlets at the least similarity', () => {
    expect(candidatePairs([a, b], [null, null], { ...options, outlets: ['bbc.co.uk', 'aljazeera.com'] })).toHaveLength(1);
  });

  it('asks more of two articles of one outlet, whose house vocabulary they share', () => {
    expect(candidatePairs([a, b], [null, null], { ...options, outlets: ['indiatoday.in', 'indiatoday.in'] })).toEqual([]);
  });
});
