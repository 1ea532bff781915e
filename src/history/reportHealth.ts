import type { SourceHealth } from '../store/historyStore.js';
import type { SourceReport } from '../types.js';

export interface HealthOptions {
  now: Date;
  staleAfterDays: number;
  newItemsBySource: ReadonlyMap<string, number>;
  skippedOld: ReadonlyMap<string, number>;
}

/**
 * Adds to each source report what the store remembers: when the source last worked, when it last
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
    // Stale only once the source has a history: on a first run nothing is known yet.
    const stale = worked && remembered !== undefined && (lastNewItem === undefined || Date.parse(lastNewItem) < staleBefore);
    return {
      ...report,
      ...(skippedOld ? { skippedOld } : {}),
      ...(lastSuccess ? { lastSuccess } : {}),
      ...(lastNewItem ? { lastNewItem } : {}),
      ...(stale ? { stale } : {}),
    };
  });
}
