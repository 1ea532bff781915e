import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FeedCache } from '../collect/feedCache.js';
import { createFeedCacheStore } from './feedCacheStore.js';
import { createHistoryStore, type HistoryStore } from './historyStore.js';
import { MIGRATIONS } from './migrations.js';

export interface SendRecord {
  recipient: string;
  messageId: string;
  status: 'accepted' | 'failed';
  attempts: number;
  lastError: string | null;
}

/** One row of the run history. */
export interface RunRecord {
  id: number;
  /** The briefing date (YYYY-MM-DD). */
  date: string;
  startedAt: Date;
  finishedAt: Date | null;
  /** 'running' while a run is in progress, or left behind by a run whose process died. */
  status: 'running' | 'ok' | 'failed';
  articles: number | null;
  stories: number | null;
  error: string | null;
}

/** What a run remembers between runs. One store per config, in its state folder. */
export interface Store {
  /** The file the store lives in. */
  readonly file: string;
  /** Last good copy and HTTP validators of each feed. */
  readonly feedCache: FeedCache;
  /** Items seen and sent, and each source's health. */
  readonly history: HistoryStore;
  /** Send log entries of a briefing date. */
  sendLog(date: string): SendRecord[];
  recordSend(date: string, record: SendRecord, at: Date): void;
  startRun(date: string, at: Date): number;
  finishRun(id: number, outcome: { status: 'ok' | 'failed'; articles?: number; stories?: number; error?: string }, at: Date): void;
  /** The run that started last, of any status or of the one given. */
  lastRun(status?: RunRecord['status']): RunRecord | undefined;
  /**
   * Marks runs still 'running' as failed with `error`: their process died (SIGKILL, power cut).
   * Call it only while holding the run lock, when no other run can be in progress. Returns how many.
   */
  closeUnfinishedRuns(error: string, at: Date): number;
  close(): void;
}

/**
 * Opens (creating it if needed) `state.db` in the state folder: SQLite in WAL mode, so a reader is
 * never blocked and a killed run leaves the last committed state intact; migrations brought up to
 * date on open.
 */
export function openStore(stateDir: string, options: { readonly?: boolean } = {}): Store {
  const file = path.join(stateDir, 'state.db');
  let db: Database.Database;
  if (options.readonly) {
    // A dry run reads what earlier runs remembered and writes nothing.
    db = new Database(file, { readonly: true, fileMustExist: true });
  } else {
    mkdirSync(stateDir, { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  db.pragma('busy_timeout = 5000');

  const selectLog = db.prepare<[string], { recipient: string; message_id: string; status: 'accepted' | 'failed'; attempts: number; last_error: string | null }>(
    'SELECT recipient, message_id, status, attempts, last_error FROM send_log WHERE date = ? ORDER BY recipient',
  );
  const upsertLog = db.prepare(
    `INSERT INTO send_log (date, recipient, message_id, status, attempts, last_error, updated_at)
     VALUES (@date, @recipient, @messageId, @status, @attempts, @lastError, @at)
     ON CONFLICT (date, recipient) DO UPDATE SET message_id = excluded.message_id, status = excluded.status,
       attempts = send_log.attempts + excluded.attempts, last_error = excluded.last_error, updated_at = excluded.updated_at`,
  );
  const insertRun = db.prepare('INSERT INTO runs (date, started_at, status) VALUES (?, ?, ?)');
  type RunRow = { id: number; date: string; started_at: string; finished_at: string | null; status: RunRecord['status']; articles: number | null; stories: number | null; error: string | null };
  const selectLastRun = db.prepare<[], RunRow>('SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT 1');
  const selectLastRunWith = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE status = ? ORDER BY started_at DESC, id DESC LIMIT 1');
  const closeRunning = db.prepare("UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE status = 'running'");
  const toRecord = (row: RunRow): RunRecord => ({
    id: row.id,
    date: row.date,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    status: row.status,
    articles: row.articles,
    stories: row.stories,
    error: row.error,
  });
  const updateRun = db.prepare('UPDATE runs SET finished_at = @at, status = @status, articles = @articles, stories = @stories, error = @error WHERE id = @id');

  return {
    file,
    feedCache: createFeedCacheStore(db),
    history: createHistoryStore(db),
    sendLog: (date) =>
      selectLog.all(date).map((row) => ({ recipient: row.recipient, messageId: row.message_id, status: row.status, attempts: row.attempts, lastError: row.last_error })),
    recordSend: (date, record, at) => {
      upsertLog.run({ date, ...record, at: at.toISOString() });
    },
    startRun: (date, at) => Number(insertRun.run(date, at.toISOString(), 'running').lastInsertRowid),
    finishRun: (id, outcome, at) => {
      updateRun.run({ id, at: at.toISOString(), status: outcome.status, articles: outcome.articles ?? null, stories: outcome.stories ?? null, error: outcome.error ?? null });
    },
    lastRun: (status) => {
      const row = status === undefined ? selectLastRun.get() : selectLastRunWith.get(status);
      return row && toRecord(row);
    },
    closeUnfinishedRuns: (error, at) => closeRunning.run(at.toISOString(), error).changes,
    close: () => {
      db.close();
    },
  };
}

/** The store for a dry run: read-only, or undefined when no run has made one yet (or an older one). */
export function openStoreForReading(stateDir: string): Store | undefined {
  if (!existsSync(path.join(stateDir, 'state.db'))) return undefined;
  try {
    const store = openStore(stateDir, { readonly: true });
    return store;
  } catch {
    return undefined;
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
