/**
 * Loads generated records into a PostgreSQL database: Store.open migrates it, then each table goes
 * in with `insert … select * from unnest(…)` (one array parameter per column, so 20,000 rows cost one
 * round trip), all in one transaction, followed by ANALYZE as autovacuum would do on a live server.
 */
import pg from 'pg';
import { Store } from '../../dist/store/store.js';
import { TABLES } from './tables.mjs';

const CHUNK = 20_000;

export async function loadPostgres(url, { tables, maxId }, now, { replace = false } = {}) {
  const store = await Store.open({ databaseUrl: url }, now);
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const names = TABLES.map((t) => t.name);
    if (replace) {
      await client.query(`truncate ${names.join(', ')} cascade`);
    } else {
      const { rows } = await client.query(
        'select (select count(*) from companies) + (select count(*) from people) as n',
      );
      if (Number(rows[0].n) > 0) {
        throw new Error(`the database at ${mask(url)} already holds data; pass --replace to empty it first`);
      }
    }
    // As for SQLite: build the plain indexes once after the inserts, from their own definitions.
    const { rows: indexes } = await client.query(
      `select indexname, indexdef from pg_indexes where schemaname = current_schema()
         and indexname not in (select conname from pg_constraint)`,
    );
    await client.query(`set local maintenance_work_mem = '256MB'`);
    // The generated rows are consistent by construction; skipping the per-row foreign-key triggers
    // (superusers only, so a throwaway server) makes the 400,000 touches load several times faster.
    await client.query('savepoint fk');
    try {
      await client.query('set local session_replication_role = replica');
    } catch {
      await client.query('rollback to savepoint fk');
    }
    for (const { indexname } of indexes) await client.query(`drop index ${indexname}`);
    for (const { name, columns } of TABLES) {
      const rows = tables[name];
      const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
      const text = `insert into ${name} (${columns.map((c) => c.name).join(', ')}) select * from unnest(${params})`;
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await client.query(
          text,
          columns.map((_, j) => chunk.map((r) => r[j])),
        );
      }
    }
    await client.query(`update id_counter set value = $1 where name = 'id'`, [maxId]);
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query('commit');
    await client.query('analyze');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

export function mask(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given URL';
  }
}
