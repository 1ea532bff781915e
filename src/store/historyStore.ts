import type Database from 'better-sqlite3';
import { redactUrl } from '../text/redactUrl.js';
import { scrubRows } from './scrubRows.js';

export interface ItemMemory {
  firstSeen: string;
  /** The briefing date that first showed the item, if any. */
  sentDate: string | null;
}

export interface SourceHealth {
  name: string;
  lastSuccess: string | null;
  lastFailure: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** When the source last brought an item never seen before. */
  lastNewItem: string | null;
  /** The publication date of the newest item the source gave at its last successful read, if dated. */
  newestItem: string | null;
}

export interface ItemSighting {
  fingerprint: string;
  source: string;
  url: string;
  title: string;
  /** Shown in the briefing being archived. */
  shown: boolean;
}

/** What the store remembers of items and sources from one run to the next. */
export interface HistoryStore {
  items(fingerprints: readonly string[]): Map<string, ItemMemory>;
  /** Records a run's items: first/last seen, and the briefing date for those it showed. */
  recordItems(date: string, sightings: readonly ItemSighting[], at: Date): void;
  health(): Map<string, SourceHealth>;
  recordHealth(name: string, outcome: SourceOutcome, at: Date): void;
  /** recordHealth for every source of a run, in one transaction (one commit instead of one per source). */
  recordHealthOfRun(outcomes: readonly { name: string; outcome: SourceOutcome }[], at: Date): void;
}

/** How one source did in a run: read (with how many items it brought first), or failed and why. */
export interface SourceOutcome {
  ok: boolean;
  error?: string;
  newItems: number;
  /** The publication date of the newest item it gave (ISO), when any was dated. */
  newestItem?: string;
}

/**
 * Item and source memory in the state store. Error texts are stored with the secrets of any
 * address in them replaced by `***` (callers redact already; this is the last line before disk).
 */
export function createHistoryStore(db: Database.Database): HistoryStore {
  if (!db.readonly) redactStoredErrors(db);
  // Positional parameters: a run records every item it read (9,000 at 300 feeds × 30 items), and
  // binding by name looks each one up in an object.
  const upsertItem = db.prepare<[string, string, string, string, string, string, string | null]>(
    `INSERT INTO items (fingerprint, source, url, title, first_seen, last_seen, sent_date)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (fingerprint) DO UPDATE SET last_seen = excluded.last_seen,
       sent_date = COALESCE(items.sent_date, excluded.sent_date)`,
  );
  // newest_item is missing from a store older than migration 3 that is opened read-only (a dry run).
  const selectHealth = db.prepare<[], { name: string; last_success: string | null; last_failure: string | null; consecutive_failures: number; last_error: string | null; last_new_item: string | null; newest_item?: string | null }>(
    'SELECT * FROM source_health',
  );
  const upsertFailure = db.prepare(
    `INSERT INTO source_health (name, last_failure, consecutive_failures, last_error) VALUES (@name, @at, 1, @error)
     ON CONFLICT (name) DO UPDATE SET last_failure = excluded.last_failure,
       consecutive_failures = source_health.consecutive_failures + 1, last_error = excluded.last_error`,
  );
  const recordItems = db.transaction((date: string, sightings: readonly ItemSighting[], at: string) => {
    for (const sighting of sightings) {
      upsertItem.run(sighting.fingerprint, sighting.source, sighting.url, sighting.title, at, at, sighting.shown ? date : null);
    }
  });
  // Prepared on first use: a store that predates newest_item, opened read-only, must still open.
  let upsertSuccess: Database.Statement<{ name: string; at: string; newItem: string | null; newest: string | null }> | undefined;
  const recordHealth = (name: string, outcome: SourceOutcome, at: string): void => {
    if (!outcome.ok) {
      upsertFailure.run({ name, at, error: outcome.error === undefined ? null : redactUrl(outcome.error) });
      return;
    }
    upsertSuccess ??= db.prepare(
      `INSERT INTO source_health (name, last_success, consecutive_failures, last_new_item, newest_item) VALUES (@name, @at, 0, @newItem, @newest)
       ON CONFLICT (name) DO UPDATE SET last_success = excluded.last_success, consecutive_failures = 0,
         last_new_item = COALESCE(excluded.last_new_item, source_health.last_new_item),
         newest_item = COALESCE(excluded.newest_item, source_health.newest_item)`,
    );
    upsertSuccess.run({ name, at, newItem: outcome.newItems > 0 ? at : null, newest: outcome.newestItem ?? null });
  };
  const recordHealthOfRun = db.transaction((outcomes: readonly { name: string; outcome: SourceOutcome }[], at: string) => {
    for (const { name, outcome } of outcomes) recordHealth(name, outcome, at);
  });
  return {
    items: (fingerprints) => {
      const found = new Map<string, ItemMemory>();
      // SQLite limits bound parameters; 500 at a time stays well under it.
      for (let start = 0; start < fingerprints.length; start += 500) {
        const chunk = fingerprints.slice(start, start + 500);
        const rows = db
          .prepare(`SELECT fingerprint, first_seen, sent_date FROM items WHERE fingerprint IN (${chunk.map(() => '?').join(',')})`)
          .all(...chunk) as { fingerprint: string; first_seen: string; sent_date: string | null }[];
        for (const row of rows) found.set(row.fingerprint, { firstSeen: row.first_seen, sentDate: row.sent_date });
      }
      return found;
    },
    recordItems: (date, sightings, at) => {
      recordItems(date, sightings, at.toISOString());
    },
    health: () =>
      new Map(
        selectHealth.all().map((row) => [
          row.name,
          {
            name: row.name,
            lastSuccess: row.last_success,
            lastFailure: row.last_failure,
            consecutiveFailures: row.consecutive_failures,
            lastError: row.last_error === null ? null : redactUrl(row.last_error),
            lastNewItem: row.last_new_item,
            newestItem: row.newest_item ?? null,
          },
        ]),
      ),
    recordHealth: (name, outcome, at) => {
      recordHealth(name, outcome, at.toISOString());
    },
    recordHealthOfRun: (outcomes, at) => {
      recordHealthOfRun(outcomes, at.toISOString());
    },
  };
}

// Stores written before redaction may hold a feed's password or token in an error text; rewritten
// once, overwriting the old text in the file.
function redactStoredErrors(db: Database.Database): void {
  const rows = db.prepare<[], { name: string; last_error: string }>('SELECT name, last_error FROM source_health WHERE last_error IS NOT NULL').all();
  const stale = rows.filter((row) => redactUrl(row.last_error) !== row.last_error);
  if (stale.length === 0) return;
  const update = db.prepare('UPDATE source_health SET last_error = ? WHERE name = ?');
  scrubRows(db, () => {
    for (const row of stale) update.run(redactUrl(row.last_error), row.name);
  });
}
