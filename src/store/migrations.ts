/**
 * The state store's schema, one migration per version, applied in order and never edited once
 * released: a user's database at version N is brought forward by running N+1, N+2, … The version
 * lives in SQLite's `user_version`.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the send log (at most one accepted message per briefing date and recipient) and run history.
  `CREATE TABLE send_log (
     date TEXT NOT NULL,
     recipient TEXT NOT NULL,
     message_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('accepted', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (date, recipient)
   );
   CREATE TABLE runs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     date TEXT NOT NULL,
     started_at TEXT NOT NULL,
     finished_at TEXT,
     status TEXT NOT NULL,
     articles INTEGER,
     stories INTEGER,
     error TEXT
   );`,
  // 2: memory between runs: the last good copy of each feed with its HTTP validators, every item
  // seen (first seen, and the briefing date that first showed it), and each source's health.
  `CREATE TABLE feed_cache (
     url TEXT PRIMARY KEY,
     etag TEXT,
     last_modified TEXT,
     content_type TEXT,
     body BLOB NOT NULL,
     fetched_at TEXT NOT NULL
   );
   CREATE TABLE items (
     fingerprint TEXT PRIMARY KEY,
     source TEXT NOT NULL,
     url TEXT,
     title TEXT,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL,
     sent_date TEXT
   );
   CREATE INDEX items_sent_date ON items (sent_date);
   CREATE TABLE source_health (
     name TEXT PRIMARY KEY,
     last_success TEXT,
     last_failure TEXT,
     consecutive_failures INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     last_new_item TEXT
   );`,
  // 3: the publication date of each source's newest item, as the source itself dates it (last_new_item
  // is when the run saw something new). A column added with a NULL default: older rows read as unknown.
  `ALTER TABLE source_health ADD COLUMN newest_item TEXT;`,
  // 4: the send log's 'unknown': the server had the whole message but never confirmed it, so it may
  // have arrived and is not sent again without --resend-unknown. SQLite cannot change a CHECK
  // constraint in place: the table is copied into a new one.
  `CREATE TABLE send_log_v4 (
     date TEXT NOT NULL,
     recipient TEXT NOT NULL,
     message_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('accepted', 'failed', 'unknown')),
     attempts INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (date, recipient)
   );
   INSERT INTO send_log_v4 (date, recipient, message_id, status, attempts, last_error, updated_at)
     SELECT date, recipient, message_id, status, attempts, last_error, updated_at FROM send_log;
   DROP TABLE send_log;
   ALTER TABLE send_log_v4 RENAME TO send_log;`,
];
