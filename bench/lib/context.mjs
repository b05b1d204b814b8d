/**
 * What every benchmark module is given: the data (generated on first use), a PostgreSQL server
 * (started on first use, stopped at the end), the time budget and the options of the run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, dataDir, generate, readMeta } from '../generate.mjs';
import { createDatabase, startPostgres } from './postgres.mjs';

const GENERATOR = join(BENCH_DIR, 'generate.mjs');

export function createContext(options, log) {
  const started = performance.now();
  let server = null;
  const pgDatabases = new Map();
  const ctx = {
    options,
    log,
    /** What this run had to generate, for the results file. */
    generated: [],
    elapsedSeconds: () => (performance.now() - started) / 1000,
    remainingSeconds: () => options.budgetMinutes * 60 - ctx.elapsedSeconds(),

    /** The scale's data folder and meta, generating what is missing. */
    async data(scale, { mbox = false } = {}) {
      const dir = dataDir(scale);
      let meta = readMeta(dir);
      // Scale 1 always gets its mbox (the import benchmark reads it), so it is generated only once.
      const withMbox = mbox || scale === 1;
      if (!meta || (withMbox && !meta.mbox)) {
        log(`generating the scale-${scale} data${withMbox ? ' and mbox' : ''}…`);
        const t0 = performance.now();
        // Its own process: a bigger young generation suits the millions of short-lived rows, and the
        // runner's memory stays small for the benchmarks that follow.
        const args = ['--max-semi-space-size=64', GENERATOR, '--scale', String(scale), '--out', dir];
        const r = spawnSync(process.execPath, withMbox ? args : [...args, '--no-mbox'], { stdio: 'inherit' });
        meta = readMeta(dir);
        if (r.status !== 0 || !meta) throw new Error(`generating the scale-${scale} data failed`);
        ctx.generated.push(
          `scale ${scale} (SQLite${withMbox ? ' + mbox' : ''}) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
        );
      }
      return { dir, db: join(dir, 'notnow.db'), mbox: join(dir, 'mail.mbox'), meta };
    },

    /** Seconds the scale's SQLite data would take to generate, from what scale 1 took (0 if it exists). */
    generationEstimate(scale) {
      if (readMeta(dataDir(scale))) return 0;
      const one = readMeta(dataDir(1));
      const perScale = one ? one.timings.records + one.timings.load : 30;
      // Larger scales cost more than linearly (garbage collection of millions of live rows): ×1.5.
      return perScale * scale * (scale > 1 ? 1.5 : 1);
    },

    /** A PostgreSQL database holding the scale's records, loaded by the generator. */
    async postgres(scale) {
      if (pgDatabases.has(scale)) return pgDatabases.get(scale);
      if (!server) {
        log('starting a throwaway PostgreSQL server…');
        server = await startPostgres();
      }
      const url = await createDatabase(server.url, `notnow_bench_${String(scale).replace('.', '_')}`);
      log(`loading the scale-${scale} records into PostgreSQL…`);
      const t0 = performance.now();
      const meta = await generate({ scale, postgres: url, mbox: false, log });
      ctx.generated.push(`scale ${scale} (PostgreSQL) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const db = { url, meta, version: server.version };
      pgDatabases.set(scale, db);
      return db;
    },

    close() {
      server?.stop();
    },
  };
  return ctx;
}
