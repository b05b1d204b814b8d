#!/usr/bin/env node
// The notnow command: runs the compiled CLI (no TypeScript at run time, so it starts fast).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'notnow: the program is not built yet; run `npm run build` (npm install does it too).\n',
  );
  process.exit(70);
}
const { main } = await import(entry.href);
await main(process.argv);
