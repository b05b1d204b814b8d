import { join } from 'node:path';
import { type Config, SMTP_ENV } from './config.js';
import { CONFIG_FILE_NAME } from './config-file.js';

export type SettingSource = 'env' | 'file' | 'default';

/**
 * How sending is set up, as it may be shown: every value but the password, which is only said to be
 * there or not, with where each value came from and where to change it.
 */
export interface SmtpSetup {
  /** A host is set: sending is on. */
  configured: boolean;
  host: string | null;
  port: number;
  /** TLS from the first byte (port 465); else STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  passwordSet: boolean;
  sources: Record<keyof typeof SMTP_ENV, SettingSource>;
  /** The environment variable and config file key of each value. */
  env: typeof SMTP_ENV;
  configFile: string;
  passwordFile: string;
}

export function smtpSetupOf(config: Pick<Config, 'smtp' | 'smtpSources' | 'configDir'>): SmtpSetup {
  const source = (k: keyof typeof SMTP_ENV): SettingSource => config.smtpSources[k] ?? 'default';
  return {
    configured: config.smtp.host !== null,
    host: config.smtp.host,
    port: config.smtp.port,
    secure: config.smtp.secure,
    user: config.smtp.user,
    passwordSet: config.smtp.password !== null,
    sources: {
      host: source('host'),
      port: source('port'),
      secure: source('secure'),
      user: source('user'),
      password: source('password'),
    },
    env: SMTP_ENV,
    configFile: join(config.configDir, CONFIG_FILE_NAME),
    passwordFile: join(config.configDir, 'smtp-password'),
  };
}
