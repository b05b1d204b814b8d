import type { Id, Participation, Person } from '../core/model.js';
import { toParticipation, toPerson } from './rows.js';
import { type Db, nextId } from './store.js';

async function emailsOf(db: Db, ids: Id[]): Promise<Map<Id, string[]>> {
  const map = new Map<Id, string[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('personEmails').selectAll().where('personId', 'in', ids).execute();
  for (const r of rows) {
    const list = map.get(Number(r.personId)) ?? [];
    list.push(r.email);
    map.set(Number(r.personId), list);
  }
  return map;
}

export async function getPerson(db: Db, id: Id): Promise<Person | null> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return toPerson(row, (await emailsOf(db, [id])).get(id) ?? []);
}

export interface PeopleFilter {
  companyId?: Id;
  applicationId?: Id;
  ids?: Id[];
}

export async function listPeople(db: Db, filter: PeopleFilter = {}): Promise<Person[]> {
  let q = db.selectFrom('people').selectAll('people');
  if (filter.companyId !== undefined) q = q.where('people.companyId', '=', filter.companyId);
  if (filter.ids) q = q.where('people.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]);
  if (filter.applicationId !== undefined) {
    q = q
      .innerJoin('participations', 'participations.personId', 'people.id')
      .where('participations.applicationId', '=', filter.applicationId);
  }
  const rows = await q.orderBy('people.name').orderBy('people.id').execute();
  const emails = await emailsOf(
    db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => toPerson(r, emails.get(Number(r.id)) ?? []));
}

export async function findPeopleByEmail(db: Db, email: string): Promise<Person[]> {
  const ids = await db
    .selectFrom('personEmails')
    .select('personId')
    .where('email', '=', email.toLowerCase())
    .execute();
  return listPeople(db, { ids: ids.map((r) => Number(r.personId)) });
}

export async function insertPerson(db: Db, p: Omit<Person, 'id'>, id?: Id): Promise<Person> {
  const newId = id ?? (await nextId(db));
  const { emails, ...row } = p;
  await db
    .insertInto('people')
    .values({ ...row, id: newId })
    .execute();
  await setEmails(db, newId, emails);
  return { ...p, id: newId };
}

export async function updatePerson(db: Db, p: Person): Promise<void> {
  const { id, emails, ...row } = p;
  await db.updateTable('people').set(row).where('id', '=', id).execute();
  await setEmails(db, id, emails);
}

async function setEmails(db: Db, id: Id, emails: string[]): Promise<void> {
  await db.deleteFrom('personEmails').where('personId', '=', id).execute();
  const unique = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (unique.length > 0) {
    await db
      .insertInto('personEmails')
      .values(unique.map((email) => ({ personId: id, email })))
      .execute();
  }
}

export async function deletePerson(db: Db, id: Id): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

export async function participationsOf(
  db: Db,
  by: { applicationId?: Id; personId?: Id },
): Promise<Participation[]> {
  let q = db.selectFrom('participations').selectAll();
  if (by.applicationId !== undefined) q = q.where('applicationId', '=', by.applicationId);
  if (by.personId !== undefined) q = q.where('personId', '=', by.personId);
  return (await q.orderBy('applicationId').orderBy('personId').execute()).map(toParticipation);
}

export async function upsertParticipation(db: Db, p: Participation): Promise<void> {
  await db
    .insertInto('participations')
    .values(p)
    .onConflict((oc) =>
      oc.columns(['applicationId', 'personId']).doUpdateSet({ role: p.role, interviewedOn: p.interviewedOn }),
    )
    .execute();
}

export async function deleteParticipation(db: Db, applicationId: Id, personId: Id): Promise<void> {
  await db
    .deleteFrom('participations')
    .where('applicationId', '=', applicationId)
    .where('personId', '=', personId)
    .execute();
}
