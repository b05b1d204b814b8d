/**
 * Reads batches of mail for an import, in a worker thread when it can. Parsing, classifying and
 * extracting take about as long as everything the import then does with the database (bench, scale 1),
 * so with the reading on a second core the next batch is read while this one is written. Where no
 * worker can start (the TypeScript sources under test) the same reading runs in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { SourceItem } from '../adapters/mail/source-item.js';
import { type Read, readItem } from './inbox-read.js';
import { READER_ROLE, type ReadRequest, type ReadResponse, readerFile } from './inbox-read-worker.js';

export interface MailReader {
  /** Reads these items in order; the bytes of the items are handed over and must not be used again. */
  read(items: SourceItem[]): Promise<Read[]>;
  close(): Promise<void>;
}

export function openReader(keepBodies: boolean): MailReader {
  const file = readerFile();
  return /\.(c|m)?js$/.test(file) ? new WorkerReader(file, keepBodies) : new InThreadReader(keepBodies);
}

class InThreadReader implements MailReader {
  constructor(private readonly keepBodies: boolean) {}

  async read(items: SourceItem[]): Promise<Read[]> {
    const reads: Read[] = [];
    for (const item of items) reads.push(await readItem(item, this.keepBodies));
    return reads;
  }

  async close(): Promise<void> {}
}

/**
 * The reader's heap. Left to itself V8 lets a busy thread's heap grow far beyond what it keeps (the
 * reader holds one batch of parsed mail: a few MB), which cost ~85 MB of peak memory (bench, scale 1).
 * The old generation leaves room for a message at the 40 MiB size limit, parsed.
 */
const READER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 };

class WorkerReader implements MailReader {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve(r: Read[]): void; reject(e: Error): void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    file: string,
    private readonly keepBodies: boolean,
  ) {
    this.worker = new Worker(file, { workerData: { role: READER_ROLE }, resourceLimits: READER_LIMITS });
    // Waiting for the database is no reason to keep the process alive; pending reads keep it busy.
    this.worker.unref();
    this.worker.on('message', ({ id, reads }: ReadResponse) => {
      this.waiting.get(id)?.resolve(reads);
      this.waiting.delete(id);
    });
    const fail = (e: Error) => {
      this.failure ??= e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', (e) => fail(new Error(`the mail reader stopped: ${e.message}`)));
    this.worker.on('exit', (code) => fail(new Error(`the mail reader stopped (exit code ${code})`)));
  }

  read(items: SourceItem[]): Promise<Read[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const request: ReadRequest = { id, items, keepBodies: this.keepBodies };
    // The bytes move to the worker rather than being copied (each message has its own buffer).
    const transfer = items.flatMap((i) =>
      i.raw && i.raw.byteOffset === 0 && i.raw.byteLength === i.raw.buffer.byteLength ? [i.raw.buffer] : [],
    );
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(request, transfer as ArrayBuffer[]);
    }).finally(() => {
      if (this.waiting.size === 0) this.worker.unref();
    }) as Promise<Read[]>;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the mail reader was closed');
    await this.worker.terminate();
  }
}
