import type { Store } from '../store/openStore.js';
import type { Article, Briefing } from '../types.js';
import { fingerprint } from './fingerprint.js';

/**
 * After the archive is written: every item of the run is remembered (first and last seen), the
 * ones the email showed with this briefing's date, and each source's health and newest item.
 */
export function rememberRun(store: Store, briefing: Briefing, articles: readonly Article[], newItemsBySource: ReadonlyMap<string, number>, now: Date): void {
  const shown = new Set(
    briefing.topics
      .flatMap((topic) => topic.stories)
      .filter((story) => story.shown)
      .flatMap((story) => story.articles.flatMap((article) => [article.id, ...(article.duplicates ?? []).map((copy) => copy.id)])),
  );
  store.history.recordItems(
    briefing.date,
    articles.map((article) => ({ fingerprint: fingerprint(article), source: article.source, url: article.url, title: article.title, shown: shown.has(article.id) })),
    now,
  );
  store.history.recordHealthOfRun(
    briefing.sources.map((report) => ({
      name: report.name,
      outcome: {
        ok: report.status !== 'failed',
        ...(report.error ? { error: report.error } : {}),
        newItems: newItemsBySource.get(report.name) ?? 0,
        ...(report.newestItem ? { newestItem: report.newestItem } : {}),
      },
    })),
    now,
  );
}
