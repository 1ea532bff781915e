import type { ItemMemory } from '../store/historyStore.js';
import type { Article } from '../types.js';
import { fingerprint } from './fingerprint.js';

export interface RecallOptions {
  /** The briefing being made (YYYY-MM-DD). */
  date: string;
  now: Date;
  /** Feed items published longer ago than this are left out; 0 keeps everything. */
  maxAgeHours: number;
}

export interface Recalled {
  /** The articles to group, undated ones dated by when they were first seen. */
  articles: Article[];
  /** Feed items left out for their age, per source. */
  skippedOld: Map<string, number>;
  /** Ids of articles an earlier briefing (an earlier date) already showed. */
  sentBefore: Set<string>;
  /** Sources that brought at least one item never seen before. */
  newItemsBySource: Map<string, number>;
}

/**
 * Puts a run's articles next to what earlier runs saw: an undated item is dated by its first
 * sighting, an old feed item is left out (a new config's first run would otherwise bring years of
 * archive), and items that an earlier briefing showed are marked so their story is not sent twice.
 * Local files are never left out for their age: their date is only the file's modification time.
 */
export function recallHistory(articles: readonly Article[], memory: ReadonlyMap<string, ItemMemory>, options: RecallOptions): Recalled {
  const oldest = options.maxAgeHours > 0 ? options.now.getTime() - options.maxAgeHours * 3_600_000 : -Infinity;
  const skippedOld = new Map<string, number>();
  const sentBefore = new Set<string>();
  const newItemsBySource = new Map<string, number>();
  const kept: Article[] = [];
  for (const article of articles) {
    const remembered = memory.get(fingerprint(article));
    if (!remembered) newItemsBySource.set(article.source, (newItemsBySource.get(article.source) ?? 0) + 1);
    const published = article.published ?? remembered?.firstSeen ?? options.now.toISOString();
    if (article.file === undefined && Date.parse(published) < oldest) {
      skippedOld.set(article.source, (skippedOld.get(article.source) ?? 0) + 1);
      continue;
    }
    if (remembered?.sentDate && remembered.sentDate < options.date) sentBefore.add(article.id);
    kept.push(article.published === null ? { ...article, published } : article);
  }
  return { articles: kept, skippedOld, sentBefore, newItemsBySource };
}
