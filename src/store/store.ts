import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import { NotNowError } from '../core/errors.js';
import { migrationPlan, runMigrations } from './migrate.js';
import { MIGRATIONS, type NamedMigration } from './migrations/index.js';
import type { Database } from './schema.js';
import { cachedStatements } from './sqlite-statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database> | Transaction<Database>;

export interface StoreTarget {
  /** A `postgres://` URL: the same code then runs on PostgreSQL. */
  databaseUrl?: string | null;
  /** The SQLite file, used when no database URL is given. */
  dbPath?: string;
  /**
   * SQLite: read pages through memory mapping. Worth it for a short command that reads much (a cold
   * `notnow agenda --json` spent a quarter of its query time copying pages); left off for a server or
   * a bulk import, whose resident memory would otherwise grow with every page of the file they touch
   * (an import of 10,000 messages: 285 MB → 419 MB).
   */
  mapPages?: boolean;
}

/** Where the data lives, for messages: a file path, or a URL with its password masked. */
export function describeTarget(target: StoreTarget): string {
  if (target.databaseUrl) {
    try {
      const url = new URL(target.databaseUrl);
      if (url.password) url.password = '***';
      return `the PostgreSQL database ${url.toString()}`;
    } catch {
      return 'the PostgreSQL database in DATABASE_URL';
    }
  }
  return `the database ${target.dbPath}`;
}

/** Mapped at most: a database of years of searching (the benchmark's scale 5 is 0.7 GB) fits. */
const MMAP_BYTES = 1024 * 1024 * 1024;

