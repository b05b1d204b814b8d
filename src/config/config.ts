/**
 * One configuration schema: every key has a default and an environment variable, is validated at
 * start, and secrets are never printed (see `describeConfig`). Flags given on the command line win
 * over the environment, which wins over the optional `config.json` in the config folder.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { isLocalDate } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';
import { parseByteSize } from './byte-size.js';
import { CONFIG_FILE_NAME, readConfigFile } from './config-file.js';

function dataHome(): string {
  const env = process.env;
  return env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
}
function configHome(): string {
  const env = process.env;
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

export const configSchema = z.object({
  /** NOTNOW_DB, --db: the SQLite file. */
  dbPath: z.string().min(1),
  /** DATABASE_URL: a postgres:// URL switches to PostgreSQL. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .nullable(),
  /** NOTNOW_TODAY, --today: pins the clock to a day (YYYY-MM-DD). */
  today: z.string().refine(isLocalDate, 'must be a real date as YYYY-MM-DD').nullable(),
  /** NOTNOW_CONFIG_DIR: playbook and template overrides live here. */
  configDir: z.string().min(1),
  /** NOTNOW_PORT, --port: the web server's port. */
  port: z.coerce.number().int().min(1).max(65535),
  /** NOTNOW_HOST, --host: the web server's address. */
  host: z.string().min(1),
  /**
   * NOTNOW_IMPORT_MAX_BYTES: the largest mail file the web page may upload to import. At least 1 MB;
   * the default 2 GB holds a whole-mailbox export (Google Takeout) of a few years' mail.
   */
  importMaxBytes: z
    .number({ error: 'must be a size in bytes, like 2147483648 or "2GB"' })
    .int()
    .min(1024 ** 2, 'must be at least 1 MB (1048576)'),
  /** `$NOTNOW_CONFIG_DIR/config.json` when it exists. */
  configFile: z.string().nullable(),
  smtp: z.object({
    /** NOTNOW_SMTP_HOST */
    host: z.string().nullable(),
    /** NOTNOW_SMTP_PORT */
    port: z.coerce.number().int().min(1).max(65535),
    /** NOTNOW_SMTP_SECURE: true for implicit TLS (port 465). */
    secure: z.boolean(),
    /** NOTNOW_SMTP_USER */
    user: z.string().nullable(),
    /** NOTNOW_SMTP_PASSWORD or the file `smtp-password`: a secret, never printed or stored. */
    password: z.string().nullable(),
  }),
  /** Where each SMTP value came from, to show the user which knob to turn. */
  smtpSources: z.record(z.string(), z.enum(['env', 'file', 'default'])),
});
export type Config = z.infer<typeof configSchema>;

export interface ConfigFlags {
  db?: string;
  today?: string;
  port?: string | number;
  host?: string;
  importMaxBytes?: string | number;
}

const bool = (v: string | undefined, fallback: boolean) =>
  v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

/** 2 GB: see `importMaxBytes`. */
export const DEFAULT_IMPORT_MAX_BYTES = 2 * 1024 ** 3;

/** The environment variable behind each SMTP value, as the Settings page names them. */
export const SMTP_ENV = {
  host: 'NOTNOW_SMTP_HOST',
  port: 'NOTNOW_SMTP_PORT',
  secure: 'NOTNOW_SMTP_SECURE',
  user: 'NOTNOW_SMTP_USER',
  password: 'NOTNOW_SMTP_PASSWORD',
} as const;

