import type { Id } from '../core/model.js';
import type { MessagesTable } from './schema.js';
import { type Db, nextId, nextIds } from './store.js';

export type StoredMessage = Omit<MessagesTable, 'evidence' | 'extraction' | 'suggestion'> & {
  evidence: unknown;
  extraction: unknown;
  suggestion: unknown;
};

const toMessage = (r: MessagesTable): StoredMessage => ({
  ...r,
  id: Number(r.id),
  applicationId: r.applicationId === null ? null : Number(r.applicationId),
  confidence: Number(r.confidence),
  evidence: JSON.parse(r.evidence),
  extraction: JSON.parse(r.extraction),
  suggestion: r.suggestion === null ? null : JSON.parse(r.suggestion),
});

export async function hasMessage(db: Db, messageKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('messageKey', '=', messageKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these keys are stored already: one query for an import batch instead of one per message. */
export async function storedMessageKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // 500 keys a query keeps well under SQLite's bound-parameter limit (32,766) and PostgreSQL's (65,535).
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('messages')
      .select('messageKey')
      .where('messageKey', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.messageKey);
  }
  return found;
}

/** Ids for messages about to be inserted with `insertMessages`, taken in one step. */
export function messageIds(db: Db, count: number): Promise<Id[]> {
  return count === 0 ? Promise.resolve([]) : nextIds(db, count);
}

/** Inserts messages whose ids were taken with `messageIds`, a few hundred rows a statement. */
export async function insertMessages(db: Db, messages: readonly StoredMessage[]): Promise<void> {
  // 16 columns: 100 rows stay far below SQLite's bound-parameter limit.
  for (let i = 0; i < messages.length; i += 100) {
    await db
      .insertInto('messages')
      .values(
        messages.slice(i, i + 100).map((m) => ({
          ...m,
          evidence: JSON.stringify(m.evidence),
          extraction: JSON.stringify(m.extraction),
          suggestion: m.suggestion === null ? null : JSON.stringify(m.suggestion),
        })),
      )
      .execute();
  }
}

export async function insertMessage(db: Db, m: Omit<StoredMessage, 'id'>): Promise<StoredMessage> {
  const id = await nextId(db);
  await db
    .insertInto('messages')
    .values({
      ...m,
      id,
      evidence: JSON.stringify(m.evidence),
      extraction: JSON.stringify(m.extraction),
      suggestion: m.suggestion === null ? null : JSON.stringify(m.suggestion),
    })
    .execute();
  return { ...m, id };
}

export async function getMessage(db: Db, id: Id): Promise<StoredMessage | null> {
  const row = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMessage(row) : null;
}

export async function listMessages(
  db: Db,
  filter: { state?: string; applicationId?: Id } = {},
): Promise<StoredMessage[]> {
  let q = db.selectFrom('messages').selectAll();
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.applicationId !== undefined) q = q.where('applicationId', '=', filter.applicationId);
  return (await q.orderBy('receivedAt').orderBy('id').execute()).map(toMessage);
}

export async function updateMessage(
  db: Db,
  id: Id,
  patch: { state?: string; applicationId?: Id | null; suggestion?: unknown },
): Promise<void> {
  const { suggestion, ...rest } = patch;
  await db
    .updateTable('messages')
    .set({ ...rest, ...(suggestion === undefined ? {} : { suggestion: JSON.stringify(suggestion) }) })
    .where('id', '=', id)
    .execute();
}

export async function getCheckpoint(db: Db, source: string): Promise<unknown> {
  const row = await db
    .selectFrom('importCheckpoints')
    .select('state')
    .where('source', '=', source)
    .executeTakeFirst();
  return row ? JSON.parse(row.state) : undefined;
}

export async function setCheckpoint(db: Db, source: string, state: unknown, now: string): Promise<void> {
  const text = JSON.stringify(state);
  await db
    .insertInto('importCheckpoints')
    .values({ source, state: text, updatedAt: now })
    .onConflict((oc) => oc.column('source').doUpdateSet({ state: text, updatedAt: now }))
    .execute();
}
