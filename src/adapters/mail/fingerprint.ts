import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * What identifies an mbox between imports: its first 64 KiB. A file that grew (new mail appended)
 * keeps its fingerprint, so an import continues where it stopped; a replaced file starts over.
 */
export function mboxFingerprint(path: string): { head: string; size: number } {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, buf, 0, buf.length, 0);
    return { head: createHash('sha256').update(buf).digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}
