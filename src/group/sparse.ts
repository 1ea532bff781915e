/** A sparse vector over term ids: ids ascending, weights L2-normalised unless said otherwise. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Whether ascending ids hold `id` (a binary search). */
export function hasId(ids: Int32Array, id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = ids[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Dot product of two sparse vectors (a merge of their sorted ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const aIds = a.ids;
  const bIds = b.ids;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!;
    const y = bIds[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * One vector spread over a dense array, for dot products of it with many others: each costs the
 * other's length, with no merge of ids. The sum takes the same products in the same (ascending id)
 * order as {@link dot}, adding only zeros besides, so the results are the same to the bit.
 */
export class Spread {
  private readonly dense: Float64Array;
  private current: SparseVector | undefined;

  constructor(vectors: readonly SparseVector[]) {
    let size = 0;
    for (const vector of vectors) if (vector.ids.length > 0) size = Math.max(size, vector.ids[vector.ids.length - 1]! + 1);
    this.dense = new Float64Array(size);
  }

  /** Spreads `vector`, clearing the one spread before. */
  set(vector: SparseVector): void {
    if (this.current) for (const id of this.current.ids) this.dense[id] = 0;
    for (let index = 0; index < vector.ids.length; index++) this.dense[vector.ids[index]!] = vector.weights[index]!;
    this.current = vector;
  }

  /** The dot product of the spread vector with `other`. */
  dot(other: SparseVector): number {
    const dense = this.dense;
    const ids = other.ids;
    const weights = other.weights;
    let sum = 0;
    for (let index = 0; index < ids.length; index++) sum += dense[ids[index]!]! * weights[index]!;
    return sum;
  }
}

/** Builds a sparse vector from id → weight, sorted, optionally L2-normalised. */
export function toSparse(entries: ReadonlyMap<number, number>, normalize = true): SparseVector {
  const ids = Int32Array.from(entries.keys()).sort();
  return sparseOf(ids, (id) => entries.get(id) ?? 0, normalize);
}

/**
 * A sparse vector over ids already in ascending order, each weighted by `weightOf`, optionally
 * L2-normalised: the norm is summed over the unrounded weights before they become 32-bit.
 */
export function sparseOf(ids: Int32Array, weightOf: (id: number, index: number) => number, normalize = true): SparseVector {
  const weights = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, index) => {
    const weight = weightOf(id, index);
    weights[index] = weight;
    norm += weight * weight;
  });
  if (normalize && norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < weights.length; index++) weights[index]! *= scale;
  }
  return { ids, weights };
}

/** Adds a vector into a running sum (a cluster's centroid times its size). */
export function addInto(sum: Map<number, number>, vector: SparseVector): void {
  for (let index = 0; index < vector.ids.length; index++) {
    const id = vector.ids[index]!;
    sum.set(id, (sum.get(id) ?? 0) + vector.weights[index]!);
  }
}

/** The L2-normalised sum of the vectors of `members`: a story's centroid. */
export function centroidOf(members: readonly number[], vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const member of members) addInto(sum, vectors[member]!);
  return toSparse(sum);
}

/**
 * A running sum of vectors (a cluster's centroid times its size) that, like a Map, keeps its terms
 * in the order they were first added, so that sums over it take their terms in the same order,
 * and rounds the same, as over a Map; an open-addressing table of typed arrays makes its look-ups
 * several times cheaper than a Map's, which matters when large clusters are compared many times.
 */
export class TermSum {
  private ids: Int32Array;
  private weights: Float64Array;
  private slots: Int32Array;
  private count = 0;

  constructor(capacity = 8) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.ids = new Int32Array(slots / 2);
    this.weights = new Float64Array(slots / 2);
    this.slots = new Int32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** The weight of a term, 0 when absent. */
  get(id: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return 0;
      if (this.ids[entry - 1] === id) return this.weights[entry - 1]!;
    }
  }

  /** Adds `weight` to a term, appending the term when new. */
  add(id: number, weight: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(id) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      if (this.ids[entry - 1] === id) {
        this.weights[entry - 1]! += weight;
        return;
      }
    }
    if (this.count === this.ids.length) {
      this.grow();
      this.add(id, weight);
      return;
    }
    this.ids[this.count] = id;
    this.weights[this.count] = 0 + weight;
    this.slots[slot] = ++this.count;
  }

  addVector(vector: SparseVector): void {
    for (let index = 0; index < vector.ids.length; index++) this.add(vector.ids[index]!, vector.weights[index]!);
  }

  addSum(other: TermSum): void {
    for (let index = 0; index < other.count; index++) this.add(other.ids[index]!, other.weights[index]!);
  }

  /** The dot product of two sums, over the terms of the smaller in the order they were added. */
  dot(other: TermSum): number {
    const [small, large] = this.count <= other.count ? [this, other] : [other, this];
    let sum = 0;
    for (let index = 0; index < small.count; index++) sum += small.weights[index]! * large.get(small.ids[index]!);
    return sum;
  }

  /** The dot product of the sum with one vector, over the vector's terms in ascending id order. */
  dotVector(vector: SparseVector): number {
    let sum = 0;
    for (let index = 0; index < vector.ids.length; index++) sum += vector.weights[index]! * this.get(vector.ids[index]!);
    return sum;
  }

  private grow(): void {
    const ids = this.ids;
    const weights = this.weights;
    this.ids = new Int32Array(ids.length * 2);
    this.weights = new Float64Array(ids.length * 2);
    this.ids.set(ids);
    this.weights.set(weights);
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = hashOf(this.ids[index]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
    }
  }
}

/** Spreads term ids, which are small consecutive integers, over the table: high bits folded into low. */
function hashOf(id: number): number {
  const hash = Math.imul(id, 0x9e3779b1);
  return hash ^ (hash >>> 16);
}
