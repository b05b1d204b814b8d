/**
 * Files and folders of mail of either kind, for commands that take "FILE|DIR..." (`notnow
 * classify`): a named file is an mbox when it starts with a `From ` separator line and a single
 * message otherwise, whatever its name; inside folders `*.eml` and `*.mbox` / `*.mbx` files are
 * taken (a Google Takeout folder holds `.mbox` files). Same items, keys and limits as the two sources.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isEmlName, readEmlFile } from './eml-source.js';
import { describeFsError } from './fs-error.js';
import { readMbox } from './mbox-source.js';
import { DEFAULT_MAX_MESSAGE_BYTES, type SourceItem } from './source-item.js';
import { walkFiles } from './walk-files.js';

export interface MailPathsOptions {
  maxMessageBytes?: number;
}

const isMboxName = (name: string) => /\.(mbox|mbx)$/i.test(name);

/** Whether a file starts with an mbox separator line. */
export async function looksLikeMbox(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await file.read(head, 0, 5, 0);
    return bytesRead === 5 && head.toString('latin1') === 'From ';
  } finally {
    await file.close();
  }
}

async function* mboxItems(path: string, max: number): AsyncGenerator<SourceItem> {
  try {
    yield* readMbox(path, { maxMessageBytes: max });
  } catch (err) {
    // Opening failed (the reader throws only before its first item): the file is one bad item.
    yield { key: path, error: (err as Error).message };
  }
}

async function* fileItems(path: string, max: number): AsyncGenerator<SourceItem> {
  let mbox: boolean;
  try {
    mbox = await looksLikeMbox(path);
  } catch (err) {
    yield { key: path, error: `cannot read the file: ${describeFsError(err)}` };
    return;
  }
  if (mbox) yield* mboxItems(path, max);
  else yield await readEmlFile(path, max);
}

export async function* readMailPaths(
  paths: string[],
  options: MailPathsOptions = {},
): AsyncGenerator<SourceItem> {
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
      yield* fileItems(path, max);
      continue;
    }
    let found = 0;
    for await (const entry of walkFiles(path, (name) => isEmlName(name) || isMboxName(name))) {
      found++;
      if ('error' in entry) yield entry;
      else if (isMboxName(entry.path)) yield* mboxItems(entry.path, max);
      else yield await readEmlFile(entry.path, max);
    }
    if (found === 0) yield { key: path, error: `no .eml or .mbox files in the folder ${given}` };
  }
}
