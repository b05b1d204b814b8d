/**
 * Issue 6: "the Today page is interactive within one second on the demo data, and within two on a
 * database of 10,000 applications". Starts the real `notnow serve` (on a fresh database holding the
 * demo data, then on the scale-1 database), opens Today with the link in Debian's chromium, in a
 * fresh browser context each run (no cache, no session: a first open), and measures until the
 * agenda's first step answers a click (its Snooze button opens the snooze form). The baseline is the
 * same browser loading a static file (favicon.svg) from the same server in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, startServer } from '../lib/http.mjs';
import { median } from '../lib/measure.mjs';
import { commandHelp, NOTNOW } from '../lib/notnow.mjs';

const CHROMIUM = '/usr/bin/chromium';
// Quiet flags: the browser must not reach for the network or update itself while measured.
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
const RUNS = 7;
/** The targets, in seconds: demo data, then 10,000 applications. */
const TARGETS = { demo: 1, 'scale 1': 2 };

function secretOf(link) {
  try {
    return new URL(link.trim()).searchParams.get('token') ?? '';
  } catch {
    return '';
  }
}

/** Milliseconds from asking for Today until its first step answers a click. */
async function openToday(browser, origin, secret) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const t0 = performance.now();
    await page.goto(`${origin}/today?token=${secret}`);
    const snooze = page.locator('.agenda-item').first().getByRole('button', { name: 'Snooze' });
    await snooze.click({ timeout: 60_000 });
    await page.locator('.agenda-item form.snooze').first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - t0;
    const shown = await page.locator('.agenda-item').count();
    return { ms, shown };
  } finally {
    await context.close();
  }
}

/** Milliseconds to load a static file from the same server, in a fresh context. */
async function openStatic(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const t0 = performance.now();
    await page.goto(`${origin}/favicon.svg`, { waitUntil: 'load' });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}

export default {
  id: 'web-today',
  title: 'Web: the Today page, first open until interactive (Debian chromium)',
  async run(ctx) {
    const help = commandHelp(['serve']);
    if (help === null) {
      return { rows: [], notes: ['`notnow serve` does not exist yet.'] };
    }
    const scale1 = await ctx.data(1);
    const demoDir = mkdtempSync(join(tmpdir(), 'notnow-web-today-'));
    const targets = [
      { name: 'demo', db: join(demoDir, 'notnow.db'), today: scale1.meta.today, demo: true },
      { name: 'scale 1', db: scale1.db, today: scale1.meta.today, demo: false },
    ];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const rows = [];
    const notes = [
      `${RUNS} runs each, median; each run a fresh browser context (no cache, no session) opening /today with the link; ` +
        'done when the first step’s Snooze button, clicked, has opened its form. Baseline: the same browser ' +
        'loading /favicon.svg from the same server, interleaved with the runs.',
    ];
    try {
      for (const target of targets) {
        const port = await freePort();
        const server = await startServer(
          process.execPath,
          [NOTNOW, 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', target.db],
          {
            NOTNOW_PORT: String(port),
            NOTNOW_HOST: '127.0.0.1',
            NOTNOW_TODAY: target.today,
            NOTNOW_CONFIG_DIR: join(demoDir, 'config'),
          },
          `http://127.0.0.1:${port}/favicon.svg`,
        );
        try {
          const origin = `http://127.0.0.1:${port}`;
          const secret = secretOf(await server.firstLine);
          const headers = { authorization: `Bearer ${secret}` };
          if (target.demo) {
            const r = await fetch(`${origin}/api/demo`, { method: 'POST', headers });
            if (!r.ok) throw new Error(`loading the demo data answered ${r.status}`);
          }
          // The first read of the day brings the plans up to today: not part of what is measured.
          const first = await fetch(`${origin}/api/agenda?limit=1`, { headers });
          const { total } = await first.json();
          // One warm-up of each, so the server's code is compiled before the runs are timed.
          await openToday(browser, origin, secret);
          await openStatic(browser, origin);
          const pages = [];
          const statics = [];
          let shown = 0;
          for (let i = 0; i < RUNS; i++) {
            const r = await openToday(browser, origin, secret);
            pages.push(r.ms);
            shown = r.shown;
            statics.push(await openStatic(browser, origin));
          }
          const figure = median(pages);
          const base = median(statics);
          const limit = TARGETS[target.name] * 1000;
          rows.push({
            name: `Today interactive (${target.name})`,
            figure: `${figure.toFixed(0)} ms`,
            baseline: `${base.toFixed(0)} ms (a static file)`,
            ratio: figure / base,
            target: `< ${TARGETS[target.name]} s`,
            status: figure < limit ? 'PASS' : 'MISS',
            note: `${total} steps in the agenda, ${shown} shown at first; runs ${pages.map((m) => m.toFixed(0)).join(', ')} ms`,
          });
        } finally {
          await server.stop();
        }
      }
    } finally {
      await browser.close();
      rmSync(demoDir, { recursive: true, force: true });
    }
    return { rows, notes };
  },
};
