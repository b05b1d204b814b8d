import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecret, secretPath } from './secret.js';

describe('the server secret', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const d = mkdtempSync(join(tmpdir(), 'notnow-secret-'));
    dirs.push(d);
    return join(d, 'config');
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is created once, in a 0600 file, and the same at the next start', () => {
    const dir = fresh();
    const first = loadOrCreateSecret(dir);
    expect(statSync(secretPath(dir)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(dir)).toBe(first);
    expect(readFileSync(secretPath(dir), 'utf8').trim()).toBe(first);
  });

  it('tightens a file that others could read', () => {
    const dir = fresh();
    const first = loadOrCreateSecret(dir);
    chmodSync(secretPath(dir), 0o644);
    expect(loadOrCreateSecret(dir)).toBe(first);
    expect(statSync(secretPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('replaces an empty or damaged file with a new secret', () => {
    const dir = fresh();
    loadOrCreateSecret(dir);
    writeFileSync(secretPath(dir), 'short');
    const next = loadOrCreateSecret(dir);
    expect(next).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('says what to fix when the folder cannot be written', () => {
    const dir = fresh();
    writeFileSync(join(dir, '..', 'blocker'), 'x');
    expect(() => loadOrCreateSecret(join(dir, '..', 'blocker', 'cfg'))).toThrow(/NOTNOW_CONFIG_DIR/);
  });
});
