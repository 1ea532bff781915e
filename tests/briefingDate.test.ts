import { describe, expect, it } from 'vitest';
import { briefingDate, endOfDay } from '../src/briefingDate.js';

describe('endOfDay', () => {
  it('is 23:59:59.999 of the day in the time zone', () => {
    expect(endOfDay('2026-11-23', 'UTC').toISOString()).toBe('2026-11-23T23:59:59.999Z');
    expect(endOfDay('2026-11-23', 'Asia/Riyadh').toISOString()).toBe('2026-11-23T20:59:59.999Z');
    expect(endOfDay('2026-11-23', 'America/New_York').toISOString()).toBe('2026-11-24T04:59:59.999Z');
  });

  it('takes the offset at the end of a day whose clocks change: 23 and 25 hour days', () => {
    // London springs forward on 29 March 2026 (the day ends in BST) and falls back on 25 October (in GMT).
    expect(endOfDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(endOfDay('2026-10-25', 'Europe/London').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    expect(endOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-09T03:59:59.999Z');
  });

  it('works at the edges of the offsets and with half-hour ones', () => {
    expect(endOfDay('2026-11-23', 'Pacific/Kiritimati').toISOString()).toBe('2026-11-23T09:59:59.999Z');
    expect(endOfDay('2026-11-23', 'Etc/GMT+12').toISOString()).toBe('2026-11-24T11:59:59.999Z');
    expect(endOfDay('2026-11-23', 'Asia/Kolkata').toISOString()).toBe('2026-11-23T18:29:59.999Z');
  });

  it('is the last instant of the day: a millisecond later is the next day', () => {
    for (const timeZone of ['Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Tehran']) {
      for (const date of ['2026-04-05', '2026-09-06', '2026-10-04', '2026-12-31']) {
        const end = endOfDay(date, timeZone);
        expect(briefingDate(end, timeZone)).toBe(date);
        expect(briefingDate(new Date(end.getTime() + 1), timeZone)).not.toBe(date);
      }
    }
  });
});
