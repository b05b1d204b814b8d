import type { Id } from '../core/model.js';
import type { MessagesTable } from './schema.js';
import { type Db, nextId } from './store.js';

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
