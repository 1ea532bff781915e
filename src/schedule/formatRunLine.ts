import type { RunResult } from '../pipeline.js';
import { judgeRun } from './judgeRun.js';

/** An instant as journald and people read it: ISO 8601 in UTC, whole seconds. */
export function formatInstant(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One line per scheduled run, for a log such as journald:
 * `2026-11-23T07:00:03Z run 2026-11-23 ok: 12 sources (1 failed), 140 articles, 31 stories, sent 2/2, 4.2 s`
 * or `… run 2026-11-23 failed: <reason>, 0.3 s` when the run threw.
 */
export function formatRunLine(at: Date, date: string, outcome: RunResult | { error: string }, elapsedMs: number): string {
  const head = `${formatInstant(at)} run ${date}`;
  const seconds = `${(elapsedMs / 1000).toFixed(1)} s`;
  if ('error' in outcome) return `${head} failed: ${outcome.error}, ${seconds}`;
  const { briefing } = outcome;
  const failedSources = briefing.sources.filter((source) => source.status === 'failed').length;
  const parts = [
    `${count(briefing.sources.length, 'source')}${failedSources > 0 ? ` (${failedSources} failed)` : ''}`,
    count(briefing.stats.articles, 'article'),
    count(briefing.stats.stories, 'story', 'stories'),
    delivery(outcome),
    seconds,
  ];
  const judged = judgeRun(outcome);
  const verdict = judged.status === 'ok' ? 'ok:' : `failed: ${judged.error ?? ''};`;
  return `${head} ${verdict} ${parts.join(', ')}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function delivery(result: RunResult): string {
  if (result.sent) {
    const reached = result.sent.accepted.length + result.sent.alreadySent.length;
    return `sent ${reached}/${reached + result.sent.failed.length}`;
  }
  if (result.notSent) return `archived only (${result.notSent.replace(/: the briefing was archived only$/, '')})`;
  return 'archived only';
}
