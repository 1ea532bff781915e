import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readSendLog, writeSendLog } from '../../src/deliver/sendLog.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/openStore.js';
import { useTempDirs } from '../helpers/tempDir.js';

describe('the send log', () => {
  const tempDir = useTempDirs();

  it('keeps what a store from before "unknown" logged, and records "unknown" from then on', async () => {
    const dir = await tempDir();
    const old = new Database(path.join(dir, 'state.db'));
    for (const migration of MIGRATIONS.slice(0, 3)) old.exec(migration);
    old.pragma('user_version = 3');
    old.prepare("INSERT INTO send_log VALUES ('2026-11-23', 'Ana@example.org', '<m1@example.org>', 'accepted', 1, NULL, '2026-11-23T07:00:00Z')").run();
    old.close();

    const store = openStore(dir);
    try {
      writeSendLog(store, '2026-11-23', { recipient: 'bo@example.org', messageId: '<m2@example.org>', status: 'unknown', attempts: 1, lastError: 'no reply' }, new Date());
      const log = readSendLog(store, '2026-11-23');
      expect(log.get('ana@example.org')).toMatchObject({ status: 'accepted', messageId: '<m1@example.org>' });
      expect(log.get('bo@example.org')).toMatchObject({ status: 'unknown', lastError: 'no reply' });
    } finally {
      store.close();
    }
  });
});
