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
  /** Reads these items in order. */
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
const READER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

/** Why a worker stopped: `memory` when a message needed more than its heap allows. */
class ReaderStopped extends Error {
  constructor(
    message: string,
    readonly memory: boolean,
  ) {
    super(message);
  }
}

class WorkerReader implements MailReader {
  private worker!: Worker;
  private waiting = new Map<number, { resolve(r: Read[]): void; reject(e: Error): void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    private readonly file: string,
    private readonly keepBodies: boolean,
  ) {
    this.start();
  }

  private start(): void {
    const worker = new Worker(this.file, {
      workerData: { role: READER_ROLE },
      resourceLimits: READER_LIMITS,
    });
    const waiting = new Map<number, { resolve(r: Read[]): void; reject(e: Error): void }>();
    this.worker = worker;
    this.waiting = waiting;
    this.failure = null;
    // Waiting for the database is no reason to keep the process alive; pending reads keep it busy.
    worker.unref();
    worker.on('message', ({ id, reads }: ReadResponse) => {
      waiting.get(id)?.resolve(reads);
      waiting.delete(id);
    });
    const fail = (e: Error) => {
      if (this.worker === worker) this.failure ??= e;
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      fail(new ReaderStopped(`the mail reader stopped: ${e.message}`, e.code === 'ERR_WORKER_OUT_OF_MEMORY')),
    );
    worker.on('exit', (code) =>
      fail(new ReaderStopped(`the mail reader stopped (exit code ${code})`, false)),
    );
  }

  /**
   * Reads the items. When a message needs more memory than the reader's heap allows, the batch is read
   * again one message at a time by a new reader, and each message that exhausts it is reported as an
   * error item (the import goes on, as for any unreadable message).
   */
  async read(items: SourceItem[]): Promise<Read[]> {
    try {
      return await this.request(items);
    } catch (e) {
      if (!(e instanceof ReaderStopped && e.memory)) throw e;
    }
    const reads: Read[] = [];
    this.start();
    for (const item of items) {
      try {
        reads.push(...(await this.request([item])));
      } catch (e) {
        if (!(e instanceof ReaderStopped && e.memory)) throw e;
        reads.push({
          item: item.resume ? { key: item.key, resume: item.resume } : { key: item.key },
          error: `the message needs more memory to read than the import allows (${READER_LIMITS.maxOldGenerationSizeMb} MB); skipped`,
        });
        this.start();
      }
    }
    return reads;
  }

  private request(items: SourceItem[]): Promise<Read[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const request: ReadRequest = { id, items, keepBodies: this.keepBodies };
    const { worker, waiting } = this;
    // The bytes are copied, not moved: a batch that stops the reader is read again from them.
    return new Promise<Read[]>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    }).finally(() => {
      if (waiting.size === 0) worker.unref();
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the mail reader was closed');
    await this.worker.terminate();
  }
}
