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

  it('counts the run after a skipped hour (issue 26)', () => {
    // 02:30 does not exist in New York on 2026-03-08: the run is due at 03:00 EDT, 07:00 UTC.
    expect(findPreviousSlot('30 2 * * *', 'America/New_York', new Date('2026-03-08T14:00:00Z'))).toEqual(new Date('2026-03-08T07:00:00Z'));
    expect(findPreviousSlot('0 0 * * *', 'America/Santiago', new Date('2026-09-06T12:00:00Z'))).toEqual(new Date('2026-09-06T04:00:00Z'));
  });

  it('does not count the second pass of a repeated hour (issue 26)', () => {
    // 06:45 UTC is 01:45 EST, after 01:30 came a second time; it was due at 01:30 EDT.
    expect(findPreviousSlot('30 1 * * *', 'America/New_York', new Date('2026-11-01T06:45:00Z'))).toEqual(new Date('2026-11-01T05:30:00Z'));
    expect(findPreviousSlot('30 2 * * *', 'Europe/Berlin', new Date('2026-10-25T01:45:00Z'))).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(findPreviousSlot('30 23 * * *', 'America/Santiago', new Date('2026-04-05T03:45:00Z'))).toEqual(new Date('2026-04-05T02:30:00Z'));
  });

  it('looks no further back than `since`', () => {
    expect(findPreviousSlot('0 7 * * *', 'UTC', new Date('2026-11-23T12:00:00Z'), { since: new Date('2026-11-23T07:00:00Z') })).toEqual(new Date('2026-11-23T07:00:00Z'));
    expect(findPreviousSlot('0 7 * * *', 'UTC', new Date('2026-11-23T12:00:00Z'), { since: new Date('2026-11-23T07:00:01Z') })).toBeUndefined();
  });
});
