// Builds the web app into web/dist: type check, then vite build, then the size of the JavaScript the
// first page loads, which must stay under 250 KB gzipped (issue 6). With --if-stale it does nothing
// when web/dist is newer than every source of the app (what `npm start` uses).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const dist = join(web, 'dist');
const LIMIT = 250 * 1024;

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'dist' || name === 'node_modules' || name === 'e2e') continue;
    m = Math.max(m, newest(join(path, name)));
  }
  return m;
}

export function isStale() {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(newest(web), statSync(join(root, 'package.json')).mtimeMs);
  return sources > statSync(index).mtimeMs;
}

/** Gzipped bytes of the scripts index.html loads at once (entry and its preloads). */
export function firstPageScripts() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(dist, f))).length }));
}

function run(cmd, args) {
  // Always a production build, even when started from the tests (vitest sets NODE_ENV=test, which
  // would give React's slower development build).
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv.includes('--if-stale') && !isStale()) {
  process.exit(0);
}
const bin = (name) => join(root, 'node_modules', '.bin', name);
run(bin('tsc'), ['--noEmit', '-p', join(web, 'tsconfig.json')]);
run(bin('vite'), ['build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn']);
const scripts = firstPageScripts();
const total = scripts.reduce((n, s) => n + s.gzip, 0);
console.log(
  `web/dist built; first page loads ${(total / 1024).toFixed(1)} KB of JavaScript gzipped (limit 250 KB)`,
);
if (total > LIMIT) {
  console.error(
    'The first page loads too much JavaScript; split a page off with lazy() in web/src/pages.ts.',
  );
  process.exit(1);
}
