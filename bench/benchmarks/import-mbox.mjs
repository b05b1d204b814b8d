/**
 * Issue 7: messages per second importing the scale-1 mbox (100,000 messages) into a copy of the
 * scale-1 database, against merely splitting and parsing it with postal-mime (the parser notnow
 * uses). Targets: at least a third of the parse-only rate; peak memory under 300 MB.
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandExists, NOTNOW, ROOT } from '../lib/notnow.mjs';
import { runMeasured } from '../lib/peak-rss.mjs';

const TARGET_SHARE = 1 / 3;

/**
 * The first `count` messages of an mbox, written to `dir` (the whole file when it holds no more).
 * A message starts at a `From ` line after a blank line, as bench/lib/mbox-split.mjs reads them.
 */
function mboxPrefix(path, count, dir) {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 24);
    let carry = Buffer.alloc(0);
    let offset = 0;
    let seen = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, offset);
      if (n === 0) return { path, count: null };
      const buf = Buffer.concat([carry, chunk.subarray(0, n)]);
      const base = offset - carry.length;
      let i = -1;
      for (;;) {
        i = buf.indexOf('\n\nFrom ', i + 1);
        if (i < 0) break;
        if (++seen === count) {
          const out = join(dir, `first-${count}.mbox`);
          const head = Buffer.alloc(base + i + 1);
          readSync(fd, head, 0, head.length, 0);
          writeFileSync(out, head);
          return { path: out, count };
        }
      }
      carry = buf.subarray(Math.max(0, buf.length - 8));
      offset += n;
      seen -= countIn(carry);
    }
  } finally {
    closeSync(fd);
  }
}

/** Boundaries inside the bytes carried over, which the next pass will count again. */
function countIn(buf) {
  let k = 0;
  for (let i = buf.indexOf('\n\nFrom '); i >= 0; i = buf.indexOf('\n\nFrom ', i + 1)) k++;
  return k;
}
const TARGET_PEAK_MB = 300;

export default {
  id: 'import',
  title: 'Import (mbox, scale 1)',
  async run(ctx) {
    const data = await ctx.data(1, { mbox: true });
    const dir = mkdtempSync(join(tmpdir(), 'notnow-bench-import-'));
    try {
      return await measure(ctx, data, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function measure(ctx, data, dir) {
  const slice =
    ctx.options.importMessages < data.meta.mbox.count
      ? mboxPrefix(data.mbox, ctx.options.importMessages, dir)
      : { path: data.mbox, count: null };
  const mbox = slice.path;
  const base = await runMeasured(process.execPath, [join(ROOT, 'bench', 'lib', 'parse-mbox.mjs'), mbox]);
  if (base.code !== 0) throw new Error(`the parse-only baseline failed: ${base.stderr.slice(0, 500)}`);
  const parsed = JSON.parse(base.stdout);
  const baseline = `${parsed.perSecond.toFixed(0)} msg/s parse-only`;
  const notes = [
    `Parse-only baseline: ${parsed.messages.toLocaleString('en')} messages ` +
      `in ${parsed.seconds.toFixed(1)} s, ${parsed.failures} failures, peak RSS ${base.peakRssMb.toFixed(0)} MB.`,
    ...(slice.count === null
      ? []
      : [
          `Both on the first ${slice.count.toLocaleString('en')} of the ${data.meta.mbox.count.toLocaleString('en')} ` +
            'messages (`--import-messages N`), so the benchmark fits its time budget; peak memory over the ' +
            'whole mbox may be higher.',
        ]),
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
  {
    const db = join(dir, 'notnow.db');
    copyFileSync(data.db, db);
    const r = await runMeasured(process.execPath, [NOTNOW, 'import', 'mbox', mbox, '--db', db, '--json'], {
      NOTNOW_TODAY: data.meta.today,
    });
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
        outcome(r.stdout),
      ],
    };
  }
}

/** What the import did with the messages, from its JSON output (one object per line, or one report). */
function outcome(stdout) {
  const counts = {};
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line);
      const items = Array.isArray(value?.items) ? value.items : [value];
      for (const item of items) if (item?.status) counts[item.status] = (counts[item.status] ?? 0) + 1;
    } catch {
      // Not JSON: a progress line.
    }
  }
  const parts = Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`);
  return parts.length > 0 ? `Outcome: ${parts.join(', ')}.` : 'The import printed no JSON outcome.';
}
