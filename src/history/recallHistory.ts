import type { ItemMemory } from '../store/historyStore.js';
import type { Article } from '../types.js';
import { fingerprint } from './fingerprint.js';

export interface RecallOptions {
  /** The briefing being made (YYYY-MM-DD). */
  date: string;
  /** The real time of the run: what a first sighting is dated by. */
  now: Date;
  /**
   * The moment the run is made as of (see resolveAsOf): the age window ends here.
   * @default now
   */
  asOf?: Date;
  /** Feed items published longer than this before `asOf` are left out; 0 keeps everything. */
  maxAgeHours: number;
}

export interface Recalled {
  /** The articles to group, undated ones dated by when they were first seen (at the latest `asOf`). */
  articles: Article[];
  /** Feed items left out for their age, per source. */
  skippedOld: Map<string, number>;
  /** Feed items left out of a briefing of a past day because they were published after it, per source. */
  skippedNew: Map<string, number>;
  /** The publication date of each source's newest dated item, whether it was left out or not. */
  newestBySource: Map<string, string>;
  /** Ids of articles an earlier briefing (an earlier date) already showed. */
  sentBefore: Set<string>;
  /** Sources that brought at least one item never seen before. */
  newItemsBySource: Map<string, number>;
}

/**
 * Puts a run's articles next to what earlier runs saw: an undated item is dated by its first
 * sighting, a feed item outside the age window is left out (a new config's first run would
 * otherwise bring years of archive), and items that an earlier briefing showed are marked so their
 * story is not sent twice. The window is the `maxAgeHours` before `asOf`; when the run is made as of
 * a past day, items published after that day are outside it too, so they are not shown, and so not
 * remembered as sent, under a date they did not belong to. Local files are never left out for their
 * age: the user put them in the folder to be read, and their date is often only the file's
 * modification time (a saved page's own date, when it states one, is shown but does not filter it).
 */
export function recallHistory(articles: readonly Article[], memory: ReadonlyMap<string, ItemMemory>, options: RecallOptions): Recalled {
  const asOf = (options.asOf ?? options.now).getTime();
  const windowed = options.maxAgeHours > 0;
  const oldest = windowed ? asOf - options.maxAgeHours * 3_600_000 : -Infinity;
  const newest = windowed && asOf < options.now.getTime() ? asOf : Infinity;
  const skippedOld = new Map<string, number>();
  const skippedNew = new Map<string, number>();
  const newestBySource = new Map<string, string>();
  const sentBefore = new Set<string>();
  const newItemsBySource = new Map<string, number>();
  const count = (counts: Map<string, number>, source: string) => counts.set(source, (counts.get(source) ?? 0) + 1);
  const kept: Article[] = [];
  for (const article of articles) {
    if (article.published !== null) {
      const known = newestBySource.get(article.source);
      if (known === undefined || Date.parse(known) < Date.parse(article.published)) newestBySource.set(article.source, article.published);
    }
    const remembered = memory.get(fingerprint(article));
    if (!remembered) count(newItemsBySource, article.source);
    // A run made as of a past day reads an undated item as of that day: dated by today's sighting
    // it fell years outside the stories' time window and never joined its own story.
    const published = article.published ?? earliest(remembered?.firstSeen ?? options.now.toISOString(), asOf);
    if (article.file === undefined && Date.parse(published) < oldest) {
      count(skippedOld, article.source);
      continue;
    }
    // Only an item's own date places it after the day: a first sighting says nothing about when it was written.
    if (article.file === undefined && article.published !== null && Date.parse(article.published) > newest) {
      count(skippedNew, article.source);
      continue;
    }
    if (remembered?.sentDate && remembered.sentDate < options.date) sentBefore.add(article.id);
    kept.push(article.published === null ? { ...article, published } : article);
  }
  return { articles: kept, skippedOld, skippedNew, newestBySource, sentBefore, newItemsBySource };
}

/** The earlier of an ISO time and a moment, as an ISO time. */
function earliest(iso: string, moment: number): string {
  return Date.parse(iso) <= moment ? iso : new Date(moment).toISOString();
}
