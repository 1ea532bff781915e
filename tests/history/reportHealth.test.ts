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
});
