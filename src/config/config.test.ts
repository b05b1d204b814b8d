import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeConfig, imapPassword, loadConfig } from './config.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('loadConfig', () => {
  it('puts the database under XDG_DATA_HOME by default', () => {
    process.env.XDG_DATA_HOME = '/data';
    delete process.env.NOTNOW_DB;
    expect(loadConfig().dbPath).toBe('/data/notnow/notnow.db');
  });
  it('lets --db win over NOTNOW_DB', () => {
    process.env.NOTNOW_DB = '/env.db';
    expect(loadConfig().dbPath).toBe('/env.db');
    expect(loadConfig({ db: '/flag.db' }).dbPath).toBe('/flag.db');
  });
  it('names the key to fix when a value is bad', () => {
    process.env.NOTNOW_TODAY = '2026-13-01';
    expect(() => loadConfig()).toThrow(/--today \/ NOTNOW_TODAY: must be a real date/);
    process.env.NOTNOW_TODAY = '';
    process.env.DATABASE_URL = 'mysql://x';
    expect(() => loadConfig()).toThrow(/DATABASE_URL: DATABASE_URL must be a postgres/);
  });
  it('never shows secrets', () => {
    process.env.DATABASE_URL = 'postgres://me:hunter2@db.local/notnow';
    process.env.NOTNOW_SMTP_PASSWORD = 'swordfish';
    const shown = JSON.stringify(describeConfig(loadConfig()));
    expect(shown).not.toContain('hunter2');
    expect(shown).not.toContain('swordfish');
  });
});

describe('imapPassword', () => {
  it('takes the environment first, then a private file, and refuses a file others can read', () => {
    const configDir = mkdtempSync(join(tmpdir(), 'notnow-config-'));
    delete process.env.NOTNOW_IMAP_PASSWORD;
    expect(imapPassword({ configDir })).toBeUndefined();
    const file = join(configDir, 'imap-password');
    writeFileSync(file, 'from-the-file\n');
    chmodSync(file, 0o600);
    expect(imapPassword({ configDir })).toBe('from-the-file');
    chmodSync(file, 0o644);
    expect(() => imapPassword({ configDir })).toThrow(
      /can be read by others \(mode 644\); make it private with chmod 600/,
    );
    process.env.NOTNOW_IMAP_PASSWORD = 'from-env';
    expect(imapPassword({ configDir })).toBe('from-env');
  });
});
