/**
 * .eml files, and folders of them searched recursively, as source items. Files named on the command
 * line are read whatever their extension (the user chose them); inside folders only `*.eml` files
 * are taken, in a stable (sorted) order. Each file is read only when its turn comes, so memory holds
 * one message; a file over the size cap, unreadable or vanished is an error item and the walk goes on.
 */
import { type Dirent, realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFsError } from './fs-error.js';
import { DEFAULT_MAX_MESSAGE_BYTES, formatBytes, type SourceItem } from './source-item.js';

export interface EmlOptions {
  maxMessageBytes?: number;
}

const isEml = (name: string) => name.toLowerCase().endsWith('.eml');
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function readOne(path: string, max: number): Promise<SourceItem> {
  try {
    const info = await stat(path);
    if (info.size > max) {
      return {
        key: path,
        error: `the file is ${formatBytes(info.size)}, larger than the ${formatBytes(max)} limit; skipped`,
      };
    }
    return { key: path, raw: new Uint8Array(await readFile(path)) };
  } catch (err) {
    return { key: path, error: `cannot read the file: ${describeFsError(err)}` };
  }
}

async function* walk(dir: string, max: number, seen: Set<string>): AsyncGenerator<SourceItem> {
  // A symbolic link back up the tree would otherwise make the walk endless.
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { key: dir, error: `cannot read the folder: ${describeFsError(err)}` };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
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
    if (isDir) yield* walk(path, max, seen);
    else if (isFile && isEml(entry.name)) yield await readOne(path, max);
  }
}

/** Every message in the given .eml files and folders, in the order given, folders sorted by name. */
export async function* readEmlPaths(paths: string[], options: EmlOptions = {}): AsyncGenerator<SourceItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  for (const given of paths) {
    const path = resolve(given);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      yield { key: path, error: `cannot read ${given}: ${describeFsError(err)}` };
      continue;
    }
    if (!isDir) {
      yield await readOne(path, max);
      continue;
    }
    let found = 0;
    for await (const item of walk(path, max, new Set())) {
      found++;
      yield item;
    }
    if (found === 0) yield { key: path, error: `no .eml files in the folder ${given}` };
  }
}
