import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** Debian's chromium, never a downloaded one; quiet flags so it does not reach for the network. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** Builds web/dist when it is missing or older than its sources (as `npm start` does). */
export function ensureWebBuilt(): void {
  const r = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Building the web app failed:\n${r.stdout}\n${r.stderr}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A full-page screenshot into screenshots/ (git-ignored), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Whether the page scrolls sideways: nothing may stick out at phone width. */
export function overflowsSideways(page: Page): Promise<boolean> {
  // A string, evaluated in the page: this file is compiled without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1');
}

/** Gzipped bytes of the JavaScript that web/dist/index.html loads at once (entry and preloads). */
export function firstPageScriptBytes(webRoot: string): number {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  if (files.length === 0) throw new Error('index.html loads no script');
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(webRoot, f))).length, 0);
}