export function loadConfig(flags: ConfigFlags = {}): Config {
  const env = process.env;
  const configDir = env.NOTNOW_CONFIG_DIR || join(configHome(), 'notnow');
  const file = readConfigFile(configDir);
  const f = file?.values ?? {};
  const fs = f.smtp ?? {};
  const smtpSources: Record<string, 'env' | 'file' | 'default'> = {};
  const pick = <T>(key: keyof typeof SMTP_ENV, fromEnv: T | undefined, fromFile: T | undefined, dflt: T) => {
    smtpSources[key] = fromEnv !== undefined ? 'env' : fromFile !== undefined ? 'file' : 'default';
    return fromEnv ?? fromFile ?? dflt;
  };
  const smtpPort = pick('port', env.NOTNOW_SMTP_PORT || undefined, fs.port, 587 as string | number);
  const importMaxBytes = flags.importMaxBytes ?? env.NOTNOW_IMPORT_MAX_BYTES ?? f.importMaxBytes;
  const raw = {
    dbPath: flags.db ?? env.NOTNOW_DB ?? join(dataHome(), 'notnow', 'notnow.db'),
    databaseUrl: env.DATABASE_URL || null,
    today: flags.today ?? (env.NOTNOW_TODAY || null),
    configDir,
    port: flags.port ?? env.NOTNOW_PORT ?? f.port ?? 4545,
    host: flags.host ?? env.NOTNOW_HOST ?? f.host ?? '127.0.0.1',
    importMaxBytes:
      importMaxBytes === undefined
        ? DEFAULT_IMPORT_MAX_BYTES
        : (parseByteSize(importMaxBytes) ?? importMaxBytes),
    configFile: file?.path ?? null,
    smtp: {
      host: pick('host', env.NOTNOW_SMTP_HOST || undefined, fs.host || undefined, null as string | null),
      port: smtpPort,
      secure: pick(
        'secure',
        env.NOTNOW_SMTP_SECURE ? bool(env.NOTNOW_SMTP_SECURE, false) : undefined,
        fs.secure,
        String(smtpPort) === '465',
      ),
      user: pick('user', env.NOTNOW_SMTP_USER || undefined, fs.user || undefined, null as string | null),
      password: pick(
        'password',
        env.NOTNOW_SMTP_PASSWORD || undefined,
        privateFile(configDir, 'smtp-password'),
        null as string | null,
      ),
    },
    smtpSources,
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = {
      dbPath: '--db / NOTNOW_DB',
      databaseUrl: 'DATABASE_URL',
      today: '--today / NOTNOW_TODAY',
      configDir: 'NOTNOW_CONFIG_DIR',
      port: '--port / NOTNOW_PORT',
      host: '--host / NOTNOW_HOST',
      importMaxBytes: `NOTNOW_IMPORT_MAX_BYTES / importMaxBytes in ${CONFIG_FILE_NAME}`,
      'smtp.port': 'NOTNOW_SMTP_PORT',
    };
    const issues = parsed.error.issues.map((i) => {
      const key = i.path.join('.');
      return `${names[key] ?? key}: ${i.message}`;
    });
    throw invalidInput(`The configuration is not valid: ${issues.join('; ')}`, issues);
  }
  return parsed.data;
}

/** The configuration as it may be shown: secrets masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  const mask = (v: string | null) => (v ? '***' : null);
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    try {
      const url = new URL(databaseUrl);
      if (url.password) url.password = '***';
      databaseUrl = url.toString();
    } catch {
      databaseUrl = '***';
    }
  }
  return { ...config, databaseUrl, smtp: { ...config.smtp, password: mask(config.smtp.password) } };
}

/**
 * The IMAP password: NOTNOW_IMAP_PASSWORD, else the file `imap-password` in the config folder, which
 * must be readable by its owner only (mode 0600), as ssh does for its keys. Never printed.
 */
export function imapPassword(config: Pick<Config, 'configDir'>): string | undefined {
  return process.env.NOTNOW_IMAP_PASSWORD || privateFile(config.configDir, 'imap-password');
}

/** A secret kept alone in a file of the config folder that only its owner can read. */
function privateFile(configDir: string, name: string): string | undefined {
  const file = join(configDir, name);
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return undefined;
  }
  if ((mode & 0o077) !== 0) {
    throw invalidInput(
      `${file} can be read by others (mode ${(mode & 0o777).toString(8)}); make it private with chmod 600 ${file}`,
    );
  }
  const password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  return password.length > 0 ? password : undefined;
}
