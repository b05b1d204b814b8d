import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotNowError } from '../core/errors.js';

/** 32 random bytes: far beyond guessing, and short enough to paste. */
const SECRET_BYTES = 32;
const FILE_NAME = 'server-secret';

export function secretPath(configDir: string): string {
  return join(configDir, FILE_NAME);
}

/**
 * The server's secret: created at first start in a file only the user can read (0600), and the same
 * at every later start, so a bookmarked link and the browser's session keep working.
 */
export function loadOrCreateSecret(configDir: string): string {
  const path = secretPath(configDir);
  try {
    mkdirSync(configDir, { recursive: true, mode: 0o700 });
    try {
      const existing = readFileSync(path, 'utf8').trim();
      if (/^[A-Za-z0-9_-]{32,}$/.test(existing)) {
        // Someone loosened the file's permissions: other users must not read the key to our data.
        if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
        return existing;
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const secret = randomBytes(SECRET_BYTES).toString('base64url');
    writeFileSync(path, `${secret}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
    return secret;
  } catch (e) {
    throw new NotNowError(
      'invalid-file',
      `Cannot keep the server's secret in ${path}: ${(e as Error).message}. Check NOTNOW_CONFIG_DIR and its permissions.`,
    );
  }
}
