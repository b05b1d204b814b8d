/**
 * Issue 7: messages per second importing the scale-1 mbox (100,000 messages) into a copy of the
 * scale-1 database, against merely splitting and parsing it with postal-mime (the parser notnow
 * uses). Targets: at least a third of the parse-only rate; peak memory under 300 MB.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandExists, NOTNOW, ROOT } from '../lib/notnow.mjs';
import { runMeasured } from '../lib/peak-rss.mjs';

const TARGET_SHARE = 1 / 3;
const TARGET_PEAK_MB = 300;

export default {
  id: 'import',
  title: 'Import (mbox, scale 1)',
  async run(ctx) {
    const data = await ctx.data(1, { mbox: true });
    const base = await runMeasured(process.execPath, [
      join(ROOT, 'bench', 'lib', 'parse-mbox.mjs'),
      data.mbox,
    ]);
    if (base.code !== 0) throw new Error(`the parse-only baseline failed: ${base.stderr.slice(0, 500)}`);
    const parsed = JSON.parse(base.stdout);
    const baseline = `${parsed.perSecond.toFixed(0)} msg/s parse-only`;
    const notes = [
      `Parse-only baseline: ${parsed.messages.toLocaleString('en')} messages (${(data.meta.mbox.bytes / 1e6).toFixed(0)} MB) ` +
        `in ${parsed.seconds.toFixed(1)} s, ${parsed.failures} failures, peak RSS ${base.peakRssMb.toFixed(0)} MB.`,
    ];
    if (!commandExists(['import', 'mbox'], /mbox/i)) {
      return {
        rows: [
          {
            name: 'import mbox: messages/s',
            baseline,
            target: '≥ ⅓ of parse-only',
            status: 'not available yet',
          },
          {
            name: 'import mbox: peak memory',
            baseline: `${base.peakRssMb.toFixed(0)} MB parse-only`,
            target: `< ${TARGET_PEAK_MB} MB`,
            status: 'not available yet',
          },
        ],
        notes: [...notes, '`notnow import mbox` does not exist yet: only the baseline was measured.'],
      };
    }
    const dir = mkdtempSync(join(tmpdir(), 'notnow-bench-import-'));
    try {
      const db = join(dir, 'notnow.db');
      copyFileSync(data.db, db);
      const r = await runMeasured(
        process.execPath,
        [NOTNOW, 'import', 'mbox', data.mbox, '--db', db, '--json'],
        {
          NOTNOW_TODAY: data.meta.today,
        },
      );
      if (r.code !== 0)
        throw new Error(`notnow import mbox failed (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
      const rate = parsed.messages / r.seconds;
      const share = rate / parsed.perSecond;
      return {
        rows: [
          {
            name: 'import mbox: messages/s',
            figure: `${rate.toFixed(0)} msg/s`,
            baseline,
            ratio: share,
            target: '≥ 0.33× parse-only',
            status: share >= TARGET_SHARE ? 'PASS' : 'MISS',
            note: `${r.seconds.toFixed(1)} s for ${parsed.messages.toLocaleString('en')} messages`,
          },
          {
            name: 'import mbox: peak memory',
            figure: `${r.peakRssMb.toFixed(0)} MB`,
            baseline: `${base.peakRssMb.toFixed(0)} MB parse-only`,
            ratio: r.peakRssMb / base.peakRssMb,
            target: `< ${TARGET_PEAK_MB} MB`,
            status: r.peakRssMb < TARGET_PEAK_MB ? 'PASS' : 'MISS',
          },
        ],
        notes: [
          ...notes,
          'Imported into a copy of the scale-1 database (its companies and people match the mail).',
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
