import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export interface SendRecord {
  recipient: string;
  messageId: string;
  status: 'accepted' | 'failed';
  attempts: number;
  lastError: string | null;
}

/** What a run remembers between runs. One store per config, in its state folder. */
export interface Store {
  /** The file the store lives in. */
  readonly file: string;
  /** Send log entries of a briefing date. */
  sendLog(date: string): SendRecord[];
  recordSend(date: string, record: SendRecord, at: Date): void;
  startRun(date: string, at: Date): number;
  finishRun(id: number, outcome: { status: 'ok' | 'failed'; articles?: number; stories?: number; error?: string }, at: Date): void;
  close(): void;
}

/**
 * Opens (creating it if needed) `state.db` in the state folder: SQLite in WAL mode, so a reader is
 * never blocked and a killed run leaves the last committed state intact; migrations brought up to
 * date on open.
 */
export function openStore(stateDir: string): Store {
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, 'state.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

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
  const updateRun = db.prepare('UPDATE runs SET finished_at = @at, status = @status, articles = @articles, stories = @stories, error = @error WHERE id = @id');

  return {
    file,
    sendLog: (date) =>
      selectLog.all(date).map((row) => ({ recipient: row.recipient, messageId: row.message_id, status: row.status, attempts: row.attempts, lastError: row.last_error })),
    recordSend: (date, record, at) => {
      upsertLog.run({ date, ...record, at: at.toISOString() });
    },
    startRun: (date, at) => Number(insertRun.run(date, at.toISOString(), 'running').lastInsertRowid),
    finishRun: (id, outcome, at) => {
      updateRun.run({ id, at: at.toISOString(), status: outcome.status, articles: outcome.articles ?? null, stories: outcome.stories ?? null, error: outcome.error ?? null });
    },
    close: () => {
      db.close();
    },
  };
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
