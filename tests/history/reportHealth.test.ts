import { describe, expect, it } from 'vitest';
import { reportHealth } from '../../src/history/reportHealth.js';
import type { SourceHealth } from '../../src/store/historyStore.js';
import type { SourceReport } from '../../src/types.js';

const now = new Date('2026-11-23T07:00:00Z');
const remembered = (name: string, lastNewItem: string | null, lastSuccess: string | null = '2026-11-22T07:00:00Z'): SourceHealth => ({
  name,
  lastSuccess,
  lastFailure: null,
  consecutiveFailures: 0,
  lastError: null,
  lastNewItem,
  newestItem: null,
});
const options = { now, staleAfterDays: 7, newItemsBySource: new Map<string, number>(), skippedOld: new Map<string, number>() };

describe('reportHealth', () => {
  it('calls a source stale when it has brought nothing new for staleAfterDays', () => {
    const reports: SourceReport[] = [{ name: 'Quiet', status: 'ok', items: 20 }];
    const [report] = reportHealth(reports, new Map([['Quiet', remembered('Quiet', '2026-11-10T07:00:00Z')]]), options);
    expect(report).toMatchObject({ stale: true, lastNewItem: '2026-11-10T07:00:00Z', lastSuccess: now.toISOString() });
  });

  it('does not call a source stale on its first run, when nothing is known yet', () => {
    const [report] = reportHealth([{ name: 'New', status: 'ok', items: 3 }], new Map(), options);
    expect(report?.stale).toBeUndefined();
  });

  it('keeps the date a failing source last worked', () => {
    const [report] = reportHealth([{ name: 'Down', status: 'failed', items: 0, error: 'HTTP 500' }], new Map([['Down', remembered('Down', '2026-11-20T07:00:00Z', '2026-11-21T07:00:00Z')]]), options);
    expect(report).toMatchObject({ status: 'failed', lastSuccess: '2026-11-21T07:00:00Z' });
    expect(report?.stale).toBeUndefined();
  });

  it('dates new items to this run', () => {
    const [report] = reportHealth([{ name: 'Busy', status: 'ok', items: 9 }], new Map([['Busy', remembered('Busy', '2026-11-01T07:00:00Z')]]), {
      ...options,
      newItemsBySource: new Map([['Busy', 2]]),
    });
    expect(report).toMatchObject({ lastNewItem: now.toISOString() });
    expect(report?.stale).toBeUndefined();
  });

  it('gives every source that left items out for their age its count, and each its newest item', () => {
    const reports: SourceReport[] = [
      { name: 'Al Jazeera', status: 'ok', items: 12 },
      { name: 'BBC World', status: 'ok', items: 30 },
      { name: 'Notes', status: 'ok', items: 2 },
    ];
    const [aljazeera, bbc, notes] = reportHealth(reports, new Map(), {
      ...options,
      skippedOld: new Map([['Al Jazeera', 12], ['BBC World', 4]]),
      newestBySource: new Map([['Al Jazeera', '2026-11-20T10:00:00.000Z'], ['BBC World', '2026-11-23T06:10:00.000Z']]),
    });
    expect(aljazeera).toMatchObject({ skippedOld: 12, newestItem: '2026-11-20T10:00:00.000Z' });
    expect(bbc).toMatchObject({ skippedOld: 4, newestItem: '2026-11-23T06:10:00.000Z' });
    expect(notes?.skippedOld).toBeUndefined();
    expect(notes?.newestItem).toBeUndefined();
  });

  it('notes the items left out of a past day’s briefing for being published after it', () => {
    const [report] = reportHealth([{ name: 'Gazette', status: 'ok', items: 5, warnings: ['item 2: unreadable date "soon", kept without a date'] }], new Map(), {
      ...options,
      skippedNew: new Map([['Gazette', 3]]),
      date: '2026-11-20',
    });
    expect(report?.warnings).toEqual(['item 2: unreadable date "soon", kept without a date', expect.stringMatching(/^3 item\(s\) published after 2026-11-20 left out/)]);
  });
});