export class Store {
  private constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    readonly where: string,
    /** The backup written before this open migrated an existing SQLite file, if any. */
    readonly backupPath: string | null,
    /** SQLite: the data version read straight from the connection (see version.ts). */
    readonly sqliteVersion: (() => string) | null = null,
  ) {}

  /**
   * `now` is asked only when a migration runs (its record and the backup's name): a function spares
   * an opening that migrates nothing the clock's work (a pinned clock's instant needs a time-zone
   * formatter, ~40 ms at a cold start; issue #7).
   */
  static async open(
    target: StoreTarget,
    now: string | (() => string),
    migrations = MIGRATIONS,
  ): Promise<Store> {
    const where = describeTarget(target);
    if (target.databaseUrl) return Store.openPostgres(target.databaseUrl, where, now, migrations);
    if (!target.dbPath)
      throw new NotNowError('database-unavailable', 'No database path or DATABASE_URL given.');
    return Store.openSqlite(target.dbPath, where, now, migrations, target.mapPages ?? false);
  }

  private static async openSqlite(
    path: string,
    where: string,
    now: string | (() => string),
    migrations: readonly NamedMigration[],
    mapPages: boolean,
  ): Promise<Store> {
    let sqlite: BetterSqlite3.Database;
    try {
      if (existsSync(path) && statSync(path).isDirectory()) throw new Error('it is a folder, not a file');
      mkdirSync(dirname(path), { recursive: true });
      const nativeBinding = addonFile();
      sqlite = new BetterSqlite3(path, nativeBinding ? { nativeBinding } : {});
      // WAL is kept in the file: set once, then only read (setting it again takes a lock on the file).
      if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      // Another notnow (the web server) may be writing: wait for it rather than fail at once.
      sqlite.pragma('busy_timeout = 5000');
      // Pages read through memory mapping instead of one read() each: the agenda of the benchmark's
      // scale-1 data touches about 5,000 pages (issue #7). Writes still go through the WAL as before.
      if (mapPages) sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
      // SQLite's lower() folds ASCII only: searches fold names like "École" or "ZÜRICH" with this
      // (a function of its own, not an override of lower(), which the companies_name index uses).
      sqlite.function('fold_case', { deterministic: true }, (v: unknown) =>
        typeof v === 'string' ? v.toLowerCase() : v,
      );
    } catch (e) {
      if (/not a database|file is encrypted/i.test(reason(e))) throw asOpenError(e, where);
      throw new NotNowError(
        'database-unavailable',
        `Cannot open ${where}: ${reason(e)}. Check the path (--db or NOTNOW_DB) and its permissions.`,
      );
    }
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
      plugins: [new CamelCasePlugin()],
    });
    try {
      const plan = await migrationPlan(db as Kysely<unknown>, where, migrations);
      let backupPath: string | null = null;
      if (plan.pending.length > 0 && plan.applied.length > 0) {
        // Keep the file as it was before this notnow changes its schema (issue: nothing lost).
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        backupPath = `${path}.bak-${plan.applied.at(-1)}-${instant(now).replace(/[:.]/g, '')}`;
        copyFileSync(path, backupPath);
      }
      if (plan.pending.length > 0)
        await runMigrations(db as Kysely<unknown>, 'sqlite', migrations, plan.pending, instant(now));
      // Prepared statements on the connection itself: asked on every read, they must cost microseconds
      // (the pragma as a statement of its own, plucked, costs about two thirds of the same value read
      // through `pragma_data_version` in a subquery: 3.5 µs against 5.5 µs, and more under load).
      const changes = sqlite.prepare<[], number>('select total_changes()').pluck();
      const commits = sqlite.prepare<[], number>('pragma data_version').pluck();
      const version = () => `${changes.get()}:${commits.get()}`;
      return new Store(db, 'sqlite', where, backupPath, version);
    } catch (e) {
      await db.destroy();
      throw asOpenError(e, where);
    }
  }

  private static async openPostgres(
    url: string,
    where: string,
    now: string | (() => string),
    migrations: readonly NamedMigration[],
  ): Promise<Store> {
    // pg is loaded only for PostgreSQL: most users never set DATABASE_URL.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    try {
      const plan = await migrationPlan(db as Kysely<unknown>, where, migrations);
      if (plan.pending.length > 0)
        await runMigrations(db as Kysely<unknown>, 'postgres', migrations, plan.pending, instant(now));
      return new Store(db, 'postgres', where, null);
    } catch (e) {
      await db.destroy();
      throw asOpenError(e, where);
    }
  }

  /** Runs `fn` in one transaction: every command writes all of its changes or none. */
  tx<T>(fn: (db: Transaction<Database>) => Promise<T>): Promise<T> {
    if (this.joined) return fn(this.joined);
    return this.db.transaction().execute(fn);
  }

  /** Set on a store made by `within`: the transaction every `tx` of it joins. */
  private joined: Transaction<Database> | null = null;

  /**
   * This store as seen from inside one of its transactions: its `db` is the transaction, and a use
   * case's own `tx` joins it instead of beginning another, so the caller can still roll everything
   * back (a preview runs the real use case, then undoes it).
   */
  within(tx: Transaction<Database>): Store {
    const inner = new Store(tx, this.dialect, this.where, this.backupPath, this.sqliteVersion);
    inner.joined = tx;
    return inner;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Hands out `count` new ids from the one counter every table shares. */
export async function nextIds(db: Db, count = 1): Promise<number[]> {
  const row = await db
    .updateTable('idCounter')
    .set({ value: sql`value + ${count}` })
    .where('name', '=', 'id')
    .returning('value')
    .executeTakeFirstOrThrow();
  const last = Number(row.value);
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

export async function nextId(db: Db): Promise<number> {
  return (await nextIds(db, 1))[0]!;
}

let addon: string | null | undefined;

/**
 * better-sqlite3's compiled addon, named to the driver: left to find it, it loads the `bindings`
 * package, which reads a stack trace and tries a dozen paths (a few ms of every cold start; issue #7).
 * Where the file is elsewhere (another build layout), the driver finds it as usual.
 */
function addonFile(): string | undefined {
  if (addon === undefined) {
    try {
      const root = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
      const file = join(root, 'build', 'Release', 'better_sqlite3.node');
      addon = existsSync(file) ? file : null;
    } catch {
      addon = null;
    }
  }
  return addon ?? undefined;
}

function instant(now: string | (() => string)): string {
  return typeof now === 'string' ? now : now();
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function asOpenError(e: unknown, where: string): NotNowError {
  if (e instanceof NotNowError) return e;
  const message = reason(e);
  if (/not a database|file is encrypted/i.test(message)) {
    return new NotNowError(
      'database-unavailable',
      `Cannot open ${where}: it is not a notnow (SQLite) database.`,
    );
  }
  return new NotNowError('database-unavailable', `Cannot open ${where}: ${message}`);
}
