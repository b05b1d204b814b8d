/**
 * Reading job mail into notnow. Every source (eml, mbox, IMAP) yields items; each becomes a result
 * (applied, review, duplicate, ignored or error) and the batch goes on past a bad one. Work is committed
 * in batches together with the source's checkpoint, so an interrupted import leaves a consistent
 * database and the next run continues after the last committed message.
 *
 * A batch is read and parsed first (outside the transaction, holding only its own messages), then, in
 * one transaction: which of its messages are known already (one query), classification of the new ones,
 * matching against an index of the applications loaded once per import, the messages' rows (one insert),
 * and a mark on every application whose plan the batch changed (`REPLAN_PENDING`). The marked plans are
 * made again once, at the end of the import, however many batches changed them: re-planning each
 * batch's applications at once made the same plans again and again (bench, scale 1, first 10,000
 * messages: 5,438 re-plans of 4,029 applications). Stopped before that, the marks stay in the database
 * and the next import or the daily refresh re-plans them. Within an import, as within one batch, a
 * message sees the statuses the import's messages set, not those re-planning would set.
 */
import type { ResumePoint, SourceItem } from '../adapters/mail/source-item.js';
import type { MailKind } from '../core/inbox/kinds.js';
import { matchApplication } from '../core/inbox/match.js';
import type { Application, ApplicationStatus, Id } from '../core/model.js';
import { getApplication, markReplanPending } from '../store/applications.js';
import {
  getCheckpoint,
  insertMessages,
  messageIds,
  type StoredMessage,
  setCheckpoint,
  storedMessageKeys,
} from '../store/messages.js';
import { applicationIdsOfPeople } from '../store/plan-inputs.js';
import { type Db, nextIds } from '../store/store.js';
import type { AppContext } from './context.js';
import { recordMessage, statusForNew, statusNews } from './inbox-apply.js';
import { CandidateIndex } from './inbox-candidates.js';
import type { Read } from './inbox-read.js';
import { type PlanRun, planRun, replanPending } from './plan.js';

export { applyMessage, roleFromTitle, statusForNew } from './inbox-apply.js';

/** Above both, a message changes the application by itself; below, it waits for the user's review. */
export const AUTO_CLASSIFY = 0.8;
export const AUTO_MATCH = 0.8;
/**
 * Messages per transaction: a crash re-reads at most this many, a batch's messages are all that is held
 * in memory at once (two batches: one written, the next being read), and each commit waits for the
 * disk once. 1000: bench, scale 1 (250 spent ~5 % of the import waiting for commits).
 */
const BATCH = 1000;

export type ItemStatus = 'applied' | 'review' | 'duplicate' | 'ignored' | 'error';

export interface ItemResult {
  key: string;
  status: ItemStatus;
  kind?: MailKind;
  confidence?: number;
  subject?: string;
  applicationId?: Id | null;
  messageId?: Id;
  /** For applied messages: the status it moved the application to (null when it stayed). */
  newStatus?: ApplicationStatus | null;
  error?: string;
}

export interface ImportReport {
  results: ItemResult[];
  counts: Record<ItemStatus, number>;
  /** True when the import was stopped (Ctrl-C) before the source ended. */
  interrupted: boolean;
}

export interface ImportOptions {
  /** Keep the message text (by default only what was classified is kept, not the body). */
  keepBodies?: boolean;
  /** Called after each item. */
  onItem?: (result: ItemResult, item: SourceItem) => void;
  /** Called as the plans the import changed are made again, at its end. */
  onReplan?: (done: number, total: number) => void;
  /** When it aborts, the import stops after the current message and commits what it did. */
  signal?: AbortSignal;
  /**
   * Keep every item's result in the report (the default). A caller that takes them from `onItem`
   * says false, so that a mailbox of a million messages is imported in bounded memory: the report
   * then holds the counts only.
   */
  keepResults?: boolean;
  /** Messages per transaction (`BATCH` by default). */
  batchSize?: number;
}

export interface Checkpointer {
  /** The name under which the checkpoint is kept, e.g. `mbox:/path/mail.mbox`. */
  source: string;
  /** The next state after an item was stored, from its resume point (undefined: no change). */
  advance(state: unknown, resume: ResumePoint | undefined): unknown;
}

/** Items taken from the source and what the reader made of each (in the same order). */
interface Batched {
  items: SourceItem[];
  reads: Read[];
  done: boolean;
}

