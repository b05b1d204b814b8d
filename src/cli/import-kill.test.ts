/**
 * An import killed part way (SIGKILL: no chance to clean up) leaves whole batches committed and the
 * plans they changed marked; `notnow agenda` makes those plans, and the next import continues.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { notnow } from '../test-support/cli.js';
import { mbox, rejectionFrom } from '../test-support/mail.js';

const BIN = fileURLToPath(new URL('../../bin/notnow.js', import.meta.url));
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
const WRITERS = ['Dana Reyes', 'Sam Hill', 'Bo Park', 'Lee Chan', 'Ana Cruz'];
/** Three batches of 1,000 (inbox.ts): killed in the second, the third keeps the import busy. */
const MESSAGES = 3000;

function count(db: string, sql: string): number {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    return Number(d.prepare(sql).pluck().get());
  } finally {
    d.close();
  }
}

/** Starts `notnow import mbox` and kills it once it has printed the first result of the second batch. */
function importKilled(file: string, db: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // Uncapped: the import runs in this process itself, not in a child of it.
    const child = spawn(process.execPath, [BIN, 'import', 'mbox', file, '--db', db, '--json'], {
      env: { ...process.env, NOTNOW_TODAY: '2026-11-23', DATABASE_URL: '', NOTNOW_HEAP_CAPPED: '1' },
    });
    let lines = 0;
    child.stdout.on('data', (d: Buffer) => {
      for (const byte of d) if (byte === 10) lines++;
      if (lines > 1000) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(lines)
        : reject(new Error(`the import ended (${signal}) before the kill`)),
    );
  });
}

describe('an import killed part way', () => {
  it('leaves whole batches and marked plans; the agenda makes the plans and the next import continues', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notnow-cli-kill-'));
    const db = join(dir, 'notnow.db');
    for (const company of COMPANIES) {
      const r = notnow(['add', 'application', '--company', company, '--role', 'Data Analyst', '--db', db]);
      expect(r.code).toBe(0);
    }
    const file = join(dir, 'mail.mbox');
    const start = Date.parse('2026-11-01T08:00:00Z');
    writeFileSync(
      file,
      mbox(
        Array.from({ length: MESSAGES }, (_, i) =>
          rejectionFrom(
            COMPANIES[i % 5]!,
            'Data Analyst',
            new Date(start + i * 60_000).toISOString(),
            WRITERS[i % 5]!,
          ),
        ),
      ),
    );

    await importKilled(file, db);
    const kept = count(db, 'select count(*) from messages');
    expect(kept).toBeGreaterThanOrEqual(1000);
    expect(kept % 1000).toBe(0);
    expect(kept).toBeLessThan(MESSAGES);
    expect(count(db, 'select count(*) from touches')).toBe(kept);
    expect(count(db, "select count(*) from applications where status = 'rejected'")).toBe(5);
    // Killed before its end: the plans its batches changed are still to be made.
    expect(count(db, "select count(*) from applications where replan_on = '0000-00-00'")).toBe(5);
    expect(count(db, "select count(*) from steps where kind = 'resell'")).toBe(0);

    const agenda = notnow(['agenda', '--json', '--db', db]);
    expect(agenda.code).toBe(0);
    expect(count(db, "select count(*) from applications where replan_on = '0000-00-00'")).toBe(0);
    expect(count(db, "select count(*) from steps where kind = 'resell' and state = 'pending'")).toBe(5);

    const rest = notnow(['import', 'mbox', file, '--db', db, '--json']);
    expect(rest.code).toBe(0);
    const results = rest.stdout.trim().split('\n');
    expect(results).toHaveLength(MESSAGES - kept);
    expect(count(db, 'select count(*) from messages')).toBe(MESSAGES);
    expect(count(db, 'select count(*) from touches')).toBe(MESSAGES);
    expect(count(db, "select count(*) from applications where replan_on = '0000-00-00'")).toBe(0);
    expect(count(db, "select count(*) from steps where kind = 'resell' and state = 'pending'")).toBe(5);
  }, 180_000);
});
