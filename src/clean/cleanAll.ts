import type { Config } from '../config/resolve.js';
import { describeError } from '../errors.js';
import type { Article, RawDocument, SourceReport } from '../types.js';
import { cleanDocument } from './cleanDocument.js';
import type { Cleaning } from './startCleaning.js';
import { compileRules, type LineRules, type UserRules } from './compileRules.js';

/** The user's cleaning rules per source name: global `cleaning` plus the source's own. */
export type RulesBySource = Record<string, UserRules>;

export interface CleanOutcome {
  /** In the order of the documents; null where a document could not be cleaned. */
  articles: (Article | null)[];
  /** A readable reason per failed document, with its source and its address (or file). */
  failures: { source: string; document: string; reason: string }[];
}

// Compiled rules by their source text, kept across calls: a worker cleans a run in many batches,
// and compiling the phrase packs costs ≈10 ms. Distinct rule sets are few (most sources share the
// built-in ones); the bound only matters to a scheduler that reloads an ever-changing config.
const compiledRules = new Map<string, LineRules>();
const MAX_RULE_SETS = 256;

function compiledFor(user: UserRules): LineRules {
  const key = JSON.stringify([user.removeLines ?? [], user.removePatterns ?? [], user.removeSelectors ?? []]);
  let found = compiledRules.get(key);
  if (!found) {
    if (compiledRules.size >= MAX_RULE_SETS) compiledRules.clear();
    found = compileRules(user);
    compiledRules.set(key, found);
  }
  return found;
}

/**
 * Cleans documents with their source's rules. Rules are compiled once per distinct set, not per
 * source or per call: the compiled phrase regexes are large (a thousand sources each compiling
 * their own cost seconds and hundreds of megabytes).
 */
export function cleanDocuments(documents: readonly RawDocument[], rules: RulesBySource): CleanOutcome {
  const rulesFor = (source: string) => compiledFor(rules[source] ?? {});
  const outcome: CleanOutcome = { articles: [], failures: [] };
  for (const document of documents) {
    try {
      const { article } = cleanDocument(document, rulesFor(document.source));
      outcome.articles.push(article.text || article.title ? article : null);
    } catch (error) {
      outcome.articles.push(null);
      outcome.failures.push({ source: document.source, document: document.url ?? document.file ?? 'a document', reason: describeError(error) });
    }
  }
  return outcome;
}

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

/**
 * The articles of a run's cleaning (see startCleaning: built-in rules plus the config's global and
 * per-source `cleaning`, on worker threads when there are many documents). A document that could
 * not be cleaned is noted on its source's report; it never costs the rest of the briefing.
 */
export async function cleanAll(cleaning: Cleaning, reports: SourceReport[]): Promise<Article[]> {
  const outcome = await cleaning.finish();
  for (const { source, document, reason } of outcome.failures) {
    const report = reports.find((candidate) => candidate.name === source);
    if (report) report.warnings = [...(report.warnings ?? []), `${document}: ${reason}`];
  }
  return outcome.articles.filter((article): article is Article => article !== null);
}
