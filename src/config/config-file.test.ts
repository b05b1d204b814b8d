import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes, parseByteSize } from './byte-size.js';
import { DEFAULT_IMPORT_MAX_BYTES, describeConfig, loadConfig } from './config.js';
import { smtpSetupOf } from './smtp-setup.js';

const saved = { ...process.env };
let dir: string;
beforeEach(() => {
  process.env = { ...saved };
  for (const k of Object.keys(process.env))
    if (k.startsWith('NOTNOW_SMTP') || k === 'NOTNOW_IMPORT_MAX_BYTES') delete process.env[k];
  dir = mkdtempSync(join(tmpdir(), 'notnow-config-'));
  process.env.NOTNOW_CONFIG_DIR = dir;
});
afterEach(() => {
  process.env = { ...saved };
});
const writeConfig = (value: unknown) =>
  writeFileSync(join(dir, 'config.json'), typeof value === 'string' ? value : JSON.stringify(value));

describe('sizes', () => {
  it('reads sizes as people write them and shows them back', () => {
    expect(parseByteSize('1048576')).toBe(1024 ** 2);
    expect(parseByteSize('500MB')).toBe(500 * 1024 ** 2);
    expect(parseByteSize('4 GiB')).toBe(4 * 1024 ** 3);
    expect(parseByteSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize(2048)).toBe(2048);
    expect(parseByteSize('lots')).toBeNull();
    expect(parseByteSize(-1)).toBeNull();
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(1.5 * 1024 ** 2)).toBe('1.5 MB');
    expect(formatBytes(64 * 1024)).toBe('64 KB');
    expect(formatBytes(900)).toBe('900 bytes');
  });
});

describe('the import limit', () => {
  it('defaults to 2 GB and takes NOTNOW_IMPORT_MAX_BYTES over config.json', () => {
    expect(loadConfig().importMaxBytes).toBe(DEFAULT_IMPORT_MAX_BYTES);
    writeConfig({ importMaxBytes: '500MB' });
    expect(loadConfig().importMaxBytes).toBe(500 * 1024 ** 2);
    process.env.NOTNOW_IMPORT_MAX_BYTES = '4GB';
    expect(loadConfig().importMaxBytes).toBe(4 * 1024 ** 3);
  });
  it('refuses a limit that is not a size, or too small, naming both places to fix it', () => {
    process.env.NOTNOW_IMPORT_MAX_BYTES = 'lots';
    expect(() => loadConfig()).toThrow(
      /NOTNOW_IMPORT_MAX_BYTES \/ importMaxBytes in config.json: must be a size/,
    );
    process.env.NOTNOW_IMPORT_MAX_BYTES = '1000';
    expect(() => loadConfig()).toThrow(/must be at least 1 MB/);
  });
});

describe('config.json', () => {
  it('gives values the environment does not, and says where each SMTP value came from', () => {
    writeConfig({ port: 5000, smtp: { host: 'smtp.example.com', port: 465, user: 'me@example.com' } });
    process.env.NOTNOW_SMTP_USER = 'other@example.com';
    const config = loadConfig();
    expect(config.port).toBe(5000);
    expect(config.configFile).toBe(join(dir, 'config.json'));
    expect(config.smtp).toMatchObject({
      host: 'smtp.example.com',
      port: 465,
      secure: true,
      user: 'other@example.com',
    });
    const setup = smtpSetupOf(config);
    expect(setup.sources).toEqual({
      host: 'file',
      port: 'file',
      secure: 'default',
      user: 'env',
      password: 'default',
    });
    expect(setup).toMatchObject({
      configured: true,
      passwordSet: false,
      configFile: join(dir, 'config.json'),
    });
  });
  it('refuses a bad file with the key to fix, and a password in it with where it belongs', () => {
    writeConfig('{ not json');
    expect(() => loadConfig()).toThrow(/config\.json is not valid JSON/);
    writeConfig({ smtp: { hots: 'x' } });
    expect(() => loadConfig()).toThrow(/unknown key smtp\.hots \(known: .*smtp\.host/);
    writeConfig({ smtp: { password: 'hunter2' } });
    let message = '';
    try {
      loadConfig();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/smtp\.password does not belong in the config file; set NOTNOW_SMTP_PASSWORD/);
    expect(message).not.toContain('hunter2');
  });
  it('reads the SMTP password from a private smtp-password file, never showing it', () => {
    process.env.NOTNOW_SMTP_HOST = 'smtp.example.com';
    const file = join(dir, 'smtp-password');
    writeFileSync(file, 's3cret\n');
    chmodSync(file, 0o600);
    const config = loadConfig();
    expect(config.smtp.password).toBe('s3cret');
    expect(smtpSetupOf(config).sources.password).toBe('file');
    expect(JSON.stringify(describeConfig(config))).not.toContain('s3cret');
    expect(JSON.stringify(smtpSetupOf(config))).not.toContain('s3cret');
    chmodSync(file, 0o644);
    expect(() => loadConfig()).toThrow(/can be read by others/);
  });
});
