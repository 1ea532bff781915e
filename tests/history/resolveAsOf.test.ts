import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/history/resolveAsOf.js';

// 07:00 UTC on 23 November is 02:00 the same day in New York.
const now = new Date('2026-11-23T07:00:00Z');

describe('resolveAsOf', () => {
  it('makes a run without --date as of now, for today in the briefing’s time zone', () => {
    expect(resolveAsOf(undefined, now, 'America/New_York')).toEqual({ date: '2026-11-23', asOf: now });
  });

  it('makes a run for today as of now, not as of tonight', () => {
    expect(resolveAsOf('2026-11-23', now, 'America/New_York')).toEqual({ date: '2026-11-23', asOf: now });
  });

  it('makes a run for a past day as of the end of that day in the briefing’s time zone', () => {
    expect(resolveAsOf('2026-11-20', now, 'America/New_York')).toEqual({ date: '2026-11-20', asOf: new Date('2026-11-21T04:59:59.999Z') });
  });

  it('counts "today" in the briefing’s time zone: still the 22nd in Honolulu', () => {
    // 07:00 UTC on the 23rd is 21:00 on the 22nd in Honolulu: the 22nd is today there, made as of now.
    expect(resolveAsOf('2026-11-22', now, 'Pacific/Honolulu')).toEqual({ date: '2026-11-22', asOf: now });
  });

  it('makes a run for a day still to come as of now, dated that day', () => {
    expect(resolveAsOf('2026-11-24', now, 'America/New_York')).toEqual({ date: '2026-11-24', asOf: now });
  });
});
