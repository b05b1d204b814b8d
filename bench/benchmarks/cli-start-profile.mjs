/**
 * Not a target: where a CLI start goes. Each module is imported alone in a fresh Node process and
 * the import timed from inside (median of several runs), so the integrator sees which dependency
 * costs what before any command runs (candidates for lazy imports or a bundled CLI).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../lib/measure.mjs';
import { ROOT } from '../lib/notnow.mjs';

const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const MODULES = [
  ['commander', 'commander'],
  ['zod', 'zod'],
  ['kysely', 'kysely'],
  ['better-sqlite3', 'better-sqlite3'],
  ['pg', 'pg'],
  ['chrono-node', 'chrono-node'],
  ['dist/config/config.js', dist('config/config.js')],
  ['dist/store/store.js', dist('store/store.js')],
  ['dist/cli/main.js (the whole CLI, unbundled)', dist('cli/main.js')],
  ['dist/bundle/cli.cjs (the bundle, without the code cache)', dist('bundle/cli.cjs')],
  [
    'dist/bundle/cli.cjs through bin/code-cache.js (as bin/notnow.js loads it)',
    dist('bundle/cli.cjs'),
    'cached',
  ],
];

function importMs(specifier, how) {
  const load =
    how === 'cached'
      ? `(await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'code-cache.js')).href)})).requireWithCodeCache(${JSON.stringify(join(ROOT, 'dist', 'bundle', 'cli.cjs'))})`
      : `await import(${JSON.stringify(specifier)})`;
  const code = `const t = performance.now(); ${load}; process.stdout.write(String(performance.now() - t));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return Number(r.stdout);
}

/** How many ES modules importing the whole CLI loads, per package (each costs a file read and a compile). */
function modulesLoaded(specifier) {
  const hook = pathToFileURL(join(ROOT, 'bench', 'lib', 'count-modules.mjs')).href;
  const r = spawnSync(
    process.execPath,
    ['--import', hook, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const line = r.stderr.split('\n').find((l) => l.startsWith('modules:'));
  return line ? JSON.parse(line.slice('modules:'.length)) : null;
}

export default {
  id: 'profile',
  title: 'Where a CLI start goes (information, no target)',
  async run(ctx) {
    const runs = Math.max(3, Math.round(ctx.options.runs / 3));
    const rows = [];
    for (const [name, specifier, how] of MODULES) {
      const times = [];
      // One untimed run first, so that the code cache exists as it does after a user's first command.
      if (how === 'cached') importMs(specifier, how);
      for (let i = 0; i < runs; i++) times.push(importMs(specifier, how));
      if (times.some((t) => t === null)) {
        rows.push({ name: `import ${name}`, status: 'info', note: 'could not be imported' });
        continue;
      }
      rows.push({ name: `import ${name}`, figure: `${median(times).toFixed(0)} ms`, status: 'info' });
    }
    // The bundle is CommonJS (for the code cache): these hooks see ES modules only, so it is not counted.
    for (const file of ['cli/main.js']) {
      const modules = modulesLoaded(dist(file));
      if (!modules) continue;
      const sorted = Object.entries(modules).sort((a, b) => b[1] - a[1]);
      rows.push({
        name: `ES modules loaded by dist/${file}`,
        figure: String(sorted.reduce((sum, [, n]) => sum + n, 0)),
        status: 'info',
        note: sorted.map(([name, n]) => `${name} ${n}`).join(', '),
      });
    }
    return {
      rows,
      notes: [
        `Each import timed inside a fresh \`node\` process (median of ${runs}); a module's time includes what it imports. ` +
          'Compare with the floor in the CLI table: every millisecond here is paid by every command.',
      ],
    };
  },
};
