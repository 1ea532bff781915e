import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

const freshStateDir = useTempDirs('history-');

const MONDAY = new Date('2026-11-23T07:00:00Z');
const TUESDAY = new Date('2026-11-24T07:00:00Z');

describe("the sources' health in the state store", () => {
  it("records a whole run's sources at once, as one source at a time would, and keeps them across openings", async () => {
    const stateDir = await freshStateDir();
    const first = openStore(stateDir);
    first.history.recordHealthOfRun(
      [
        { name: 'Gazette', outcome: { ok: true, newItems: 3 } },
        { name: 'Dead feed', outcome: { ok: false, error: 'HTTP 410 Gone', newItems: 0 } },
      ],
      MONDAY,
    );
    first.history.recordHealthOfRun(
      [
        { name: 'Gazette', outcome: { ok: true, newItems: 0 } },
        { name: 'Dead feed', outcome: { ok: false, error: 'HTTP 410 Gone', newItems: 0 } },
      ],
      TUESDAY,
    );
    first.close();

    const second = openStore(stateDir);
    const health = second.history.health();
    second.close();
    expect(health.get('Gazette')).toEqual({
      name: 'Gazette',
      lastSuccess: TUESDAY.toISOString(),
      lastFailure: null,
      consecutiveFailures: 0,
      lastError: null,
      // Tuesday brought nothing new: the last new item stays Monday's.
      lastNewItem: MONDAY.toISOString(),
    });
    expect(health.get('Dead feed')).toMatchObject({ lastSuccess: null, lastFailure: TUESDAY.toISOString(), consecutiveFailures: 2, lastError: 'HTTP 410 Gone' });
  });
});
