/**
 * .eml files, and folders of them searched recursively, as source items. Files named on the command
 * line are read whatever their extension (the user chose them); inside folders only `*.eml` files
 * are taken, in a stable (sorted) order. Each file is read only when its turn comes, so memory holds
 * one message; a file over the size cap, unreadable or vanished is an error item and the walk goes on.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError } from './fs-error.js';
import { DEFAULT_MAX_MESSAGE_BYTES, formatBytes, type SourceItem } from './source-item.js';
import { walkFiles } from './walk-files.js';

export interface EmlOptions {
  maxMessageBytes?: number;
}

export const isEmlName = (name: string) => name.toLowerCase().endsWith('.eml');

/** One .eml file as an item: its bytes, or why they cannot be had. */
export async function readEmlFile(path: string, max = DEFAULT_MAX_MESSAGE_BYTES): Promise<SourceItem> {
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
      yield await readEmlFile(path, max);
      continue;
    }
    let found = 0;
    for await (const entry of walkFiles(path, isEmlName)) {
      found++;
      yield 'error' in entry ? entry : await readEmlFile(entry.path, max);
    }
    if (found === 0) yield { key: path, error: `no .eml files in the folder ${given}` };
  }
}
