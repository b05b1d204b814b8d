import type { Feedback, Id } from '../core/model.js';
import { toFeedback } from './rows.js';
import { type Db, nextId } from './store.js';

export async function listFeedback(db: Db, filter: { applicationId?: Id } = {}): Promise<Feedback[]> {
  let q = db.selectFrom('feedback').selectAll();
  if (filter.applicationId !== undefined) q = q.where('applicationId', '=', filter.applicationId);
  return (await q.orderBy('receivedOn').orderBy('id').execute()).map(toFeedback);
}

export async function getFeedback(db: Db, id: Id): Promise<Feedback | null> {
  const row = await db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFeedback(row) : null;
}

export async function insertFeedback(db: Db, f: Omit<Feedback, 'id'>, id?: Id): Promise<Feedback> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('feedback')
    .values({ ...f, id: newId })
    .execute();
  return { ...f, id: newId };
}

export async function updateFeedback(db: Db, f: Feedback): Promise<void> {
  const { id, ...rest } = f;
  await db.updateTable('feedback').set(rest).where('id', '=', id).execute();
}

export async function deleteFeedback(db: Db, id: Id): Promise<void> {
  await db.deleteFrom('feedback').where('id', '=', id).execute();
}
