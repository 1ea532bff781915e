import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { briefingDate } from '../../src/briefingDate.js';
import { planRuns } from '../../src/schedule/planRuns.js';
import { DST_CHANGES, localDay, offsetAt } from './dstChanges.js';

/** Every instant of a window (whole seconds) that node-cron's own matcher matches in the zone. */
function matchedByNodeCron(expression: string, zone: string, window: { from: Date; to: Date }): Date[] {
  const task = cron.createTask(expression, () => undefined, { timezone: zone });
  const seconds = cron.parse(expression).second;
  const matched: Date[] = [];
  try {
    for (let minute = window.from.getTime(); minute < window.to.getTime(); minute += 60_000) {
      for (const second of seconds) if (task.match(new Date(minute + second * 1000))) matched.push(new Date(minute + second * 1000));
    }
    return matched.sort((a, b) => a.getTime() - b.getTime());
  } finally {
    void task.destroy();
  }
}

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('planRuns', () => {
  for (const { zone, kind, at, offsets } of DST_CHANGES) {
    it(`finds that ${zone} ${kind} at ${at} in the tz database, as the tests below expect`, () => {
      expect([offsetAt(zone, new Date(Date.parse(at) - 1)), offsetAt(zone, new Date(at))]).toEqual(offsets);
    });
  }

  it.each([
    ['Europe/Berlin', '2026-06-29'],
    ['America/New_York', '2026-01-30'],
    ['America/Santiago', '2026-07-30'],
    ['Asia/Riyadh', '2026-11-29'],
  ])('plans exactly the instants node-cron matches on ordinary days (a month end included) in %s', (zone, date) => {
    const window = { from: new Date(`${date}T00:00:00Z`), to: new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000) };
    for (const expression of ['30 2 * * *', '*/20 1-3 * * *', '0 7 * * mon-fri', '15 0 23 * * *', '0 6 L * *']) {
      expect(iso(planRuns(expression, zone, window))).toEqual(iso(matchedByNodeCron(expression, zone, window)));
    }
  });

  for (const { zone, date, at } of DST_CHANGES.filter((change) => change.kind === 'springs forward')) describe(`when ${zone} springs forward on ${date}`, () => {
    const day = localDay(date, zone);
    // Chile skips midnight, the others 02:00–02:59.
    const skipped = zone === 'America/Santiago' ? ['0 0 * * *', '30 0 * * *', '59 0 * * *'] : ['0 2 * * *', '30 2 * * *', '59 2 * * *'];

    it.each(skipped)('runs "%s", which node-cron never matches that day, once at the first instant after the jump', (expression) => {
      expect(matchedByNodeCron(expression, zone, day)).toEqual([]);
      expect(iso(planRuns(expression, zone, day))).toEqual([new Date(at).toISOString()]);
    });

    it.each(['0 7 * * *', '45 23 * * *', '0 12 * * *'])('runs "%s" (a normal hour) when node-cron does', (expression) => {
      expect(iso(planRuns(expression, zone, day))).toEqual(iso(matchedByNodeCron(expression, zone, day)));
      expect(planRuns(expression, zone, day)).toHaveLength(1);
    });
  });

  for (const { zone, date, at } of DST_CHANGES.filter((change) => change.kind === 'falls back')) describe(`when ${zone} falls back on ${date}`, () => {
    const day = localDay(date, zone);
    // The wall-clock hour that comes twice: the one just before the change.
    const repeated = new Date(Date.parse(at) - 3_600_000).toLocaleString('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' });

    it.each(['0', '30', '59'])('runs minute %s of the repeated hour once, at its first occurrence', (minute) => {
      const expression = `${minute} ${repeated} * * *`;
      const matched = matchedByNodeCron(expression, zone, day);
      expect(matched).toHaveLength(2);
      expect(iso(planRuns(expression, zone, day))).toEqual(iso(matched.slice(0, 1)));
    });

    it.each(['0 7 * * *', '0 12 * * *'])('runs "%s" (a normal hour) when node-cron does', (expression) => {
      expect(iso(planRuns(expression, zone, day))).toEqual(iso(matchedByNodeCron(expression, zone, day)));
      expect(planRuns(expression, zone, day)).toHaveLength(1);
    });
  });

  for (const { zone, kind, date } of DST_CHANGES) it(`runs a daily briefing exactly once on each local day around the day ${zone} ${kind} (${date})`, () => {
    const days = [-2, -1, 0, 1, 2].map((shift) => new Date(Date.parse(`${date}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10));
    const window = { from: localDay(days[0]!, zone).from, to: localDay(days.at(-1)!, zone).to };
    for (const time of ['0 0', '30 0', '0 1', '30 1', '0 2', '30 2', '0 3', '30 23']) {
      const runs = planRuns(`${time} * * *`, zone, window);
      expect(runs.map((run) => briefingDate(run, zone)), `"${time} * * *"`).toEqual(days);
    }
  });

  it('runs the slots of a skipped hour as one run, also when the schedule has a slot at the jump', () => {
    const day = localDay('2026-03-08', 'America/New_York');
    expect(iso(planRuns('*/20 2 * * *', 'America/New_York', day))).toEqual(['2026-03-08T07:00:00.000Z']);
    expect(iso(planRuns('0,30 2,3 * * *', 'America/New_York', day))).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z']);
    // A slot with seconds also runs at the first instant after the jump, 03:00:00.
    expect(iso(planRuns('15 30 2 * * *', 'America/New_York', day))).toEqual(['2026-03-08T07:00:00.000Z']);
  });

  it('runs every slot of a repeated hour once', () => {
    const day = localDay('2026-11-01', 'America/New_York');
    expect(iso(planRuns('*/20 1 * * *', 'America/New_York', day))).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-01T05:20:00.000Z', '2026-11-01T05:40:00.000Z']);
  });

  it('knows the first pass of a repeated hour happened when the window starts in the second', () => {
    // 06:10Z is 01:10 EST, the second pass; 01:30 EDT (05:30Z) already ran.
    expect(iso(planRuns('30 1 * * *', 'America/New_York', { from: new Date('2026-11-01T06:10:00Z'), to: new Date('2026-11-03T00:00:00Z') }))).toEqual([
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('includes the start of the window, excludes its end, and stops at the limit', () => {
    const window = { from: new Date('2026-11-23T07:00:00Z'), to: new Date('2026-11-25T07:00:00Z') };
    expect(iso(planRuns('0 7 * * *', 'UTC', window))).toEqual(['2026-11-23T07:00:00.000Z', '2026-11-24T07:00:00.000Z']);
    expect(iso(planRuns('0 7 * * *', 'UTC', window, 1))).toEqual(['2026-11-23T07:00:00.000Z']);
    expect(iso(planRuns('* * * * * *', 'UTC', { from: new Date('2026-11-23T07:00:00.500Z'), to: window.to }, 2))).toEqual([
      '2026-11-23T07:00:01.000Z',
      '2026-11-23T07:00:02.000Z',
    ]);
  });
});
