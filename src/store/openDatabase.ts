import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

/**
 * Files this process closed, and how they looked then: one opened again unchanged needs no second
 * check: a run opens the store three times, and a check reads the whole file.
 */
const soundWhenClosed = new Map<string, string>();

/**
 * Opens a state database, in WAL mode with its migrations applied unless read-only, and makes sure
 * it is sound: SQLite's quick_check reads every page, so a truncated file, a garbage header or one
 * bad page is found now, when the run can start afresh, rather than by whichever query first
 * touches the damage. Throws SQLite's errors as they are; damage is recognised by isDamaged.
 */
export function openDatabase(file: string, options: { readonly: boolean }): Database.Database {
  // Looked at before opening: an open database in WAL mode has a -wal beside it.
  const look = lookOf(file);
  const checked = look !== undefined && soundWhenClosed.get(file) === look;
  const db = options.readonly ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    if (!checked) verify(db);
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes a database that was in use without trouble, remembering it as sound. */
export function closeDatabase(db: Database.Database): void {
  const file = db.name;
  db.close();
  const look = lookOf(file);
  if (look !== undefined) soundWhenClosed.set(file, look);
}

function verify(db: Database.Database): void {
  const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  const result = rows[0]?.quick_check ?? 'ok';
  if (result === 'ok') return;
  // "*** in database main ***\nTree 5 page 51: btreeInitPage() returns error code 11": the last line says what.
  const problem = result.split('\n').filter((line) => line.trim() !== '').at(-1) ?? result;
  throw Object.assign(new Error(`database disk image is malformed (${problem})`), { code: 'SQLITE_CORRUPT' });
}

/** Identity, size and time of a closed database; undefined while a WAL beside it may still change it. */
function lookOf(file: string): string | undefined {
  if (file === ':memory:' || existsSync(`${file}-wal`)) return undefined;
  try {
    const stats = statSync(file);
    return `${stats.ino}:${stats.size}:${Math.floor(stats.mtimeMs)}`;
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
