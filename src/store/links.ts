import type { Id, Link } from '../core/model.js';
import { toLink } from './rows.js';
import { type Db, nextId } from './store.js';

export async function listLinks(db: Db, filter: { companyId?: Id } = {}): Promise<Link[]> {
  let q = db.selectFrom('links').selectAll();
  if (filter.companyId !== undefined) {
    // A link about the company, or one worth sharing with anyone (no company).
    q = q.where((eb) => eb.or([eb('companyId', '=', filter.companyId!), eb('companyId', 'is', null)]));
  }
  return (await q.orderBy('addedAt', 'desc').orderBy('id', 'desc').execute()).map(toLink);
}

export async function getLink(db: Db, id: Id): Promise<Link | null> {
  const row = await db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toLink(row) : null;
}

export async function insertLink(db: Db, l: Omit<Link, 'id'>, id?: Id): Promise<Link> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('links')
    .values({ ...l, id: newId })
    .execute();
  return { ...l, id: newId };
}

export async function updateLink(db: Db, l: Link): Promise<void> {
  const { id, ...rest } = l;
  await db.updateTable('links').set(rest).where('id', '=', id).execute();
}

export async function deleteLink(db: Db, id: Id): Promise<void> {
  await db.deleteFrom('links').where('id', '=', id).execute();
}
