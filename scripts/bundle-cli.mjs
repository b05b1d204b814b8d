/**
 * Bundles the compiled CLI (dist/cli/main.js, written by tsc) into dist/bundle/cli.cjs, the file
 * bin/notnow.js runs. Why: loading the ~670 ES modules of the CLI and its libraries one by one cost
 * about a second at every start (bench/RESULTS.md, "Where a CLI start goes"); one file costs a
 * fraction of that. Code behind `await import()` (the HTTP server, mail parsing, chrono-node, pg)
 * becomes separate chunks, loaded only by the commands that need them.
 *
 * Kept outside the bundle: native addons (better-sqlite3 loads a .node file relative to itself) and
 * pg with its optional native binding, which only a DATABASE_URL needs.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'bundle');
const EXTERNAL = [/^node:/, /^better-sqlite3(\/|$)/, /^pg(\/|$)/, /^pg-native(\/|$)/];

rmSync(outDir, { recursive: true, force: true });
await build({
  input: { cli: join(root, 'dist', 'cli', 'main.js') },
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warn',
  output: {
    dir: outDir,
    // CommonJS, so that bin/code-cache.js can hand V8 its code cache (Node 20 has none for ES modules).
    format: 'cjs',
    // `import('pg')` and other external imports become `require()`: a vm.Script (the code cache) has no
    // dependable loader for `import()` on Node 20, and every external here is CommonJS or built in.
    dynamicImportInCjs: false,
    entryFileNames: '[name].cjs',
    // Every file sits two levels below the project, like the compiled modules it replaces
    // (dist/server/…), so `new URL('../../web/dist', import.meta.url)` still finds the web app.
    chunkFileNames: '[name]-[hash].cjs',
    sourcemap: true,
    // Licences stay; JSDoc goes: less to read at every start, and bin/code-cache.js can tell a real
    // `import()` from one named in a comment.
    comments: { legal: true, annotation: false, jsdoc: false },
  },
});