/** Imports every item of a source; the source is opened by the caller from the last checkpoint. */
export async function importItems(
  ctx: AppContext,
  items: AsyncIterable<SourceItem>,
  checkpoint: Checkpointer | null,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const results: ItemResult[] = [];
  const keep = options.keepResults ?? true;
  const batchSize = Math.max(1, options.batchSize ?? BATCH);
  const counts: Record<ItemStatus, number> = { applied: 0, review: 0, duplicate: 0, ignored: 0, error: 0 };
  const iterator = items[Symbol.asyncIterator]();
  // Loaded apart, so that the reader's thread loads only the reading (its chunk of the bundle), not
  // the database code this module needs.
  const { openReader } = await import('./inbox-reader.js');
  const reader = openReader(Boolean(options.keepBodies));
  let finished = false;
  let state = checkpoint ? await getCheckpoint(ctx.store.db, checkpoint.source) : undefined;
  // Loaded by the first batch, then kept current from what each batch changed.
  let index: CandidateIndex | null = null;
  /**
   * Takes the next batch from the source and hands it to the reader. Taking is awaited before the
   * current batch is written: the writing runs without giving the event loop a turn (SQLite answers
   * at once), so a source still waiting for its file then would leave the reader idle meanwhile.
   */
  const takeBatch = async (): Promise<{ reading: Promise<Batched> }> => {
    const taken: SourceItem[] = [];
    let done = false;
    while (taken.length < batchSize && !options.signal?.aborted) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      taken.push(next.value);
    }
    const reading = reader.read(taken).then((reads) => ({ items: taken, reads, done }));
    // Its failure is reported where it is awaited, after the batch being written; not as unhandled.
    reading.catch(() => undefined);
    return { reading };
  };
  let ahead: Promise<Batched> | null = null;
  try {
    ahead = (await takeBatch()).reading;
    while (ahead && !options.signal?.aborted) {
      const { items: taken, reads, done }: Batched = await ahead;
      ahead = done || options.signal?.aborted ? null : (await takeBatch()).reading;
      if (done) finished = true;
      if (reads.length === 0) break;
      await ctx.store.tx(async (db) => {
        const run = await planRun(ctx, db);
        index ??= await CandidateIndex.load(db);
        const batch = await startBatch(db, run, index, reads);
        for (const [i, r] of reads.entries()) {
          // Stopped: the messages read but not yet imported are read again by the next run.
          if (options.signal?.aborted) {
            finished = false;
            break;
          }
          const result = await importOne(db, batch, r);
          counts[result.status]++;
          if (keep) results.push(result);
          if (checkpoint) state = checkpoint.advance(state, r.item.resume);
          options.onItem?.(result, taken[i] as SourceItem);
        }
        await finishBatch(db, batch);
        if (checkpoint && state !== undefined) await setCheckpoint(db, checkpoint.source, state, run.now);
      });
    }
  } catch (e) {
    // What was committed before the failure (a source that broke off, a message the reader could not
    // survive) still gets its plans; if even that fails, the marks stay for the refresh.
    await replanPending(ctx).catch(() => undefined);
    throw e;
  } finally {
    // A batch still being read is dropped (the next run reads it again), then the source is closed.
    if (ahead) await ahead.catch(() => undefined);
    await reader.close();
    if (!finished) await iterator.return?.();
  }
  // Also when stopped (Ctrl-C): what was imported leaves its plans current. Marks an earlier import
  // left (a process killed before this point) are re-planned too.
  await replanPending(ctx, options.onReplan);
  return { results, counts, interrupted: !finished };
}

/** One transaction's worth of messages. */
interface Batch {
  run: PlanRun;
  index: CandidateIndex;
  /** Keys stored before the batch or by it: a second copy of a message is a duplicate. */
  known: Set<string>;
  /** Ids taken for the batch's new messages, handed out in order. */
  ids: Id[];
  /** Ids for the other rows the batch inserts (people, touches, status changes). */
  newId: () => Promise<Id>;
  rows: StoredMessage[];
  /** Applications read in this transaction: the index holds them as stored, nobody else writes them. */
  current: Set<Id>;
  /** What the batch's messages changed, marked for re-planning at its end. */
  changed: { applicationIds: Set<Id>; personIds: Set<Id> };
}

async function startBatch(db: Db, run: PlanRun, index: CandidateIndex, read: Read[]): Promise<Batch> {
  const keys = read.flatMap((r) => (r.error === undefined ? [r.message.key] : []));
  const known = await storedMessageKeys(db, keys);
  // Enough ids for every message that may be kept; the few left over (mail that is not about a job
  // search) only leave gaps in the id sequence, which nothing relies on.
  const fresh = new Set(keys.filter((k) => !known.has(k)));
  const ids = await messageIds(db, fresh.size);
  return {
    run,
    index,
    known,
    ids,
    newId: idBlocks(db),
    rows: [],
    current: new Set(),
    changed: { applicationIds: new Set(), personIds: new Set() },
  };
}

