import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notnow } from '../test-support/cli.js';

/** The files the code cache holds under this XDG_CACHE_HOME (bin/code-cache.js). */
function cached(home: string): string[] {
  const root = join(home, 'notnow', 'code-cache');
  try {
    return readdirSync(root).flatMap((v) => readdirSync(join(root, v)));
  } catch {
    return [];
  }
}

describe('the code cache (bin/code-cache.js)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notnow-cache-'));
  const db = join(dir, 'x.db');

  it('is written by the first run and read by the next, which answer alike', () => {
    const home = join(dir, 'cache');
    expect(notnow(['demo', '--db', db], { XDG_CACHE_HOME: home }).code).toBe(0);
    const first = notnow(['list', 'applications', '--db', db, '--json'], { XDG_CACHE_HOME: home });
    expect(first.code).toBe(0);
    const files = cached(home);
    expect(files.some((f) => f.startsWith('cli.cjs.'))).toBe(true);
    const second = notnow(['list', 'applications', '--db', db, '--json'], { XDG_CACHE_HOME: home });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.json<unknown[]>()).toHaveLength(12);
  });

  it('survives a corrupt cache file and a cache folder it cannot create', () => {
    const home = join(dir, 'corrupt');
    expect(notnow(['--help'], { XDG_CACHE_HOME: home }).code).toBe(0);
    const version = readdirSync(join(home, 'notnow', 'code-cache'))[0] ?? '';
    for (const f of cached(home)) writeFileSync(join(home, 'notnow', 'code-cache', version, f), 'garbage');
    const r = notnow(['list', 'applications', '--db', db, '--json'], { XDG_CACHE_HOME: home });
    expect(r.code).toBe(0);
    expect(r.json<unknown[]>()).toHaveLength(12);
    // The rejected entry is replaced by a good one.
    const entry = cached(home).find((f) => f.startsWith('cli.cjs.')) ?? '';
    expect(readFileSync(join(home, 'notnow', 'code-cache', version, entry), 'utf8')).not.toBe('garbage');

    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const blocked = notnow(['list', 'applications', '--db', db, '--json'], { XDG_CACHE_HOME: blocker });
    expect(blocked.code).toBe(0);
    expect(blocked.stderr).toBe('');
    expect(blocked.json<unknown[]>()).toHaveLength(12);
  });

  it('is not used with NOTNOW_CODE_CACHE=0', () => {
    const home = join(dir, 'off');
    const r = notnow(['list', 'applications', '--db', db, '--json'], {
      XDG_CACHE_HOME: home,
      NOTNOW_CODE_CACHE: '0',
    });
    expect(r.code).toBe(0);
    expect(cached(home)).toEqual([]);
  });
});
