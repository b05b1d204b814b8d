/**
 * One configuration schema: every key has a default and an environment variable, is validated at
 * start, and secrets are never printed (see `describeConfig`). Flags given on the command line win
 * over the environment.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { isLocalDate } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';

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
  smtp: z.object({
    /** NOTNOW_SMTP_HOST */
    host: z.string().nullable(),
    /** NOTNOW_SMTP_PORT */
    port: z.coerce.number().int().min(1).max(65535),
    /** NOTNOW_SMTP_SECURE: true for implicit TLS (port 465). */
    secure: z.boolean(),
    /** NOTNOW_SMTP_USER */
    user: z.string().nullable(),
    /** NOTNOW_SMTP_PASSWORD: a secret, never printed or stored in the database. */
    password: z.string().nullable(),
  }),
});
export type Config = z.infer<typeof configSchema>;

export interface ConfigFlags {
  db?: string;
  today?: string;
  port?: string | number;
  host?: string;
}

const bool = (v: string | undefined, fallback: boolean) =>
  v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

export function loadConfig(flags: ConfigFlags = {}): Config {
  const env = process.env;
  const raw = {
    dbPath: flags.db ?? env.NOTNOW_DB ?? join(dataHome(), 'notnow', 'notnow.db'),
    databaseUrl: env.DATABASE_URL || null,
    today: flags.today ?? (env.NOTNOW_TODAY || null),
    configDir: env.NOTNOW_CONFIG_DIR || join(configHome(), 'notnow'),
    port: flags.port ?? env.NOTNOW_PORT ?? 4545,
    host: flags.host ?? env.NOTNOW_HOST ?? '127.0.0.1',
    smtp: {
      host: env.NOTNOW_SMTP_HOST || null,
      port: env.NOTNOW_SMTP_PORT ?? 587,
      secure: bool(env.NOTNOW_SMTP_SECURE, env.NOTNOW_SMTP_PORT === '465'),
      user: env.NOTNOW_SMTP_USER || null,
      password: env.NOTNOW_SMTP_PASSWORD || null,
    },
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
  const fromEnv = process.env.NOTNOW_IMAP_PASSWORD;
  if (fromEnv) return fromEnv;
  const file = join(config.configDir, 'imap-password');
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
