import { existsSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { FeedCache } from '../collect/feedCache.js';
import { describeError } from '../errors.js';
import { ensureWritableFolder } from '../machine/ensureWritableFolder.js';
import { toEnvironmentError } from '../machine/toEnvironmentError.js';
import { createFeedCacheStore } from './feedCacheStore.js';
import { createHistoryStore, type HistoryStore } from './historyStore.js';
import { isDamaged } from './isDamaged.js';
import { moveAsideDamaged } from './moveAsideDamaged.js';
import { closeDatabase, openDatabase } from './openDatabase.js';

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
  /**
   * What the next briefing should tell about the store: that a damaged state.db was moved aside
   * and a fresh one started, by this opening or an earlier one in this process.
   */
  notices(): string[];
  /** The notices returned so far are in an archived briefing: they are not returned again. */
  markNoticesReported(): void;
  close(): void;
}

export interface StoreOptions {
  /** Read what earlier runs remembered and write nothing (a dry run); a damaged file is left for the next run and read as empty. */
  readonly?: boolean;
  /**
   * Called once, with a one-line message, when a write fails because of the machine (a full disk,
   * a read-only file): that write and any later failing one are skipped and the caller goes on,
   * since the store is a cache and the archive the record. Without it such a write throws
   * EnvironmentError.
   */
  onWriteFailure?: (message: string) => void;
}

/** Notices of stores started afresh in this process, by file, until a briefing carries them. */
const unreported = new Map<string, string[]>();

/**
 * Opens (creating it if needed) `state.db` in the state folder: SQLite in WAL mode, so a reader is
 * never blocked and a killed run leaves the last committed state intact; migrations brought up to
 * date on open. A damaged file, found on opening or by any later query, is moved aside and
 * replaced by a fresh store (see notices): the run goes on with an empty memory rather than stop.
 * A folder or file the machine cannot write throws EnvironmentError.
 */
export function openStore(stateDir: string, options: StoreOptions = {}): Store {
  const file = path.resolve(stateDir, 'state.db');
  const readonly = options.readonly ?? false;
  if (!readonly) ensureWritableFolder(path.dirname(file), 'the state folder');
  // A read-only store's notice is for this run only: the file stays for the next run to move aside.
  const ownNotices: string[] = [];
  let returned: string[] = [];
  let writeFailed = false;

  const startAfresh = (damage: unknown): Connection => {
    const cause = describeError(damage);
    if (readonly) {
      ownNotices.push(`the state store ${file} is damaged (${cause}): this run reads nothing from it; the next run moves it aside and starts a fresh one`);
      return connect(openDatabase(':memory:', { readonly: false }));
    }
    const aside = moveAsideDamaged(file, new Date());
    const notices = unreported.get(file) ?? [];
    notices.push(
      `the state store ${file} was damaged (${cause}): it was moved aside to ${aside} and a fresh one started, so the items seen, source health and send log of earlier runs are forgotten (the archive is untouched)`,
    );
    unreported.set(file, notices);
    try {
      return connect(openDatabase(file, { readonly: false }));
    } catch (error) {
      throw toEnvironmentError(error, `start a fresh state store ${file}`, file) ?? error;
    }
  };
  let current: Connection;
  try {
    current = connect(openDatabase(file, { readonly }));
  } catch (error) {
    if (!isDamaged(error)) throw toEnvironmentError(error, `open the state store ${file}`, file) ?? error;
    current = startAfresh(error);
  }

  /**
   * Runs one use of the store. Damage found by it: the store starts afresh and the use runs again
   * there, once. A write the machine refuses is skipped (returning `skipped`) when the caller said
   * how to report it.
   */
  const use = <T>(kind: 'read' | 'write', call: (statements: Statements) => T, skipped: T): T => {
    for (let attempt = 0; ; attempt++) {
      try {
        return call(current.statements);
      } catch (error) {
        if (isDamaged(error) && attempt === 0) {
          try {
            current.db.close();
          } catch {
            // It is moved aside anyway.
          }
          current = startAfresh(error);
          continue;
        }
        const failure = toEnvironmentError(error, `${kind} the state store ${file}`, file);
        if (failure === undefined || kind === 'read' || options.onWriteFailure === undefined) throw failure ?? error;
        if (!writeFailed) options.onWriteFailure(`${failure.message}; what this run learned may not be remembered`);
        writeFailed = true;
        return skipped;
      }
    }
  };
  const read = <T>(call: (statements: Statements) => T): T => use('read', call, undefined as T);
  const write = <T>(call: (statements: Statements) => T, skipped: T): T => use('write', call, skipped);

  return {
    file,
    feedCache: {
      get: (url) => read((s) => s.feedCache.get(url)),
      put: (url, entry) => {
        write((s) => { s.feedCache.put(url, entry); }, undefined);
      },
      delete: (url) => {
        write((s) => { s.feedCache.delete(url); }, undefined);
      },
    },
    history: {
      items: (fingerprints) => read((s) => s.history.items(fingerprints)),
      recordItems: (date, sightings, at) => {
        write((s) => { s.history.recordItems(date, sightings, at); }, undefined);
      },
      health: () => read((s) => s.history.health()),
      recordHealth: (name, outcome, at) => {
        write((s) => { s.history.recordHealth(name, outcome, at); }, undefined);
      },
      recordHealthOfRun: (outcomes, at) => {
        write((s) => { s.history.recordHealthOfRun(outcomes, at); }, undefined);
      },
    },
    sendLog: (date) => read((s) => s.sendLog(date)),
    recordSend: (date, record, at) => {
      write((s) => { s.recordSend(date, record, at); }, undefined);
    },
    startRun: (date, at) => write((s) => s.startRun(date, at), 0),
    finishRun: (id, outcome, at) => {
      write((s) => { s.finishRun(id, outcome, at); }, undefined);
    },
    lastRun: (status) => read((s) => s.lastRun(status)),
    closeUnfinishedRuns: (error, at) => write((s) => s.closeUnfinishedRuns(error, at), 0),
    notices: () => {
      returned = [...(unreported.get(file) ?? [])];
      return [...returned, ...ownNotices];
    },
    markNoticesReported: () => {
      const left = (unreported.get(file) ?? []).filter((notice) => !returned.includes(notice));
      if (left.length > 0) unreported.set(file, left);
      else unreported.delete(file);
      returned = [];
    },
    close: () => {
      closeDatabase(current.db);
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

interface Connection {
  db: Database.Database;
  statements: Statements;
}

type Statements = Pick<Store, 'feedCache' | 'history' | 'sendLog' | 'recordSend' | 'startRun' | 'finishRun' | 'lastRun' | 'closeUnfinishedRuns'>;

/** Prepares every statement of the store on one database. */
function connect(db: Database.Database): Connection {
  try {
    return { db, statements: prepare(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}

function prepare(db: Database.Database): Statements {
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
  };
}
