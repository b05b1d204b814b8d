import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import { formatBytes } from '../config/byte-size.js';
import { jsonError } from './errors.js';

export interface Upload {
  path: string;
  size: number;
  /** Removes the file and its folder (when the upload is not used after all). */
  discard(): void;
}

/** Names the limit, the knob that raises it, and the way around it. */
function tooLarge(c: Context, max: number, size?: number) {
  const what =
    size === undefined ? 'The file is larger than' : `The file (${formatBytes(size)}) is larger than`;
  return jsonError(
    c,
    'too-large',
    `${what} ${formatBytes(max)}, the most this server takes (import limit: ${max} bytes). Raise it with ` +
      'NOTNOW_IMPORT_MAX_BYTES (e.g. NOTNOW_IMPORT_MAX_BYTES=4GB) or "importMaxBytes" in config.json in ' +
      'the config folder, then restart notnow; or import it from the terminal: `notnow import mbox FILE`.',
  );
}

class LimitExceeded extends Error {}

/**
 * Streams a request body to a new file in a private temporary folder, never holding it in memory,
 * and stops as soon as it passes `max` bytes (whatever Content-Length claimed).
 */
export async function receiveUpload(c: Context, max: number): Promise<Upload | Response> {
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) return tooLarge(c, max, declared);
  const body = c.req.raw.body;
  if (!body) return jsonError(c, 'invalid-input', 'Send the file as the request body.');
  const dir = mkdtempSync(join(tmpdir(), 'notnow-upload-'));
  const path = join(dir, 'upload');
  const discard = () => rmSync(dir, { recursive: true, force: true });
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > max ? new LimitExceeded() : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      count,
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (e) {
    discard();
    if (e instanceof LimitExceeded) return tooLarge(c, max);
    return jsonError(c, 'invalid-input', `The upload did not arrive whole: ${(e as Error).message}`);
  }
  if (size === 0) {
    discard();
    return jsonError(c, 'invalid-input', 'The file is empty: drop an .eml or .mbox file.');
  }
  return { path, size, discard };
}
