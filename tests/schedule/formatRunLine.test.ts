import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/pipeline.js';
import { formatRunLine } from '../../src/schedule/formatRunLine.js';
import { judgeRun } from '../../src/schedule/judgeRun.js';

const at = new Date('2026-11-23T07:00:03.456Z');

/** Only what the log line reads of a run's result. */
function result(parts: { sources: ('ok' | 'failed')[]; articles: number; stories: number; sent?: RunResult['sent']; notSent?: string }): RunResult {
  return {
    briefing: {
      sources: parts.sources.map((status, index) => ({ name: `s${index}`, status, items: 1 })),
      stats: { articles: parts.articles, stories: parts.stories, shownStories: parts.stories },
    },
    ...(parts.sent ? { sent: parts.sent } : {}),
    ...(parts.notSent ? { notSent: parts.notSent } : {}),
  } as unknown as RunResult;
}

describe('formatRunLine', () => {
  it('says what a good run did on one line', () => {
    const ok = result({ sources: ['ok', 'ok', 'failed'], articles: 140, stories: 31, sent: { accepted: ['a@x.org'], alreadySent: ['b@x.org'], failed: [] } });
    expect(formatRunLine(at, '2026-11-23', ok, 4213)).toBe('2026-11-23T07:00:03Z run 2026-11-23 ok: 3 sources (1 failed), 140 articles, 31 stories, sent 2/2, 4.2 s');
  });

  it('says why a run failed: a recipient not reached, no article, or an error', () => {
    const unsent = result({ sources: ['ok'], articles: 1, stories: 1, sent: { accepted: ['a@x.org'], alreadySent: [], failed: [{ recipient: 'b@x.org', reason: '550', permanent: true }] } });
    expect(formatRunLine(at, '2026-11-23', unsent, 38_000)).toBe(
      '2026-11-23T07:00:03Z run 2026-11-23 failed: not sent to b@x.org; 1 source, 1 article, 1 story, sent 1/2, 38.0 s',
    );
    const empty = result({ sources: ['failed'], articles: 0, stories: 0, notSent: 'SMTP_URL is not set: the briefing was archived only' });
    expect(formatRunLine(at, '2026-11-23', empty, 300)).toBe(
      '2026-11-23T07:00:03Z run 2026-11-23 failed: no source gave a single article; 1 source (1 failed), 0 articles, 0 stories, archived only (SMTP_URL is not set), 0.3 s',
    );
    expect(formatRunLine(at, '2026-11-23', { error: 'cannot read the config' }, 50)).toBe('2026-11-23T07:00:03Z run 2026-11-23 failed: cannot read the config, 0.1 s');
  });
});

describe('judgeRun', () => {
  it('counts an archived briefing without email as a success', () => {
    expect(judgeRun(result({ sources: ['ok'], articles: 2, stories: 1 }))).toEqual({ status: 'ok' });
  });
});
