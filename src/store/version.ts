import { sql } from 'kysely';
import type { Store } from './store.js';

/**
 * A value that changes whenever anything is written to the database, by this process or another, so
 * that what was read at one value can be served again while it holds. Null when the engine cannot say.
 *
 * SQLite: the rows this connection changed (`total_changes()`) and the commits of other connections
 * (`data_version`).
 *
 * PostgreSQL: the server's transaction snapshot (`xmin:xmax:in-progress ids`). A transaction gets an id
 * with its first write, which moves `xmax`; it stays in the in-progress list until it commits or rolls
 * back, which changes the list (or `xmin`). So no write becomes visible without the value changing,
 * while reads, vacuum, checkpoints and hint-bit writes leave it alone (the write-ahead log's position,
 * used before, moved with all of those, and the cache missed under load).
 */
export async function dataVersion(store: Store): Promise<string | null> {
  if (store.sqliteVersion) {
    try {
      return store.sqliteVersion();
    } catch {
      return null;
    }
  }
  let probe = probes.get(store);
  if (!probe) {
    probe = sharedProbe(async () => {
      try {
        const r = await sql<{ v: string }>`select txid_current_snapshot()::text as v`.execute(store.db);
        return r.rows[0]?.v ?? null;
      } catch {
        return null;
      }
    });
    probes.set(store, probe);
  }
  return probe();
}

const probes = new WeakMap<Store, () => Promise<string | null>>();

/**
 * One query in flight for every caller at a time. A caller that arrives while a probe is under way
 * waits for the next one, which starts after it arrived: a probe begun earlier might not see a write
 * that was committed before the caller asked, and then an answer from before that write would be served.
 * Under 32 concurrent requests this is one round trip per round, not 32 queued on the pool.
 */
export function sharedProbe<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const launch = (): Promise<T> => {
    next = null;
    const p: Promise<T> = run().finally(() => {
      if (current === p) current = null;
    });
    current = p;
    return p;
  };
  return () => {
    if (!current) return launch();
    next ??= current.then(launch, launch);
    return next;
  };
}
