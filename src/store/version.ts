import { sql } from 'kysely';
import type { Store } from './store.js';

/**
 * A value that changes whenever anything is written to the database, by this process or another, so
 * that what was read at one value can be served again while it holds. SQLite: the rows this
 * connection changed (`total_changes()`) and the commits of other connections (`data_version`).
 * PostgreSQL: where the write-ahead log is being inserted, which every write moves at once (so does other
 * work on the server now and then: that only costs a fresh read). Null when the engine cannot say.
 */
export async function dataVersion(store: Store): Promise<string | null> {
  try {
    if (store.sqliteVersion) return store.sqliteVersion();
    const r = await sql<{ v: string }>`select pg_current_wal_insert_lsn()::text as v`.execute(store.db);
    return r.rows[0]?.v ?? null;
  } catch {
    return null;
  }
}
