import { describe, expect, it } from 'vitest';
import { explainNoArticles } from '../../src/commands/explainNoArticles.js';
import type { Briefing, SourceReport } from '../../src/types.js';

const empty = (sources: SourceReport[], overrides: Partial<Briefing> = {}): Briefing => ({
  version: 1,
  date: '2026-11-23',
  title: 'Briefing',
  language: 'en',
  dir: 'ltr',
  timezone: 'UTC',
  generatedAt: '2026-11-23T07:00:00.000Z',
  asOf: '2026-11-23T07:00:00.000Z',
  maxAgeHours: 36,
  topics: [],
  sources,
  stats: { articles: 0, stories: 0, shownStories: 0 },
  ...overrides,
});

describe('explainNoArticles', () => {
  it('says every item was too old, and which --date would bring the newest in', () => {
    const briefing = empty([
      { name: 'Al Jazeera', status: 'ok', items: 25, skippedOld: 25, newestItem: '2026-11-20T10:00:00.000Z' },
      { name: 'BBC World', status: 'ok', items: 12, skippedOld: 12, newestItem: '2026-11-20T18:30:00.000Z' },
    ]);
    expect(explainNoArticles(briefing)).toBe('No articles: all 37 items were older than 36 h (briefing.maxAgeHours); the newest is from 2026-11-20, so use --date 2026-11-20 or raise the limit.');
  });

  it('says when no source could be read', () => {
    expect(explainNoArticles(empty([{ name: 'Dead feed', status: 'failed', items: 0, error: 'HTTP 500' }]))).toBe('No articles: no source could be read (see the sources above).');
  });

  it('counts only the sources that were read, and says what the rest of the items were', () => {
    const briefing = empty([
      { name: 'Al Jazeera', status: 'ok', items: 10, skippedOld: 8 },
      { name: 'Dead feed', status: 'failed', items: 0, error: 'HTTP 500' },
    ]);
    expect(explainNoArticles(briefing)).toBe('No articles: 8 of the 10 items were older than 36 h (briefing.maxAgeHours) and the rest had nothing to show; use --date or raise the limit.');
  });

  it('counts back from the end of the day of a run made as of a past day', () => {
    const briefing = empty([{ name: 'Gazette', status: 'ok', items: 4, skippedOld: 3, newestItem: '2026-11-22T12:00:00.000Z' }], { date: '2026-11-18', asOf: '2026-11-18T23:59:59.999Z' });
    expect(explainNoArticles(briefing)).toBe(
      'No articles: 3 of the 4 items were older than 36 h before the end of 2026-11-18 (briefing.maxAgeHours) and the others were published after 2026-11-18; the newest is from 2026-11-22, so use --date 2026-11-22 or raise the limit.',
    );
  });

  it('says when the sources were read but empty', () => {
    expect(explainNoArticles(empty([{ name: 'Quiet', status: 'empty', items: 0 }]))).toBe('No articles: the sources were read but gave no items.');
  });
});
