/**
 * Issue 7: requests/s and p99 latency of GET /api/agenda and GET /api/applications on the scale-1
 * database (SQLite, then PostgreSQL) under 32 connections, against a bare Hono route returning a
 * constant, measured in the same run. Targets: at least half the bare route's requests/s; p99 < 20 ms.
 */
import { join } from 'node:path';
import { freePort, load, startServer } from '../lib/http.mjs';
import { commandHelp, NOTNOW, ROOT } from '../lib/notnow.mjs';
import { findPostgresBin } from '../lib/postgres.mjs';

const ENDPOINTS = ['/api/agenda', '/api/applications'];

/** The secret in the link `notnow serve` prints first (`…/?token=SECRET`). */
function secretOf(link) {
  try {
    return new URL(link.trim()).searchParams.get('token') ?? '';
  } catch {
    return '';
  }
}
const CONNECTIONS = 32;
const TARGET_SHARE = 0.5;
const TARGET_P99_MS = 20;

export default {
  id: 'api',
  title: `HTTP API (scale 1, ${CONNECTIONS} connections)`,
  async run(ctx) {
    const duration = ctx.options.apiDuration;
    const port = await freePort();
    const bare = await startServer(
      process.execPath,
      [join(ROOT, 'bench', 'lib', 'bare-hono.mjs'), String(port)],
      {},
      `http://127.0.0.1:${port}/api/constant`,
    );
    // The bare route stays up and is measured again right before each endpoint: on a shared machine
    // the load moves within a run, and each endpoint is compared with the baseline next to it.
    const bareUrl = `http://127.0.0.1:${port}/api/constant`;
    const measureBare = () => load(bareUrl, { connections: CONNECTIONS, duration });
    let base = await measureBare();
    const describe = (b) => `${b.rps.toFixed(0)} req/s, p99 ${b.p99} ms (bare Hono)`;
    let baseline = describe(base);
    const notes = [
      `autocannon, ${CONNECTIONS} connections, ${duration} s per endpoint; the baseline is a bare Hono route returning a constant, ` +
        'measured again right before each endpoint.',
    ];
    const engines = [['SQLite', async () => ({ args: ['--db', (await ctx.data(1)).db], env: {} })]];
    if (findPostgresBin()) {
      engines.push([
        'PostgreSQL',
        async () => ({ args: [], env: { DATABASE_URL: (await ctx.postgres(1)).url } }),
      ]);
    }
    const help = commandHelp(['serve']);
    if (help === null) {
      await bare.stop();
      return {
        rows: engines.flatMap(([engine]) =>
          ENDPOINTS.map((e) => ({
            name: `GET ${e} (${engine})`,
            baseline,
            target: '≥ 0.5× bare, p99 < 20 ms',
            status: 'not available yet',
          })),
        ),
        notes: [...notes, '`notnow serve` does not exist yet: only the baseline was measured.'],
      };
    }
    const rows = [];
    try {
      for (const [engine, target] of engines) {
        const { args, env } = await target();
        const p = await freePort();
        const server = await startServer(
          process.execPath,
          // The port and host go by environment (config.ts reads them) and by flag where serve has one.
          [
            NOTNOW,
            'serve',
            ...(/--port\b/.test(help) ? ['--port', String(p)] : []),
            ...(/--host\b/.test(help) ? ['--host', '127.0.0.1'] : []),
            ...args,
          ],
          {
            ...env,
            NOTNOW_PORT: String(p),
            NOTNOW_HOST: '127.0.0.1',
            NOTNOW_TODAY: (await ctx.data(1)).meta.today,
          },
          `http://127.0.0.1:${p}/`,
        );
        try {
          const headers = { authorization: `Bearer ${secretOf(await server.firstLine)}` };
          for (const endpoint of ENDPOINTS) {
            const url = `http://127.0.0.1:${p}${endpoint}`;
            // The first request of the day may bring every plan up to date: not part of the load.
            const t = performance.now();
            const probe = await fetch(url, { headers });
            const body = await probe.arrayBuffer();
            if (probe.ok) {
              notes.push(
                `${engine}: first GET ${endpoint} took ${(performance.now() - t).toFixed(0)} ms, ` +
                  `${(body.byteLength / 1e3).toFixed(1)} KB per response.`,
              );
            }
            if (!probe.ok) {
              rows.push({
                name: `GET ${endpoint} (${engine})`,
                baseline,
                status: 'not available yet',
                note: `HTTP ${probe.status}`,
              });
              continue;
            }
            base = await measureBare();
            baseline = describe(base);
            const r = await load(url, { connections: CONNECTIONS, duration, headers });
            const share = r.rps / base.rps;
            rows.push({
              name: `GET ${endpoint} (${engine})`,
              figure: `${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms`,
              baseline,
              ratio: share,
              target: '≥ 0.5× bare, p99 < 20 ms',
              status: share >= TARGET_SHARE && r.p99 < TARGET_P99_MS && r.non2xx === 0 ? 'PASS' : 'MISS',
              note: [
                r.non2xx || r.errors ? `${r.non2xx} non-2xx, ${r.errors} errors` : '',
                `${r.requests} requests`,
              ]
                .filter(Boolean)
                .join('; '),
            });
          }
        } finally {
          await server.stop();
        }
      }
    } finally {
      await bare.stop();
    }
    return { rows, notes };
  },
};
