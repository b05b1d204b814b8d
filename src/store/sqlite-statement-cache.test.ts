import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cachedStatements } from './sqlite-statement-cache.js';

function memory() {
  const db = new BetterSqlite3(':memory:');
  db.exec('create table t (id integer primary key, name text)');
  db.exec("insert into t (name) values ('a'), ('b'), ('c')");
  return db;
}

describe('the prepared-statement cache', () => {
  it('hands back the statement already prepared for the same SQL', () => {
    const cache = cachedStatements(memory());
    const a = cache.prepare('select * from t where id = ?');
    expect(cache.prepare('select * from t where id = ?')).toBe(a);
    expect(cache.prepare('select * from t where id = ?').get(2)).toEqual({ id: 2, name: 'b' });
    expect(cache.prepare('select name from t where id = ?')).not.toBe(a);
    cache.close();
  });

  it('forgets the least recently used statement past its size', () => {
    const cache = cachedStatements(memory(), 2);
    const one = cache.prepare('select 1');
    const two = cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(one);
    cache.prepare('select 3');
    expect(cache.size).toBe(2);
    expect(cache.prepare('select 1')).toBe(one);
    expect(cache.prepare('select 2')).not.toBe(two);
    cache.close();
  });

  it('does not keep long SQL (long lists of ids)', () => {
    const cache = cachedStatements(memory(), 10, 30);
    const long = `select * from t where id in (${Array(20).fill('?').join(', ')})`;
    const first = cache.prepare(long);
    expect(cache.prepare(long)).not.toBe(first);
    expect(cache.size).toBe(0);
    cache.close();
  });

  it('prepares a second statement while the first is still being iterated', () => {
    const cache = cachedStatements(memory());
    const text = 'select name from t order by id';
    const names: string[] = [];
    for (const row of cache.prepare(text).iterate() as Iterable<{ name: string }>) {
      names.push(row.name, ...(cache.prepare(text).all() as { name: string }[]).map((r) => r.name));
    }
    expect(names).toEqual(['a', 'a', 'b', 'c', 'b', 'a', 'b', 'c', 'c', 'a', 'b', 'c']);
    cache.close();
  });

  it('serves Kysely, across a schema change and a stream left early', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: cachedStatements(memory()) }),
    });
    const all = () => db.selectFrom('t').selectAll().orderBy('id').execute();
    expect(await all()).toHaveLength(3);
    await sql`alter table t add column extra text default 'x'`.execute(db);
    expect((await all())[0]).toEqual({ id: 1, name: 'a', extra: 'x' });
    // A stream left early must leave its statement free for the next run of the same SQL.
    const query = () => db.selectFrom('t').select('name').orderBy('id');
    for await (const row of query().stream()) {
      expect(row.name).toBe('a');
      break;
    }
    expect((await query().execute()).map((r) => r.name)).toEqual(['a', 'b', 'c']);
    await db.destroy();
  });
});
