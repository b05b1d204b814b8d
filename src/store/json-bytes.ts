/**
 * JSON written by the database for output that is JSON anyway (`notnow list applications --json`,
 * `notnow agenda --json`), handed over as its UTF-8 bytes. SQLite gives them as a blob (`cast(… as
 * blob)`), which goes to stdout as it is; read as text, the same megabytes were decoded into a
 * JavaScript string and encoded back to UTF-8 on the way out (on the benchmark's 2.9 MB list of
 * 10,000 applications: ~30 ms as text, ~25 ms as bytes, and less garbage to collect in a short command).
 */
export type JsonBytes = Uint8Array;

/** The bytes of what the driver gave: a blob (SQLite) as it is, text (PostgreSQL) encoded once. */
export function jsonBytes(value: string | Uint8Array): JsonBytes {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/** The JSON text of those bytes (for tests and for indenting at a terminal). */
export function jsonText(bytes: JsonBytes): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
