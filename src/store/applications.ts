import type { Application, ApplicationStatus, Id, StatusChange } from '../core/model.js';
import { toApplication, toStatusChange } from './rows.js';
import { type Db, nextId } from './store.js';

export async function getApplication(db: Db, id: Id): Promise<Application | null> {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toApplication(row) : null;
}

export interface ApplicationFilter {
  status?: ApplicationStatus[];
  companyId?: Id;
}

export async function listApplications(db: Db, filter: ApplicationFilter = {}): Promise<Application[]> {
  let q = db.selectFrom('applications').selectAll();
  if (filter.status && filter.status.length > 0) q = q.where('status', 'in', filter.status);
  if (filter.companyId !== undefined) q = q.where('companyId', '=', filter.companyId);
  const rows = await q.orderBy('updatedAt', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toApplication);
}

export async function insertApplication(db: Db, a: Omit<Application, 'id'>, id?: Id): Promise<Application> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('applications')
    .values({ ...a, id: newId })
    .execute();
  return { ...a, id: newId };
}

export async function updateApplication(db: Db, a: Application): Promise<void> {
  const { id, ...rest } = a;
  await db.updateTable('applications').set(rest).where('id', '=', id).execute();
}

export async function deleteApplication(db: Db, id: Id): Promise<void> {
  // Touches about the application stay with their person; only the link to the application goes.
  await db.updateTable('touches').set({ applicationId: null }).where('applicationId', '=', id).execute();
  await db.deleteFrom('applications').where('id', '=', id).execute();
}

export async function countApplicationsOfCompany(db: Db, companyId: Id): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('companyId', '=', companyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function statusHistory(db: Db, applicationId: Id): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('statusChanges')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toStatusChange);
}

export async function insertStatusChange(
  db: Db,
  s: Omit<StatusChange, 'id'>,
  id?: Id,
): Promise<StatusChange> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('statusChanges')
    .values({ ...s, id: newId })
    .execute();
  return { ...s, id: newId };
}
