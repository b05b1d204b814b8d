/**
 * The worker thread that reads mail for an import (inbox-reader.ts starts it with this file). Batches
 * come in with their bytes (transferred, not copied) and go back as plain data, one batch at a time.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SourceItem } from '../adapters/mail/source-item.js';
import { type Read, readItem } from './inbox-read.js';

/** Told to the worker at its start, so that this module only serves when started for it. */
export const READER_ROLE = 'notnow-mail-reader';

export interface ReadRequest {
  id: number;
  items: SourceItem[];
  keepBodies: boolean;
}
export interface ReadResponse {
  id: number;
  reads: Read[];
}

/** This module's own file: in the bundle a chunk of it, compiled or as TypeScript source in tests. */
export function readerFile(): string {
  return fileURLToPath(import.meta.url);
}

const port = parentPort;
if (!isMainThread && port && (workerData as { role?: string } | null)?.role === READER_ROLE) {
  port.on('message', async ({ id, items, keepBodies }: ReadRequest) => {
    const reads: Read[] = [];
    for (const item of items) reads.push(await readItem(item, keepBodies));
    port.postMessage({ id, reads } satisfies ReadResponse);
  });
}
