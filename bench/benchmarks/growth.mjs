/**
 * Issue 7: the same commands at several scales (0.1, 1, 5 by default). The time a command spends
 * above the bare-Node floor should grow far slower than the data: fitting time ∝ data^k between the
 * smallest and largest scale measured, the target is k ≤ 0.5 (an index lookup gives k ≈ 0, a full
 * scan or a full listing k ≈ 1).
 */
import { measureCli, ms } from '../lib/cli-bench.mjs';

export const TARGET_EXPONENT = 0.5;
const target = `k ≤ ${TARGET_EXPONENT}`;

export default {
  id: 'growth',
  title: 'Growth with the data (SQLite)',
  async run(ctx) {
    const notes = [];
    const scales = [];
    for (const scale of ctx.options.scales) {
      const estimate = ctx.generationEstimate(scale);
      if (estimate > 0 && estimate > ctx.remainingSeconds() - ctx.options.reserveSeconds) {
        notes.push(
          `Scale ${scale} skipped: generating it (about ${estimate.toFixed(0)} s) does not fit the time budget; ` +
            `run \`npm run bench:data -- --scale ${scale} --no-mbox\` first, or \`npm run bench -- --budget-minutes 20\`.`,
        );
        continue;
      }
      const data = await ctx.data(scale);
      scales.push({ scale, data, size: data.meta.counts.touches + data.meta.counts.steps });
    }
    // Every scale in one interleaved rotation: noise on a shared machine then hits all scales alike.
    const { floor, byTarget } = measureCli({
      targets: scales.map(({ scale, data }) => ({
        key: String(scale),
        args: ['--db', data.db],
        env: { NOTNOW_TODAY: data.meta.today },
      })),
      runs: ctx.options.growthRuns,
    });
    const rows = [];
    const names = scales.length > 0 ? byTarget[String(scales[0].scale)].map((c) => c.name) : [];
    for (const name of names) {
      const per = scales.map((m) => ({ ...m, c: byTarget[String(m.scale)].find((c) => c.name === name) }));
      if (!per[0].c.available) {
        rows.push({ name: `\`${name}\``, status: 'not available yet', target });
        continue;
      }
      const figure = per.map((p) => `${p.scale}: ${ms(p.c.median)}`).join(' · ');
      const baseline = `${ms(floor)} (node -e '')`;
      if (per.length < 2) {
        rows.push({ name: `\`${name}\``, figure, baseline, target, status: 'skipped' });
        continue;
      }
      const first = per[0];
      const last = per[per.length - 1];
      // Time above the floor, never below 1 ms so that a command as quick as the floor does not divide by ~0.
      const work = (p) => Math.max(1, p.c.median - floor);
      const dataGrowth = last.size / first.size;
      const timeGrowth = work(last) / work(first);
      const k = Math.log(timeGrowth) / Math.log(dataGrowth);
      rows.push({
        name: `\`${name}\``,
        figure,
        baseline,
        ratio: k,
        ratioText: `k = ${k.toFixed(2)}`,
        target,
        status: k <= TARGET_EXPONENT ? 'PASS' : 'MISS',
        note:
          `data ×${dataGrowth.toFixed(0)}, time above the floor ×${timeGrowth.toFixed(1)}; ` +
          `items: ${per.map((p) => p.c.count?.toLocaleString('en') ?? '?').join(' / ')}`,
      });
    }
    notes.push(
      `Scales measured: ${scales.map((m) => m.scale).join(', ') || 'none'}, interleaved in one rotation with the floor; ` +
        `median of ${ctx.options.growthRuns} runs each. k fits time above the floor ∝ (touches + steps)^k ` +
        'between the smallest and largest scale. While a command is mostly fixed start-up cost (see the ' +
        'profile above), k stays small whatever its queries do; it becomes telling once start-up is fast.',
    );
    return { rows, notes };
  },
};
