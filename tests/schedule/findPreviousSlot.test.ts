import { describe, expect, it } from 'vitest';
import { findPreviousSlot } from '../../src/schedule/findPreviousSlot.js';

describe('findPreviousSlot', () => {
  it('finds the last daily slot in the schedule time zone', () => {
    // 07:00 in Riyadh (UTC+3) is 04:00 UTC.
    expect(findPreviousSlot('0 7 * * *', 'Asia/Riyadh', new Date('2026-11-23T05:00:00Z'))).toEqual(new Date('2026-11-23T04:00:00Z'));
    expect(findPreviousSlot('0 7 * * *', 'Asia/Riyadh', new Date('2026-11-23T03:59:59Z'))).toEqual(new Date('2026-11-22T04:00:00Z'));
  });

  it('counts a slot that is exactly now', () => {
    expect(findPreviousSlot('0 7 * * *', 'UTC', new Date('2026-11-23T07:00:00Z'))).toEqual(new Date('2026-11-23T07:00:00Z'));
  });

  it('follows daylight saving time', () => {
    // Paris is UTC+1 in winter and UTC+2 in summer.
    expect(findPreviousSlot('30 6 * * *', 'Europe/Paris', new Date('2026-07-01T12:00:00Z'))).toEqual(new Date('2026-07-01T04:30:00Z'));
    expect(findPreviousSlot('30 6 * * *', 'Europe/Paris', new Date('2026-12-01T12:00:00Z'))).toEqual(new Date('2026-12-01T05:30:00Z'));
  });

  it('honours a seconds field and weekdays', () => {
    expect(findPreviousSlot('15 0 7 * * *', 'UTC', new Date('2026-11-23T07:00:20Z'))).toEqual(new Date('2026-11-23T07:00:15Z'));
    // 2026-11-23 is a Monday; the last Friday 07:00 was the 20th.
    expect(findPreviousSlot('0 7 * * fri', 'UTC', new Date('2026-11-23T12:00:00Z'))).toEqual(new Date('2026-11-20T07:00:00Z'));
  });

  it('gives up beyond the window', () => {
    expect(findPreviousSlot('0 7 15 11 *', 'UTC', new Date('2026-11-23T12:00:00Z'))).toBeUndefined();
    expect(findPreviousSlot('0 7 15 11 *', 'UTC', new Date('2026-11-23T12:00:00Z'), { days: 10 })).toEqual(new Date('2026-11-15T07:00:00Z'));
  });
});
