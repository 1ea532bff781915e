import { describeError } from '../errors.js';
import type { Article, RawDocument } from '../types.js';
import { cleanDocument } from './cleanDocument.js';
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
// and compiling the phrase packs is not free. Distinct rule sets are few (most sources share the
// built-in ones); the bound only matters to a scheduler that reloads an ever-changing config.
const compiledRules = new Map<string, LineRules>();
const MAX_RULE_SETS = 256;

function compiledFor(user: UserRules): LineRules {
  const key = JSON.stringify([user.removeLines ?? [], user.removePatterns ?? [], user.removeSelectors ?? []]);
  let found = compiledRules.get(key);
  if (!found) {
    if (compiledRules.size >= MAX_RULE_SETS) compiledRules.clear();
    found = compileRules(user);
    warmUp(found);
    compiledRules.set(key, found);
  }
  return found;
}

// V8 runs a regex in its bytecode interpreter on the first call and compiles it to machine code on
// the next, separately for one-byte (Latin-1) and two-byte strings. The phrase regexes are tries of
// hundreds of phrases, and their first, interpreted call on a real line was the costly part. Calls
// on an empty string and on one Arabic character, twice each, get both compilations at less than
// half that cost before any document is read.
const WARM_UP_SUBJECTS = ['', '\u0600'];

function warmUp(rules: LineRules): void {
  for (const regex of Object.values(rules).filter((value) => value instanceof RegExp)) {
    for (const subject of WARM_UP_SUBJECTS) {
      regex.test(subject);
      regex.test(subject);
    }
    regex.lastIndex = 0;
  }
}

/**
 * Compiles every rule set of `rules` ahead of the documents: a worker does it as it starts, while
 * the run is still fetching its first sources, instead of on its first batch. A set that does not
 * compile is left to cleanDocuments, which reports it on each of its source's documents.
 */
export function prepareRules(rules: RulesBySource): void {
  for (const user of Object.values(rules)) {
    try {
      compiledFor(user);
    } catch {
      // Reported per document by cleanDocuments, with the source's name.
    }
  }
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
      const kept = Boolean(article.text || article.title);
      outcome.articles.push(kept ? article : null);
    } catch (error) {
      outcome.articles.push(null);
      outcome.failures.push({ source: document.source, document: document.url ?? document.file ?? 'a document', reason: describeError(error) });
    }
  }
  return outcome;
}
