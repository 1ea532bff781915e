/** A sparse vector over term ids: ids ascending, weights L2-normalised unless said otherwise. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
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

/** Builds a sparse vector from id → weight, sorted, optionally L2-normalised. */
export function toSparse(entries: ReadonlyMap<number, number>, normalize = true): SparseVector {
  const ids = Int32Array.from(entries.keys()).sort();
  const weights = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, index) => {
    const weight = entries.get(id) ?? 0;
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

export function dotMaps(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [id, weight] of small) sum += weight * (large.get(id) ?? 0);
  return sum;
}