/**
 * Hands out ids taken from the shared counter a block at a time: one statement per block instead of
 * one per inserted row (bench, scale 1: ~3,800 touches, 1,800 status changes and a few hundred
 * people per 10,000 messages). Ids left over when the batch ends are gaps, which nothing relies on.
 */
function idBlocks(db: Db, size = 256): () => Promise<Id> {
  let block: Id[] = [];
  let next = 0;
  return async () => {
    if (next === block.length) {
      block = await nextIds(db, size);
      next = 0;
    }
    return block[next++] as Id;
  };
}

/**
 * Stores the batch's messages and marks the plans they changed to be made again at the end of the
 * import: the applications, and every application of the people who wrote (spacing and back-off are
 * per person, and the ghosted path changes a status).
 */
async function finishBatch(db: Db, batch: Batch): Promise<void> {
  await insertMessages(db, batch.rows);
  const personIds = [...batch.changed.personIds];
  const marked = new Set([...batch.changed.applicationIds, ...(await applicationIdsOfPeople(db, personIds))]);
  await markReplanPending(db, [...marked]);
}

/** Whether the message came from the user's own address (the profile's). */
function sentByUser(run: PlanRun, from: string | undefined): boolean {
  const own = run.profile.email?.trim().toLowerCase();
  return Boolean(own && from && from.trim().toLowerCase() === own);
}

async function importOne(db: Db, batch: Batch, read: Read): Promise<ItemResult> {
  const { item } = read;
  if (read.error !== undefined) return { key: item.key, status: 'error', error: read.error };
  const msg = read.message;
  const { key, classification, extraction } = msg;
  const base = { key: item.key, subject: msg.subject };
  if (batch.known.has(key)) return { ...base, status: 'duplicate' };
  const { kind, confidence } = classification;
  // Mail that is not about a job search is neither kept nor remembered; nor is mail the user sent (a
  // Takeout mbox holds the Sent folder too): "I'm sorry I wasn't selected" to a friend is no news.
  if (kind === 'other' || extraction === null) return { ...base, status: 'ignored', kind, confidence };
  if (sentByUser(batch.run, msg.from?.address))
    return { ...base, status: 'ignored', kind: 'other', confidence: 1 };
  batch.known.add(key);
  const match = matchApplication(extraction, batch.index.candidatesFor(extraction));
  const matched =
    match.applicationId === null ? null : await currentApplication(db, batch, match.applicationId);
  const { run } = batch;
  const at = msg.date && msg.date < run.now ? msg.date : run.now;
  const automatic = matched !== null && confidence >= AUTO_CLASSIFY && match.confidence >= AUTO_MATCH;
  // What accepting would leave the application at: its news, or the status it has (an interview
  // invitation for an application already at the interview stage changes nothing).
  const proposed = matched ? ((await statusNews(db, matched, kind, at)) ?? matched.status) : null;
  const id = batch.ids.shift() as Id;
  batch.rows.push({
    id,
    messageKey: key,
    sourceKey: item.key,
    receivedAt: msg.date,
    fromName: msg.from?.name ?? null,
    fromAddress: msg.from?.address ?? null,
    subject: msg.subject,
    kind,
    confidence,
    evidence: classification.evidence,
    extraction,
    applicationId: matched?.id ?? null,
    state: automatic ? 'applied' : 'review',
    suggestion: automatic
      ? null
      : {
          applicationId: matched?.id ?? null,
          matchConfidence: match.confidence,
          reason: match.reason,
          status: proposed ?? statusForNew(kind),
          company: extraction.company?.value ?? null,
          role: extraction.role?.value ?? null,
        },
    body: msg.text,
    importedAt: run.now,
  });
  const result = { ...base, kind, confidence, applicationId: matched?.id ?? null, messageId: id };
  if (!automatic || !matched) return { ...result, status: 'review' };
  const recorded = await recordMessage(db, run, matched, kind, extraction, at, msg.subject, batch.newId);
  batch.index.put(recorded.application);
  if (recorded.changed) {
    batch.changed.applicationIds.add(matched.id);
    if (recorded.personId !== null) batch.changed.personIds.add(recorded.personId);
  }
  return { ...result, status: 'applied', newStatus: recorded.newStatus };
}

/**
 * The application as stored. Read again once per transaction: the user may have changed it (another
 * process) since the index was loaded; within the transaction the index is kept equal to what it writes.
 */
async function currentApplication(db: Db, batch: Batch, id: Id): Promise<Application | null> {
  if (batch.current.has(id)) return batch.index.get(id);
  const application = await getApplication(db, id);
  if (application) {
    batch.index.put(application);
    batch.current.add(id);
  }
  return application;
}
