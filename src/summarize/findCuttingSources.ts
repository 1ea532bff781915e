import type { Article } from '../types.js';
import { FINISHED } from './summarizeStory.js';

// A feed that cuts its descriptions at a length cuts most of them within a few words of it.
const NEAR_LIMIT = 0.9;
// Fewer open endings than this say nothing about a source: a teaser may go without a full stop.
const LEAST_OPEN = 3;
const OPEN_SHARE = 0.8;

/**
 * The sources that cut their texts at a length without marking the cut (no "…"): most of their
 * texts end without a full stop, and those that do are all about as long as the longest. Al
 * Arabiya's feed gives the first 200 characters of each article, cut at a word ("…بسبب مطالبة
 * الأول ببيع عقد لويس"); a feed of teasers that simply go without a full stop has texts of every
 * length. Local files are never cut.
 */
export function findCuttingSources(articles: readonly Article[]): Set<string> {
  const lengths = new Map<string, { longest: number; open: number[]; count: number }>();
  for (const article of articles) {
    const text = article.text.trimEnd();
    // A folder of notes is read whole; only a feed cuts what it sends.
    if (text === '' || article.file !== undefined) continue;
    const known = lengths.get(article.source) ?? { longest: 0, open: [], count: 0 };
    known.longest = Math.max(known.longest, text.length);
    known.count++;
    if (!FINISHED.test(text)) known.open.push(text.length);
    lengths.set(article.source, known);
  }
  const cutting = new Set<string>();
  for (const [source, { longest, open, count }] of lengths) {
    if (open.length < LEAST_OPEN || open.length < OPEN_SHARE * count) continue;
    if (open.every((length) => length >= NEAR_LIMIT * longest)) cutting.add(source);
  }
  return cutting;
}
