/**
 * The optional config file, `$NOTNOW_CONFIG_DIR/config.json`: the same keys as the environment
 * variables, for people who would rather keep settings in a file. The environment wins over the
 * file, and command-line flags over both. Secrets do not belong here: the file is refused when it
 * holds a password, with where to put it instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { invalidInput } from '../core/errors.js';

export const CONFIG_FILE_NAME = 'config.json';
const KNOWN = 'port, host, importMaxBytes, smtp.host, smtp.port, smtp.secure, smtp.user';

const fileSchema = z.strictObject({
  port: z.union([z.number(), z.string()]).optional(),
  host: z.string().optional(),
  /** Bytes, or a size like "500MB" or "4GB". */
  importMaxBytes: z.union([z.number(), z.string()]).optional(),
  smtp: z
    .strictObject({
      host: z.string().optional(),
      port: z.union([z.number(), z.string()]).optional(),
      secure: z.boolean().optional(),
      user: z.string().optional(),
    })
    .optional(),
});
export type ConfigFileValues = z.infer<typeof fileSchema>;

export interface ConfigFile {
  path: string;
  values: ConfigFileValues;
}

/** The config file of this folder, checked; null when there is none. */
export function readConfigFile(configDir: string): ConfigFile | null {
  const path = join(configDir, CONFIG_FILE_NAME);
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw invalidInput(`${path} is not valid JSON (${(e as Error).message}); fix it or remove it.`);
  }
  const smtp = (raw as { smtp?: unknown } | null)?.smtp;
  if (smtp && typeof smtp === 'object' && 'password' in smtp) {
    throw invalidInput(
      `${path}: smtp.password does not belong in the config file; set NOTNOW_SMTP_PASSWORD or put it ` +
        `alone in ${join(configDir, 'smtp-password')} (chmod 600), then remove it from ${CONFIG_FILE_NAME}.`,
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const at = i.path.length > 0 ? `${i.path.join('.')}.` : '';
      if (i.code === 'unrecognized_keys') {
        return `unknown key ${i.keys.map((k) => at + k).join(', ')} (known: ${KNOWN})`;
      }
      return `${i.path.join('.') || '(top level)'}: ${i.message}`;
    });
    throw invalidInput(`${path} is not valid: ${issues.join('; ')}`, issues);
  }
  return { path, values: parsed.data };
}
