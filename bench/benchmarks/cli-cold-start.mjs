/**
 * Issue 7: a cold `notnow <command> --json` on the scale-1 database, median wall time against a bare
 * `node -e ''` in the same run. Target: at most 1.6× the floor.
 */
import { measureCli, ms } from '../lib/cli-bench.mjs';

export const TARGET_RATIO = 1.6;

/** Rows for one engine's CLI measurement (shared with the PostgreSQL benchmark). */
export function cliRows({ floor, byTarget }, where) {
  return Object.values(byTarget)[0].map((c) => {
    if (!c.available) {
      return {
        name: `\`${c.name}\` (${where})`,
        status: 'not available yet',
        target: `≤ ${TARGET_RATIO}× floor`,
      };
    }
    const ratio = c.median / floor;
    return {
      name: `\`${c.name}\` (${where})`,
      figure: ms(c.median),
      baseline: `${ms(floor)} (node -e '')`,
      ratio,
      target: `≤ ${TARGET_RATIO}× floor`,
      status: ratio <= TARGET_RATIO ? 'PASS' : 'MISS',
      note: c.count === null ? '' : `${c.count.toLocaleString('en')} items in the output`,
    };
  });
}

export default {
  id: 'cli',
  title: 'CLI cold start (SQLite, scale 1)',
  async run(ctx) {
    const data = await ctx.data(1);
    const result = measureCli({
      targets: [{ key: 'sqlite', args: ['--db', data.db], env: { NOTNOW_TODAY: data.meta.today } }],
      runs: ctx.options.runs,
    });
    return {
      rows: cliRows(result, 'SQLite'),
      notes: [`Median of ${ctx.options.runs} runs each, interleaved with the floor; stdout to /dev/null.`],
    };
  },
};
