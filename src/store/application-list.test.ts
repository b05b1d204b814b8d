import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { companyIdNamed, listApplicationsJson, listApplicationsWithCompany } from './application-list.js';
import { insertApplication, listApplications } from './applications.js';
import { insertCompany } from './companies.js';
import { jsonText } from './json-bytes.js';
import { Store } from './store.js';

const NOW = '2026-11-23T12:00:00.000Z';

describe.each(engines)('the applications list on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  async function seed() {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const company = (name: string) =>
      insertCompany(store.db, { name, domains: [], careersUrl: null, notes: null, createdAt: NOW });
    const acme = await company('Acme');
    const zurich = await company('Zürich Öl');
    const app = (companyId: number, role: string, status: 'applied' | 'rejected', updatedAt: string) =>
      insertApplication(store.db, {
        companyId,
        role,
        jobUrl: null,
        source: 'board',
        status,
        appliedOn: '2026-11-01',
        notes: role === 'Designer' ? 'liked the team' : null,
        createdAt: NOW,
        updatedAt,
      });
    await app(acme.id, 'Designer', 'rejected', '2026-11-03T00:00:00.000Z');
    await app(zurich.id, 'Engineer', 'applied', '2026-11-05T00:00:00.000Z');
    await app(acme.id, 'Writer', 'applied', '2026-11-03T00:00:00.000Z');
    return { acme, zurich };
  }

  it('gives every application with its company, newest change first, like the rows one by one', async () => {
    const { acme, zurich } = await seed();
    const list = await listApplicationsWithCompany(store.db, store.dialect);
    const names = new Map([
      [acme.id, 'Acme'],
      [zurich.id, 'Zürich Öl'],
    ]);
    const oneByOne = (await listApplications(store.db)).map((a) => ({
      ...a,
      company: names.get(a.companyId),
    }));
    expect(list).toEqual(oneByOne);
    expect(list.map((a) => a.role)).toEqual(['Engineer', 'Writer', 'Designer']);
    // The keys, in the order `--json` has always printed them.
    expect(Object.keys(list[0] ?? {})).toEqual([
      'id',
      'companyId',
      'role',
      'jobUrl',
      'source',
      'status',
      'appliedOn',
      'notes',
      'createdAt',
      'updatedAt',
      'company',
    ]);
    expect(typeof list[0]?.id).toBe('number');
  });

  it('lists nothing from an empty database, and keeps quotes, accents and emoji intact', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    expect(await listApplicationsWithCompany(store.db, store.dialect)).toEqual([]);
    expect(jsonText(await listApplicationsJson(store.db, store.dialect))).toBe('[]');
    const c = await insertCompany(store.db, {
      name: 'Café "Zoë" \\ 🚀',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    await insertApplication(store.db, {
      companyId: c.id,
      role: 'Rôle\n"quoted"',
      jobUrl: 'https://example.com/?a=1&b=2',
      source: 'direct',
      status: 'saved',
      appliedOn: null,
      notes: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(jsonText(await listApplicationsJson(store.db, store.dialect))).not.toBe('');
    const [item] = await listApplicationsWithCompany(store.db, store.dialect);
    expect(JSON.parse(jsonText(await listApplicationsJson(store.db, store.dialect)))).toEqual([item]);
    expect(item).toMatchObject({ company: 'Café "Zoë" \\ 🚀', role: 'Rôle\n"quoted"', appliedOn: null });
  });

  it('writes the same list as JSON text, filtered alike, keys in the same order', async () => {
    const { acme } = await seed();
    for (const filter of [{}, { status: ['applied' as const] }, { companyId: acme.id }, { companyId: -1 }]) {
      const text = jsonText(await listApplicationsJson(store.db, store.dialect, filter));
      const items = await listApplicationsWithCompany(store.db, store.dialect, filter);
      expect(JSON.parse(text)).toEqual(items);
      expect(Object.keys(JSON.parse(text)[0] ?? items[0] ?? {})).toEqual(Object.keys(items[0] ?? {}));
    }
  });

  it('keeps the newest-first order over many rows and companies, filtered or not', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const companies = [];
    for (let i = 0; i < 25; i++) {
      companies.push(
        await insertCompany(store.db, {
          name: `C${i}`,
          domains: [],
          careersUrl: null,
          notes: null,
          createdAt: NOW,
        }),
      );
    }
    // Companies interleaved and change times repeating, so neither the join nor the ids give the order.
    for (let i = 0; i < 300; i++) {
      await insertApplication(store.db, {
        companyId: companies[(i * 7) % 25]!.id,
        role: `Role ${i}`,
        jobUrl: null,
        source: 'board',
        status: i % 3 === 0 ? 'rejected' : 'applied',
        appliedOn: null,
        notes: null,
        createdAt: NOW,
        updatedAt: `2026-11-${String(1 + ((i * 13) % 28)).padStart(2, '0')}T00:00:00.000Z`,
      });
    }
    const newestFirst = (a: { updatedAt: string; id: number }, b: { updatedAt: string; id: number }) =>
      b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;
    for (const filter of [{}, { status: ['rejected' as const] }]) {
      const items = JSON.parse(jsonText(await listApplicationsJson(store.db, store.dialect, filter)));
      expect(items).toHaveLength(filter.status ? 100 : 300);
      expect(items).toEqual([...items].sort(newestFirst));
      expect(await listApplicationsWithCompany(store.db, store.dialect, filter)).toEqual(items);
    }
  });

  it('filters by status and by company', async () => {
    const { acme } = await seed();
    const applied = await listApplicationsWithCompany(store.db, store.dialect, { status: ['applied'] });
    expect(applied.map((a) => a.role)).toEqual(['Engineer', 'Writer']);
    const atAcme = await listApplicationsWithCompany(store.db, store.dialect, {
      companyId: acme.id,
      status: ['applied'],
    });
    expect(atAcme.map((a) => a.role)).toEqual(['Writer']);
    expect(await listApplicationsWithCompany(store.db, store.dialect, { companyId: -1 })).toEqual([]);
  });

  it('finds a company by name whatever its case, beyond ASCII too', async () => {
    const { zurich } = await seed();
    expect(await companyIdNamed(store.db, '  zÜrich öL ')).toBe(zurich.id);
    expect(await companyIdNamed(store.db, 'Nobody')).toBeNull();
  });

  it('refuses a row edited by hand into an unknown status', async () => {
    await seed();
    await sql`update applications set status = 'maybe' where role = 'Writer'`.execute(store.db);
    await expect(listApplicationsWithCompany(store.db, store.dialect)).rejects.toThrow(
      'unknown status "maybe"',
    );
  });
});
