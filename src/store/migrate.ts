import { type Kysely, sql } from 'kysely';
import { NotNowError } from '../core/errors.js';
import type { NamedMigration } from './migrations/index.js';
import type { Dialect } from './store.js';

/**
 * Our own small runner rather than Kysely's Migrator: Kysely runs SQLite migrations outside a
 * transaction (its SQLite adapter reports no transactional DDL), and we want every migration to
 * apply whole or not at all on both engines.
 */
const TABLE = 'schema_migrations';

export interface MigrationPlan {
  applied: string[];
  pending: string[];
}

export async function migrationPlan(
  db: Kysely<unknown>,
  where: string,
  migrations: readonly NamedMigration[],
): Promise<MigrationPlan> {
  const applied = await appliedMigrations(db);
  const known = new Set(migrations.map(([name]) => name));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new NotNowError(
      'database-too-new',
      `${where} was written by a newer notnow (schema ${unknown.at(-1)}); this notnow knows up to ` +
        `${migrations.at(-1)?.[0]}. Upgrade notnow to open it; nothing was changed.`,
    );
  }
  const pending = migrations.map(([name]) => name).filter((name) => !applied.includes(name));
  return { applied, pending };
}

/**
 * The names of the migrations applied so far. Read first, created only when missing: opening a
 * database whose schema is current stays a read (no write lock, no WAL frame; issue #7's cold start).
 */
async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const read = async () =>
    (await sql<{ name: string }>`select name from ${sql.table(TABLE)} order by name`.execute(db)).rows.map(
      (r) => r.name,
    );
  try {
    return await read();
  } catch {
    // A new database (or one notnow never opened). Any other problem shows again on the second read.
    await db.schema
      .createTable(TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    return read();
  }
}

export async function runMigrations(
  db: Kysely<unknown>,
  dialect: Dialect,
  migrations: readonly NamedMigration[],
  pending: string[],
  now: string,
) {
  for (const [name, migration] of migrations) {
    if (!pending.includes(name)) continue;
    await db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') {
        // Several notnow processes may start at once against one server: one migrates, the others wait.
        await sql`select pg_advisory_xact_lock(4545)`.execute(trx);
        const done = await sql`select 1 from ${sql.table(TABLE)} where name = ${name}`.execute(trx);
        if (done.rows.length > 0) return;
      }
      await migration.up(trx);
      await sql`insert into ${sql.table(TABLE)} (name, applied_at) values (${name}, ${now})`.execute(trx);
    });
  }
}
