import type { Config } from '../config/resolve.js';
import type { Article, SourceReport } from '../types.js';
import type { RulesBySource } from './cleanDocuments.js';
import type { Cleaning } from './startCleaning.js';

export function rulesBySource(config: Config): RulesBySource {
  const global = config.cleaning;
  return Object.fromEntries(
    config.sources.map((source) => [
      source.name,
      {
        removeLines: [...global.removeLines, ...(source.cleaning?.removeLines ?? [])],
        removePatterns: [...global.removePatterns, ...(source.cleaning?.removePatterns ?? [])],
        removeSelectors: [...global.removeSelectors, ...(source.cleaning?.removeSelectors ?? [])],
      },
    ]),
  );
}

export interface CleanedArticles {
  articles: Article[];
  /** An article's minHashOfArticle as cleaning computed it (undefined for an article it did not make). */
  signatureOf: (article: Article) => Uint32Array | null | undefined;
}

/**
 * The articles of a run's cleaning (see startCleaning: built-in rules plus the config's global and
 * per-source `cleaning`, on worker threads when there are many documents). A document that could
 * not be cleaned is noted on its source's report; it never costs the rest of the briefing.
 */
export async function cleanAll(cleaning: Cleaning, reports: SourceReport[]): Promise<CleanedArticles> {
  const outcome = await cleaning.finish();
  for (const { source, document, reason } of outcome.failures) {
    const report = reports.find((candidate) => candidate.name === source);
    if (report) report.warnings = [...(report.warnings ?? []), `${document}: ${reason}`];
  }
  const signatures = new WeakMap<Article, Uint32Array | null>();
  const articles: Article[] = [];
  outcome.articles.forEach((article, index) => {
    if (article === null) return;
    articles.push(article);
    signatures.set(article, outcome.signatures[index] ?? null);
  });
  return { articles, signatureOf: (article) => signatures.get(article) };
}
