/**
 * Prepared statements kept for reuse. Kysely's SqliteDialect prepares every query it runs afresh; an
 * import runs the same few dozen statements tens of thousands of times, and preparing them was 7 % of
 * its CPU (bench, 10,000 messages: 60,000 prepares, 2.8 s). A small LRU keyed by the SQL text hands
 * back the statement already compiled; SQLite itself re-prepares one whose schema changed.
 */
import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';

/** What Kysely's SqliteDialect needs of a database (its `SqliteDatabase`). */
export interface PreparingDatabase {
  prepare(sql: string): Statement;
  close(): void;
}

/**
 * Enough for every statement an import or a refresh repeats; queries whose text grows with a list
 * (`in (?, ?, …)`) come in a few lengths and take the rest. Bench, 10,000 messages: ~90 distinct texts.
 */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * Longer SQL is not kept: such texts come from long lists (`in (?, ?, …)` of a batch's ids), whose
 * lengths rarely repeat, and their compiled programs are large (keeping them grew an import's RSS by
 * ~30 MB over 10,000 messages).
 */
export const CACHED_SQL_MAX_LENGTH = 2000;

export function cachedStatements(
  database: BetterSqlite3Database,
  size = STATEMENT_CACHE_SIZE,
  maxLength = CACHED_SQL_MAX_LENGTH,
): PreparingDatabase & { readonly size: number } {
  // A Map keeps insertion order: the first key is the least recently used.
  const cache = new Map<string, Statement>();
  return {
    prepare(sql: string): Statement {
      if (sql.length > maxLength) return database.prepare(sql);
      const cached = cache.get(sql);
      // A statement still being iterated (a streamed query) cannot run twice at once: prepare another.
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      }
      return statement;
    },
    close(): void {
      cache.clear();
      database.close();
    },
    get size() {
      return cache.size;
    },
  };
}
