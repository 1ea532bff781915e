import { afterEach, describe, expect, it } from 'vitest';
import { followSchedule, type ScheduleTimer } from '../../src/schedule/followSchedule.js';

/** A clock that reads `at` now and runs at real speed from there; `jump` moves it on, as a machine waking from sleep sees it. */
function clockFrom(at: string) {
  let shift = Date.parse(at) - Date.now();
  return {
    now: () => new Date(Date.now() + shift),
    jump: (ms: number) => {
      shift += ms;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await sleep(20);
  }
}

describe('followSchedule', () => {
  let timer: ScheduleTimer | undefined;
  afterEach(() => {
    timer?.stop();
    timer = undefined;
  });

  function follow(expression: string, zone: string, now: () => Date) {
    const slots: { slot: string; late: boolean }[] = [];
    timer = followSchedule(expression, zone, (slot, late) => slots.push({ slot: slot.toISOString(), late }), now);
    return { timer, slots };
  }

  it('fires a time the clock springs over at the first instant after the jump, then plans the next day', async () => {
    // New York, 2026-03-08: 02:00 EST becomes 03:00 EDT at 07:00 UTC.
    const { timer, slots } = follow('30 2 * * *', 'America/New_York', clockFrom('2026-03-08T06:59:59.700Z').now);
    expect(timer.next()).toEqual(new Date('2026-03-08T07:00:00Z'));
    await waitFor(() => slots.length > 0, 3000);
    expect(slots).toEqual([{ slot: '2026-03-08T07:00:00.000Z', late: false }]);
    expect(timer.next()).toEqual(new Date('2026-03-09T06:30:00Z'));
  });

  it('fires a time the clock falls back over at its first occurrence only', async () => {
    // Berlin, 2026-10-25: 02:30 CEST is 00:30 UTC, 02:30 CET an hour later.
    const { timer, slots } = follow('30 2 * * *', 'Europe/Berlin', clockFrom('2026-10-25T00:29:59.700Z').now);
    await waitFor(() => slots.length > 0, 3000);
    expect(slots).toEqual([{ slot: '2026-10-25T00:30:00.000Z', late: false }]);
    expect(timer.next()).toEqual(new Date('2026-10-26T01:30:00Z'));
  });

  it('started during the second pass of a repeated hour, waits for the next day', async () => {
    // 06:29:59 UTC is 01:29:59 EST: 01:30 EDT was an hour ago.
    const { timer, slots } = follow('30 1 * * *', 'America/New_York', clockFrom('2026-11-01T06:29:59.700Z').now);
    expect(timer.next()).toEqual(new Date('2026-11-02T06:30:00Z'));
    await sleep(800);
    expect(slots).toEqual([]);
  });

  it('reports a slot it notices late once, as late', async () => {
    const clock = clockFrom('2026-03-08T06:59:59.800Z');
    const { slots } = follow('*/20 * * * *', 'America/New_York', clock.now);
    // The machine sleeps through 07:00 and wakes two hours later, past six slots.
    clock.jump(2 * 3_600_000 - 30_000);
    await waitFor(() => slots.length > 0, 3000);
    await sleep(300);
    expect(slots).toEqual([{ slot: '2026-03-08T08:40:00.000Z', late: true }]);
  });

  it('stops firing once stopped', async () => {
    const { timer, slots } = follow('30 2 * * *', 'America/New_York', clockFrom('2026-03-08T06:59:59.800Z').now);
    timer.stop();
    expect(timer.next()).toBeUndefined();
    await sleep(500);
    expect(slots).toEqual([]);
  });
});
