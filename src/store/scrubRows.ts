import type Database from 'better-sqlite3';

/**
 * Runs `change` in one transaction with SQLite's secure_delete on, so that the text it replaces or
 * deletes is overwritten with zeros instead of lingering in free pages of the file; the setting is
 * put back afterwards, as it slows every later delete. For clean-ups that can wait: when the store
 * cannot be written now (a full disk, a damaged file that its next use reports), nothing is changed
 * and a later opening tries again.
 */
export function scrubRows(db: Database.Database, change: () => void): void {
  try {
    const previous = db.pragma('secure_delete', { simple: true }) as number;
    db.pragma('secure_delete = ON');
    try {
      db.transaction(change)();
    } finally {
      db.pragma(`secure_delete = ${previous}`);
    }
  } catch {
    // Left for the next opening, as said above.
  }
}
