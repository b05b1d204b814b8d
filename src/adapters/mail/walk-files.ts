/**
 * The files under a folder whose names pass `accept`, recursively, sorted by name at every level so
 * every run sees the same order. Symbolic links are followed, but a folder already walked (a link
 * back up the tree) is not walked again. An unreadable folder becomes an error item.
 */
import { type Dirent, realpathSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './fs-error.js';
import type { ErrorItem } from './source-item.js';

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function* walkFiles(
  dir: string,
  accept: (name: string) => boolean,
  seen: Set<string> = new Set(),
): AsyncGenerator<{ path: string } | ErrorItem> {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (err) {
    yield { key: dir, error: `cannot read the folder: ${describeFsError(err)}` };
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // A dangling link names no message.
      }
    }
    if (isDir) yield* walkFiles(path, accept, seen);
    else if (isFile && accept(entry.name)) yield { path };
  }
}
