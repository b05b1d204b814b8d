/** Issue 7: the CLI benchmark again, on a PostgreSQL database the generator loaded (scale 1). */
import { measureCli } from '../lib/cli-bench.mjs';
import { findPostgresBin } from '../lib/postgres.mjs';
import { cliRows } from './cli-cold-start.mjs';

export default {
  id: 'postgres',
  title: 'CLI cold start (PostgreSQL, scale 1)',
  async run(ctx) {
    if (!findPostgresBin()) {
      return {
        rows: [{ name: 'PostgreSQL CLI', status: 'skipped' }],
        notes: ['No PostgreSQL server binaries.'],
      };
    }
    const started = performance.now();
    const db = await ctx.postgres(1);
    const loadSeconds = (performance.now() - started) / 1000;
    const result = measureCli({
      targets: [{ key: 'postgres', args: [], env: { DATABASE_URL: db.url, NOTNOW_TODAY: db.meta.today } }],
      runs: ctx.options.runs,
    });
    return {
      rows: cliRows(result, `PostgreSQL ${db.version}`),
      notes: [
        `A throwaway PostgreSQL ${db.version} server on 127.0.0.1 (fsync on), loaded by the generator in ` +
          `${loadSeconds.toFixed(0)} s, analyzed; median of ${ctx.options.runs} runs each.`,
      ],
    };
  },
};
