import type { Company, Id } from '../core/model.js';
import { toCompany } from './rows.js';
import { type Db, nextId } from './store.js';

async function domainsOf(db: Db, ids: Id[]): Promise<Map<Id, string[]>> {
  const map = new Map<Id, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('companyDomains')
    .selectAll()
    .where('companyId', 'in', ids)
    .orderBy('domain')
    .execute();
  for (const r of rows) {
    const list = map.get(Number(r.companyId)) ?? [];
    list.push(r.domain);
    map.set(Number(r.companyId), list);
  }
  return map;
}

export async function getCompany(db: Db, id: Id): Promise<Company | null> {
  const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return toCompany(row, (await domainsOf(db, [id])).get(id) ?? []);
}

/** Company names match whatever their case and surrounding spaces. */
export async function findCompanyByName(db: Db, name: string): Promise<Company | null> {
  const row = await db
    .selectFrom('companies')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .orderBy('id')
    .executeTakeFirst();
  if (!row) return null;
  const id = Number(row.id);
  return toCompany(row, (await domainsOf(db, [id])).get(id) ?? []);
}

export async function listCompanies(db: Db): Promise<Company[]> {
  const rows = await db.selectFrom('companies').selectAll().orderBy('name').orderBy('id').execute();
  const domains = await domainsOf(
    db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => toCompany(r, domains.get(Number(r.id)) ?? []));
}

export async function insertCompany(db: Db, c: Omit<Company, 'id'>, id?: Id): Promise<Company> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('companies')
    .values({ id: newId, name: c.name, careersUrl: c.careersUrl, notes: c.notes, createdAt: c.createdAt })
    .execute();
  await setCompanyDomains(db, newId, c.domains);
  return { ...c, id: newId };
}

export async function updateCompany(db: Db, c: Company): Promise<void> {
  await db
    .updateTable('companies')
    .set({ name: c.name, careersUrl: c.careersUrl, notes: c.notes })
    .where('id', '=', c.id)
    .execute();
  await setCompanyDomains(db, c.id, c.domains);
}

async function setCompanyDomains(db: Db, id: Id, domains: string[]): Promise<void> {
  await db.deleteFrom('companyDomains').where('companyId', '=', id).execute();
  const unique = [...new Set(domains)];
  if (unique.length > 0) {
    await db
      .insertInto('companyDomains')
      .values(unique.map((domain) => ({ companyId: id, domain })))
      .execute();
  }
}

export async function deleteCompany(db: Db, id: Id): Promise<void> {
  await db.deleteFrom('companies').where('id', '=', id).execute();
}
