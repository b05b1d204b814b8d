import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { SourceItem } from '../adapters/mail/source-item.js';
import type { AppContext } from '../app/context.js';
import type { ImportReport, ItemResult, ItemStatus } from '../app/inbox.js';
import { importEml, importMbox } from '../app/inbox-sources.js';

export type ImportFormat = 'mbox' | 'eml';

/** One upload being imported: what the page polls to show progress and, at the end, the counts. */
export interface ImportStatus {
  id: string;
  /** The file's name as the user dropped it (shown as text only). */
  name: string;
  format: ImportFormat;
  state: 'running' | 'done' | 'failed';
  /** Bytes of the file, and how far the import has read (mbox: by message offset). */
  size: number;
  bytesRead: number;
  /** Messages read so far. */
  items: number;
  counts: Record<ItemStatus, number>;
  /**
   * Once every message is read, the plans the import changed are brought up to date: how many of
   * them so far (null until that starts, and when it changed none).
   */
  plans: { done: number; total: number } | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** Finished imports are kept this long for the page to read their counts, then forgotten. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/** mbox files start with a `From ` separator line; anything else is read as one message. */
export function sniffFormat(name: string, path: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.mbox') || lower.endsWith('.mbx')) return 'mbox';
  if (lower.endsWith('.eml')) return 'eml';
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'From ' ? 'mbox' : 'eml';
  } finally {
    closeSync(fd);
  }
}

/**
 * Imports run in the background, one request each, so a large mailbox does not hold the upload's
 * request open; the page polls their status. The uploaded file is removed when its import ends.
 */
export class ImportJobs {
  readonly #jobs = new Map<string, ImportStatus>();
  readonly #running = new Set<Promise<void>>();

  constructor(private readonly ctx: AppContext) {}

  start(file: string, name: string, size: number): ImportStatus {
    this.#forgetOld();
    const format = sniffFormat(name, file);
    const status: ImportStatus = {
      id: randomUUID(),
      name,
      format,
      state: 'running',
      size,
      bytesRead: 0,
      items: 0,
      counts: { applied: 0, review: 0, duplicate: 0, ignored: 0, error: 0 },
      plans: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.#jobs.set(status.id, status);
    const onItem = (r: ItemResult, item: SourceItem) => {
      status.items++;
      status.counts[r.status]++;
      if (item.resume?.kind === 'mbox') status.bytesRead = Math.min(size, item.resume.nextOffset);
    };
    const onReplan = (done: number, total: number) => {
      status.plans = { done, total };
    };
    const work: Promise<ImportReport> =
      // Counted as they come; none kept (an upload may hold a whole mailbox).
      format === 'mbox'
        ? importMbox(this.ctx, file, { onItem, onReplan, keepResults: false })
        : importEml(this.ctx, [file], { onItem, onReplan, keepResults: false });
    const done = work
      .then((report) => {
        status.counts = report.counts;
        status.items = Object.values(report.counts).reduce((a, b) => a + b, 0);
        status.bytesRead = size;
        status.state = 'done';
      })
      .catch((e: Error) => {
        status.state = 'failed';
        status.error = e.message;
      })
      .finally(() => {
        status.finishedAt = new Date().toISOString();
        // Uploads sit alone in a private folder of their own (see upload.ts): remove both.
        rmSync(basename(dirname(file)).startsWith('notnow-upload-') ? dirname(file) : file, {
          recursive: true,
          force: true,
        });
        this.#running.delete(done);
      });
    this.#running.add(done);
    return { ...status };
  }

  get(id: string): ImportStatus | undefined {
    const s = this.#jobs.get(id);
    return s ? { ...s, counts: { ...s.counts }, plans: s.plans ? { ...s.plans } : null } : undefined;
  }

  list(): ImportStatus[] {
    return [...this.#jobs.keys()].map((id) => this.get(id)!);
  }

  /** Waits for every running import (the server waits before it closes the database). */
  async settle(): Promise<void> {
    await Promise.all([...this.#running]);
  }

  #forgetOld(): void {
    const now = Date.now();
    for (const [id, s] of this.#jobs) {
      if (s.finishedAt && now - Date.parse(s.finishedAt) > KEEP_FINISHED_MS) this.#jobs.delete(id);
    }
  }
}
