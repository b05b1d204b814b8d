#!/usr/bin/env node
// Writes web/src/api-types.ts from the OpenAPI document the server publishes, formatted by Biome.
// Needs the build (npm run build); `npm run gen:api-types` does both. `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'web', 'src', 'api-types.ts');
const { generatedApiTypes } = await import(join(root, 'dist', 'server', 'api-types-file.js'));
const text = generatedApiTypes(root);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    process.stderr.write('web/src/api-types.ts is stale: run `npm run gen:api-types`.\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
