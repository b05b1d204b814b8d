/** Starting an HTTP server process for a benchmark, waiting for it, and loading it with autocannon. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Spawns the server and resolves once `probeUrl` answers (any HTTP status), or rejects after 60 s.
 * `firstLine` (a promise) is the first line the server printed: `notnow serve` prints its link there,
 * with the secret scripts send as `Authorization: Bearer <secret>`.
 */
export async function startServer(command, args, env, probeUrl) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let stdout = '';
  // The link line: the first that carries `token=` (an upgrade notice may come before it), else the first.
  const firstLine = new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      stdout += d;
      const lines = stdout.split('\n').slice(0, -1);
      const link = lines.find((l) => l.includes('token='));
      if (link) resolve(link);
    });
    child.stdout.on('end', () => resolve(stdout.split('\n')[0] ?? ''));
  });
  let exited = null;
  child.on('exit', (code) => {
    exited = code;
  });
  const stop = () =>
    new Promise((resolve) => {
      if (exited !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (exited !== null) throw new Error(`the server exited (code ${exited}): ${stderr.slice(0, 500)}`);
    try {
      await fetch(probeUrl);
      return { stop, firstLine, pid: child.pid };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`the server did not answer ${probeUrl} within 60 s`);
}

/** Requests/s and p99 latency of GET url under `connections` concurrent connections. */
export async function load(url, { connections, duration, headers = {} }) {
  const r = await autocannon({ url, connections, duration, headers });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
  };
}
