import { describe, expect, it } from 'vitest';
import { warnOldSources } from '../../src/commands/warnOldSources.js';

const now = new Date('2026-11-23T07:00:00Z');

describe('warnOldSources', () => {
  it('warns about each feed whose newest item is older than maxAgeHours', () => {
    const feeds = [
      { name: 'Al Jazeera', newest: '2026-11-20T10:00:00.000Z' },
      { name: 'BBC World', newest: '2026-11-23T06:00:00.000Z' },
      { name: 'Undated', newest: null },
    ];
    expect(warnOldSources(feeds, now, 36)).toEqual(['Al Jazeera: its newest item is from 2026-11-20 10:00 UTC, older than 36 h (briefing.maxAgeHours): a run now leaves out all its items']);
  });

  it('says when the date is what the last run stored', () => {
    expect(warnOldSources([{ name: 'Al Jazeera', newest: '2026-11-20T10:00:00.000Z' }], now, 36, 'at the last run')).toEqual([
      'Al Jazeera: at the last run its newest item was from 2026-11-20 10:00 UTC, older than 36 h (briefing.maxAgeHours): a run now leaves out all its items',
    ]);
  });

  it('says nothing when maxAgeHours is 0: every item is kept', () => {
    expect(warnOldSources([{ name: 'Archive', newest: '2001-01-01T00:00:00.000Z' }], now, 0)).toEqual([]);
  });
});
