/**
 * `npm run bench [-- --scales 0.1,1,5] [--runs 15] [--only cli,growth] [--budget-minutes 10]`
 *
 * Runs every benchmark (generating data on first use) and writes bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARKS } from './benchmarks/index.mjs';
import { BENCH_DIR, DEFAULT_SEED, dataDir, readMeta } from './generate.mjs';
import { numberList, parseArgs, positiveNumber } from './lib/args.mjs';
import { createContext } from './lib/context.mjs';
import { machine } from './lib/machine.mjs';
import { ROOT } from './lib/notnow.mjs';
import { renderResults } from './lib/report.mjs';

const options = parseArgs(process.argv.slice(2), {
  scales: { default: [0.1, 1, 5], parse: numberList, help: 'growth scales (default 0.1,1,5)' },
  runs: { default: 15, parse: positiveNumber, help: 'runs per CLI command (default 15)' },
  growthRuns: {
    default: 7,
    parse: positiveNumber,
    help: 'runs per command and scale in the growth benchmark',
  },
  apiDuration: { default: 10, parse: positiveNumber, help: 'seconds of load per endpoint' },
  importMessages: {
    // 10,000: what fits the time budget at today's import rate (about 370 messages/s at scale 1: all
    // 100,000 took 270 s, which the other benchmarks' 10 minutes leave no room for).
    default: 10000,
    parse: positiveNumber,
    help: 'messages of the mbox the import benchmark imports (its first N; all: 100000)',
  },
  budgetMinutes: { default: 10, parse: positiveNumber, help: 'skip optional scales that would not fit' },
  reserveSeconds: { default: 200, parse: positiveNumber, help: 'time kept for the benchmarks after growth' },
  only: {
    default: null,
    parse: (v) => v.split(','),
    help: `some of: ${BENCHMARKS.map((b) => b.id).join(',')}`,
  },
  out: { default: join(BENCH_DIR, 'RESULTS.md'), help: 'where to write the results' },
});

const log = (m) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ctx = createContext(options, log);
const startMachine = machine();
const sections = [];
const selected = BENCHMARKS.filter((b) => !options.only || options.only.includes(b.id));
try {
  for (const b of selected) {
    log(`${b.title}…`);
    const t0 = performance.now();
    try {
      const { rows, notes } = await b.run(ctx);
      sections.push({ title: b.title, rows, notes });
      for (const r of rows) log(`  ${r.name}: ${r.figure ?? ''} ${r.status}`);
    } catch (e) {
      log(`  failed: ${e.stack ?? e}`);
      sections.push({
        title: b.title,
        rows: [{ name: b.title, status: 'error', note: e.message }],
        notes: [],
      });
    }
    log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
} finally {
  ctx.close();
}

let git = 'unknown';
try {
  git = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: the results still stand.
}
const text = renderResults({
  machine: startMachine,
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  seconds: ctx.elapsedSeconds(),
  sections,
  git,
  seed: DEFAULT_SEED,
  options,
  data: readMeta(dataDir(1)),
  generated: ctx.generated,
});
writeFileSync(options.out, text);
log(`wrote ${options.out} in ${(ctx.elapsedSeconds() / 60).toFixed(1)} minutes`);
