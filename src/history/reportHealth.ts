import type { SourceHealth } from '../store/historyStore.js';
import type { SourceReport } from '../types.js';

export interface HealthOptions {
  now: Date;
  staleAfterDays: number;
  newItemsBySource: ReadonlyMap<string, number>;
  skippedOld: ReadonlyMap<string, number>;
  /** Items published after the day of a briefing made as of a past day, per source. */
  skippedNew?: ReadonlyMap<string, number>;
  /** The briefing's day, to name it when items after it were left out. */
  date?: string;
  /** The publication date of each source's newest item in this run. */
  newestBySource?: ReadonlyMap<string, string>;
}

/**
 * Adds to each source report what this run saw and the store remembers: how many items were left
 * out for their age, the date of its newest item, when the source last worked, when it last
 * brought something new, and whether it has gone stale (read fine, but nothing new for days).
 */
export function reportHealth(reports: readonly SourceReport[], health: ReadonlyMap<string, SourceHealth>, options: HealthOptions): SourceReport[] {
  const now = options.now.toISOString();
  const staleBefore = options.now.getTime() - options.staleAfterDays * 86_400_000;
  return reports.map((report) => {
    const remembered = health.get(report.name);
    const worked = report.status !== 'failed';
    const lastSuccess = worked ? now : remembered?.lastSuccess ?? undefined;
    const lastNewItem = (options.newItemsBySource.get(report.name) ?? 0) > 0 ? now : remembered?.lastNewItem ?? undefined;
    const skippedOld = options.skippedOld.get(report.name);
    const skippedNew = options.skippedNew?.get(report.name);
    const newestItem = options.newestBySource?.get(report.name);
    // Stale only once the source has a history: on a first run nothing is known yet.
    const stale = worked && remembered !== undefined && (lastNewItem === undefined || Date.parse(lastNewItem) < staleBefore);
    // No field of its own yet: the count goes with the source's other item-level notes.
    const warnings = skippedNew ? [...(report.warnings ?? []), `${skippedNew} item(s) published after ${options.date ?? 'the briefing’s day'} left out (the briefing is made as of that day)`] : report.warnings;
    return {
      ...report,
      ...(warnings ? { warnings } : {}),
      ...(skippedOld ? { skippedOld } : {}),
      ...(newestItem ? { newestItem } : {}),
      ...(lastSuccess ? { lastSuccess } : {}),
      ...(lastNewItem ? { lastNewItem } : {}),
      ...(stale ? { stale } : {}),
    };
  });
}
