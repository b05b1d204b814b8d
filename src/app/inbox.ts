/**
 * Reading job mail into notnow. Every source (eml, mbox, IMAP) yields items; each becomes a result
 * (applied, review, duplicate, ignored or error) and the batch goes on past a bad one. Work is committed
 * in small batches together with the source's checkpoint, so an interrupted import leaves a consistent
 * database and the next run continues after the last committed message.
 */
import { createHash } from 'node:crypto';
import type { ResumePoint, SourceItem } from '../adapters/mail/source-item.js';
import { classify } from '../core/inbox/classify.js';
import { type Extraction, extract } from '../core/inbox/extract.js';
import type { MailKind } from '../core/inbox/kinds.js';
import { matchApplication, nextStatus } from '../core/inbox/match.js';
import type { MailMessage } from '../core/inbox/message.js';
import type { Application, ApplicationStatus, Id, PersonRole } from '../core/model.js';
import { getApplication, insertStatusChange, updateApplication } from '../store/applications.js';
import { getCheckpoint, hasMessage, insertMessage, setCheckpoint } from '../store/messages.js';
import { findPeopleByEmail, insertPerson, participationsOf, upsertParticipation } from '../store/people.js';
import type { Db } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import type { AppContext } from './context.js';
import { CandidateIndex } from './inbox-candidates.js';
import { type PlanRun, planRun, replanAround } from './plan.js';

/** Above both, a message changes the application by itself; below, it waits for the user's review. */
export const AUTO_CLASSIFY = 0.8;
export const AUTO_MATCH = 0.8;
/** Messages per transaction: a crash re-reads at most this many, and commits stay cheap. */
const BATCH = 200;

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
  /** When it aborts, the import stops after the current message and commits what it did. */
  signal?: AbortSignal;
}

export interface Checkpointer {
  /** The name under which the checkpoint is kept, e.g. `mbox:/path/mail.mbox`. */
  source: string;
  /** The next state after an item was stored, from its resume point (undefined: no change). */
  advance(state: unknown, resume: ResumePoint | undefined): unknown;
}

