#!/usr/bin/env node
// The notnow command: runs the CLI bundled by `npm run build` (scripts/bundle-cli.mjs) into a few
// CommonJS files, loaded through V8's code cache (bin/code-cache.js). No TypeScript at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';

const entry = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    'notnow: the program is not built yet; run `npm run build` (npm install does it too).\n',
  );
  process.exit(70);
}
// A reader that stops early (`notnow list applications --json | head`) is no error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = requireWithCodeCache(entry);
await main(process.argv);
