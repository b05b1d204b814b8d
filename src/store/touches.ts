import type { Id, Touch } from '../core/model.js';
import { toTouch } from './rows.js';
import { type Db, nextId } from './store.js';

export interface TouchFilter {
  personIds?: Id[];
  applicationId?: Id;
}

/** Touches of any of the people or of the application (either matches), oldest first. */
export async function listTouches(db: Db, filter: TouchFilter = {}): Promise<Touch[]> {
  let q = db.selectFrom('touches').selectAll();
  const { personIds, applicationId } = filter;
  if (personIds !== undefined || applicationId !== undefined) {
    q = q.where((eb) => {
      const ors = [];
      if (personIds && personIds.length > 0) ors.push(eb('personId', 'in', personIds));
      if (applicationId !== undefined) ors.push(eb('applicationId', '=', applicationId));
      return ors.length > 0 ? eb.or(ors) : eb.val(false);
    });
  }
  return (await q.orderBy('at').orderBy('id').execute()).map(toTouch);
}

export async function getTouch(db: Db, id: Id): Promise<Touch | null> {
  const row = await db.selectFrom('touches').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTouch(row) : null;
}

export async function insertTouch(db: Db, t: Omit<Touch, 'id'>, id?: Id): Promise<Touch> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('touches')
    .values({ ...t, id: newId })
    .execute();
  return { ...t, id: newId };
}

export async function updateTouch(db: Db, t: Touch): Promise<void> {
  const { id, ...rest } = t;
  await db.updateTable('touches').set(rest).where('id', '=', id).execute();
}

export async function deleteTouch(db: Db, id: Id): Promise<void> {
  await db.updateTable('steps').set({ touchId: null }).where('touchId', '=', id).execute();
  await db.deleteFrom('touches').where('id', '=', id).execute();
}