/** Imports every item of a source; the source is opened by the caller from the last checkpoint. */
export async function importItems(
  ctx: AppContext,
  items: AsyncIterable<SourceItem>,
  checkpoint: Checkpointer | null,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const results: ItemResult[] = [];
  const iterator = items[Symbol.asyncIterator]();
  let finished = false;
  let state = checkpoint ? await getCheckpoint(ctx.store.db, checkpoint.source) : undefined;
  // Loaded by the first batch, then kept current from what each batch changed.
  let index: CandidateIndex | null = null;
  try {
    while (!finished && !options.signal?.aborted) {
      await ctx.store.tx(async (db) => {
        const run = await planRun(ctx, db);
        index ??= await CandidateIndex.load(db);
        const batch: Batch = { run, index, changed: { applicationIds: new Set(), personIds: new Set() } };
        for (let n = 0; n < BATCH && !options.signal?.aborted; n++) {
          const next = await iterator.next();
          if (next.done) {
            finished = true;
            break;
          }
          const result = await importOne(db, batch, next.value, options);
          results.push(result);
          if (checkpoint) state = checkpoint.advance(state, next.value.resume);
          options.onItem?.(result, next.value);
        }
        await finishBatch(db, batch);
        if (checkpoint && state !== undefined) await setCheckpoint(db, checkpoint.source, state, run.now);
      });
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
  const counts = { applied: 0, review: 0, duplicate: 0, ignored: 0, error: 0 };
  for (const r of results) counts[r.status]++;
  return { results, counts, interrupted: !finished };
}

/** One transaction's worth of messages: what they changed is re-planned once, at its end. */
interface Batch {
  run: PlanRun;
  index: CandidateIndex;
  changed: { applicationIds: Set<Id>; personIds: Set<Id> };
}

/**
 * Re-plans what the batch's messages changed (each application once, however many of its messages the
 * batch held) and refreshes the matching index from the database, in the batch's transaction.
 */
async function finishBatch(db: Db, batch: Batch): Promise<void> {
  const applicationIds = [...batch.changed.applicationIds];
  const personIds = [...batch.changed.personIds];
  if (applicationIds.length === 0 && personIds.length === 0) return;
  await replanAround(db, batch.run, { applicationIds, personIds });
  // Re-planning may move any application of these people (the ghosted path changes a status).
  const touched = new Set(applicationIds);
  for (const personId of personIds) {
    for (const p of await participationsOf(db, { personId })) touched.add(p.applicationId);
  }
  await batch.index.refresh(db, touched);
}

type ParseMessage = typeof import('../adapters/mail/parse-message.js').parseMessage;
let parser: Promise<ParseMessage> | undefined;
/** The MIME parser (postal-mime, htmlparser2), loaded by the first import rather than at every start. */
function mimeParser(): Promise<ParseMessage> {
  parser ??= import('../adapters/mail/parse-message.js').then((m) => m.parseMessage);
  return parser;
}

/** The identity of a message across imports: its Message-ID, or a hash of its bytes when it has none. */
export function messageKey(msg: MailMessage, raw: Uint8Array): string {
  return msg.messageId ? `mid:${msg.messageId}` : `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

async function importOne(
  db: Db,
  batch: Batch,
  item: SourceItem,
  options: ImportOptions,
): Promise<ItemResult> {
  if (item.error !== undefined) return { key: item.key, status: 'error', error: item.error };
  let msg: MailMessage;
  try {
    msg = await (await mimeParser())(item.raw);
  } catch (e) {
    return { key: item.key, status: 'error', error: (e as Error).message };
  }
  const key = messageKey(msg, item.raw);
  const base = { key: item.key, subject: msg.subject };
  if (await hasMessage(db, key)) return { ...base, status: 'duplicate' };
  const classification = classify(msg);
  const { kind, confidence } = classification;
  // Mail that is not about a job search is neither kept nor remembered.
  if (kind === 'other') return { ...base, status: 'ignored', kind, confidence };
  const extraction = extract(msg);
  const match = matchApplication(extraction, batch.index.candidatesFor(extraction));
  const matched = match.applicationId === null ? null : await getApplication(db, match.applicationId);
  const { run } = batch;
  const at = msg.date && msg.date < run.now ? msg.date : run.now;
  const automatic = matched !== null && confidence >= AUTO_CLASSIFY && match.confidence >= AUTO_MATCH;
  const proposed = matched ? nextStatus(matched.status, kind) : null;
  const stored = await insertMessage(db, {
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
    body: options.keepBodies ? msg.text : null,
    importedAt: run.now,
  });
  if (!automatic || !matched) {
    return {
      ...base,
      status: 'review',
      kind,
      confidence,
      applicationId: matched?.id ?? null,
      messageId: stored.id,
    };
  }
  const recorded = await recordMessage(db, run, matched, kind, extraction, at, msg.subject);
  if (recorded.changed) {
    batch.changed.applicationIds.add(matched.id);
    if (recorded.personId !== null) batch.changed.personIds.add(recorded.personId);
  }
  const { newStatus } = recorded;
  return {
    ...base,
    status: 'applied',
    kind,
    confidence,
    applicationId: matched.id,
    messageId: stored.id,
    newStatus,
  };
}

/** What a message says about an application that does not exist yet. */
export function statusForNew(kind: MailKind): ApplicationStatus {
  const map: Partial<Record<MailKind, ApplicationStatus>> = {
    rejection: 'rejected',
    interview: 'interviewing',
    assessment: 'screening',
    offer: 'offer',
    acknowledgement: 'applied',
    'recruiter-outreach': 'saved',
  };
  return map[kind] ?? 'applied';
}

/**
 * Records what a job e-mail says: the writer as a person on the application (when they wrote from a
 * personal address), the e-mail as a reply from them, and the status it moves to (never backwards);
 * then re-plans. Returns the new status, or null when the status stayed.
 */
export async function applyMessage(
  db: Db,
  run: PlanRun,
  application: Application,
  kind: MailKind,
  extraction: Extraction,
  at: string,
  subject: string,
): Promise<ApplicationStatus | null> {
  const recorded = await recordMessage(db, run, application, kind, extraction, at, subject);
  if (recorded.changed) {
    await replanAround(db, run, {
      applicationIds: [application.id],
      personIds: recorded.personId === null ? [] : [recorded.personId],
    });
  }
  return recorded.newStatus;
}

interface Recorded {
  newStatus: ApplicationStatus | null;
  /** The writer, when the e-mail was recorded as a reply from them. */
  personId: Id | null;
  /** Whether anything a plan reads changed (a touch or a status): only then is re-planning needed. */
  changed: boolean;
}

/** What `applyMessage` does short of re-planning, which an import does once per batch. */
async function recordMessage(
  db: Db,
  run: PlanRun,
  application: Application,
  kind: MailKind,
  extraction: Extraction,
  at: string,
  subject: string,
): Promise<Recorded> {
  const personId = await writerOf(db, run, application, extraction);
  if (personId !== null) {
    await insertTouch(db, {
      personId,
      applicationId: application.id,
      at,
      channel: 'email',
      direction: 'in',
      note: `E-mail: ${subject}`.slice(0, 500),
      tone: kind === 'rejection' ? 'neutral' : null,
      stepId: null,
    });
  }
  const next = nextStatus(application.status, kind);
  const moved = next !== null && next !== application.status;
  if (moved) {
    await insertStatusChange(db, {
      applicationId: application.id,
      status: next,
      at,
      reason: `from the e-mail "${subject}"`.slice(0, 500),
      mood: null,
    });
    await updateApplication(db, { ...application, status: next, updatedAt: run.now });
  }
  return { newStatus: moved ? next : null, personId, changed: moved || personId !== null };
}

/** A writer's part, from the title in their signature: talent people recruit, managers hire. */
export function roleFromTitle(title: string | null, agency: boolean): PersonRole {
  if (agency) return 'agency-recruiter';
  if (!title) return 'recruiter';
  if (/recruit|talent|sourc|people (ops|partner)|human resources|\bhr\b/i.test(title)) return 'recruiter';
  if (
    /hiring manager|\bhead\b|director|manager|\blead\b|\bvp\b|vice president|chief|founder|\bcto\b|\bceo\b/i.test(
      title,
    )
  ) {
    return 'hiring-manager';
  }
  return 'recruiter';
}

const NO_REPLY =
  /^(no-?reply|do-?not-?reply|notifications?|jobs|careers|talent|recruiting|hr|hello|info)[@+.]/i;

async function writerOf(
  db: Db,
  run: PlanRun,
  application: Application,
  extraction: Extraction,
): Promise<Id | null> {
  const writer = extraction.person;
  if (!writer?.email || NO_REPLY.test(writer.email.value)) return null;
  const email = writer.email.value.toLowerCase();
  const known = (await findPeopleByEmail(db, email))[0];
  const role = roleFromTitle(writer.title?.value ?? null, extraction.agency !== null);
  let personId = known?.id;
  if (personId === undefined) {
    if (!writer.name) return null;
    const person = await insertPerson(db, {
      name: writer.name.value,
      emails: [email],
      phone: null,
      linkedinUrl: null,
      companyId: extraction.agency ? null : application.companyId,
      title: writer.title?.value ?? null,
      role,
      rapport: null,
      contactState: 'active',
      notes: null,
      createdAt: run.now,
    });
    personId = person.id;
  }
  const linked = await participationsOf(db, { applicationId: application.id, personId });
  if (linked.length === 0) {
    await upsertParticipation(db, {
      applicationId: application.id,
      personId,
      role: known?.role ?? role,
      interviewedOn: null,
    });
  }
  return personId;
}
