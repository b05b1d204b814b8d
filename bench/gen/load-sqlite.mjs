/**
 * Writes generated records into a new SQLite file: the product's own Store.open creates the schema
 * (so the file is exactly what notnow would make), then one transaction of prepared inserts fills it.
 */
import { renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Store } from '../../dist/store/store.js';
import { TABLES } from './tables.mjs';

export async function loadSqlite(path, { tables, maxId }, now) {
  const tmp = `${path}.partial`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const store = await Store.open({ dbPath: tmp }, now);
  await store.close();
  const db = new BetterSqlite3(tmp);
  // A throwaway file being filled: no journal, no syncs, a big page cache; WAL (as notnow sets it)
  // is switched back on at the end.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // Building each index once after the inserts is several times faster than keeping it up to date
  // row by row; the indexes are recreated from their own SQL, so the schema ends up identical.
  const indexes = db
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null`)
    .all();
  db.transaction(() => {
    for (const { name } of indexes) db.exec(`drop index ${name}`);
    for (const { name, columns } of TABLES) {
      const insert = db.prepare(
        `insert into ${name} (${columns.map((c) => c.name).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of tables[name]) insert.run(...row);
    }
    db.prepare(`update id_counter set value = ? where name = 'id'`).run(maxId);
    for (const { sql } of indexes) db.exec(sql);
  })();
  db.pragma('journal_mode = WAL');
  db.close();
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, path);
}
