import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../test-support/postgres.js';

const BIN = fileURLToPath(new URL('../../../bin/notnow.js', import.meta.url));

interface Started {
  child: ChildProcess;
  firstLine: string;
  stderr: () => string;
}

/** Starts the built `notnow serve` as a user would and waits for its first line. */
function serve(args: string[], dir: string): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'n.db'), ...args], {
    env: {
      ...process.env,
      NOTNOW_CONFIG_DIR: join(dir, 'cfg'),
      NOTNOW_TODAY: '2026-11-23',
      DATABASE_URL: '',
    },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, firstLine: out.slice(0, nl), stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe('notnow serve', () => {
  const cleanup: Array<() => void> = [];
  afterEach(() => {
    for (const f of cleanup.splice(0)) f();
  });
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'notnow-serve-'));
    cleanup.push(() => rmSync(d, { recursive: true, force: true }));
    return d;
  };

  it('prints the link with its secret first, on 127.0.0.1, and stops cleanly on SIGTERM', async () => {
    const dir = tmp();
    const port = await freePort();
    const s = await serve(['--port', String(port)], dir);
    expect(s.firstLine).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[A-Za-z0-9_-]{43}$`));
    const token = s.firstLine.split('token=')[1];
    const ok = await fetch(`http://127.0.0.1:${port}/api/applications`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/applications`)).status).toBe(401);
    const exited = new Promise<number | null>((r) => s.child.on('exit', (code) => r(code)));
    s.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(s.stderr()).not.toMatch(/warning/);
  });

  it('warns when told to listen beyond this machine', async () => {
    const dir = tmp();
    const port = await freePort();
    const s = await serve(['--port', String(port), '--host', '0.0.0.0'], dir);
    cleanup.push(() => s.child.kill('SIGTERM'));
    expect(s.firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    await new Promise((r) => setTimeout(r, 200));
    expect(s.stderr()).toMatch(/warning: listening on 0\.0\.0\.0/);
  });

  it('says when the port is taken', async () => {
    const dir = tmp();
    const port = await freePort();
    const first = await serve(['--port', String(port)], dir);
    cleanup.push(() => first.child.kill('SIGTERM'));
    await expect(serve(['--port', String(port)], dir)).rejects.toThrow(/port \d+ is in use/);
  });
});
