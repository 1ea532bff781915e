/**
 * The scoring of scrapinghub's article-extraction-benchmark (../shared/eval/README.md): Unicode
 * `\w+` tokens, shingles of 4, compared as multisets; per page TP, FP, FN normalised by their sum;
 * precision and recall averaged over pages; F1 of the two averages.
 */

// Python's re `\w` in Unicode mode: letters, digits, marks, connector punctuation (underscore).
const TOKEN = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu;

export function shingles(text: string, size = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(expected: string, predicted: string): PageScore {
  const want = shingles(expected);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, count] of got) {
    const expectedCount = want.get(shingle) ?? 0;
    tp += Math.min(count, expectedCount);
    fp += Math.max(0, count - expectedCount);
  }
  for (const [shingle, count] of want) fn += Math.max(0, count - (got.get(shingle) ?? 0));
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of scores) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
