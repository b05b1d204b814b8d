#!/usr/bin/env node
// The notnow command: runs the CLI bundled into one file by `npm run build` (scripts/bundle-cli.mjs),
// so a start loads a few files instead of ~670 modules. No TypeScript at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bundle/cli.js', import.meta.url);
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
const { main } = await import(entry.href);
await main(process.argv);
