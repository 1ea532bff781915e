import type { Config } from '../config/resolve.js';
import { describeError } from '../errors.js';
import type { Article, RawDocument, SourceReport } from '../types.js';
import { cleanDocument } from './cleanDocument.js';
import { compileRules, type LineRules } from './compileRules.js';

/**
 * Cleans every collected document with the rules of its source (built-in, plus the config's
 * global and per-source `cleaning`). A document that cannot be cleaned is noted on its source's
 * report; it never costs the rest of the briefing.
 */
export function cleanAll(documents: readonly RawDocument[], config: Config, reports: SourceReport[]): Article[] {
  const rulesFor = rulesPerSource(config);
  const articles: Article[] = [];
  for (const document of documents) {
    try {
      const { article } = cleanDocument(document, rulesFor(document.source));
      if (article.text || article.title) articles.push(article);
    } catch (error) {
      const report = reports.find((candidate) => candidate.name === document.source);
      if (report) report.warnings = [...(report.warnings ?? []), `${document.url ?? document.file ?? 'a document'}: ${describeError(error)}`];
    }
  }
  return articles;
}

/** Rules compiled once per source. */
function rulesPerSource(config: Config): (source: string) => LineRules {
  const compiled = new Map<string, LineRules>();
  const global = config.cleaning;
  return (name) => {
    let rules = compiled.get(name);
    if (!rules) {
      const own = config.sources.find((source) => source.name === name)?.cleaning;
      rules = compileRules({
        removeLines: [...global.removeLines, ...(own?.removeLines ?? [])],
        removePatterns: [...global.removePatterns, ...(own?.removePatterns ?? [])],
        removeSelectors: [...global.removeSelectors, ...(own?.removeSelectors ?? [])],
      });
      compiled.set(name, rules);
    }
    return rules;
  };
}
