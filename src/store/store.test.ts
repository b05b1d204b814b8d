import { readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testStep } from '../core/followup/test-step.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { insertApplication, insertStatusChange, listApplications, statusHistory } from './applications.js';
import { findCompanyByName, insertCompany } from './companies.js';
import { LATEST_MIGRATION, MIGRATIONS, type NamedMigration } from './migrations/index.js';
import { findPeopleByEmail, insertPerson, listPeople, upsertParticipation } from './people.js';
import { insertSteps, listSteps, updateStep } from './steps.js';
import { nextIds, Store } from './store.js';

const NOW = '2026-11-23T12:00:00.000Z';

describe.each(engines)('store on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });
  async function open() {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    return store;
  }

  it('hands out ids from one counter shared by every table', async () => {
    await open();
    const company = await insertCompany(store.db, {
      name: 'Acme',
      domains: ['acme.com'],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const [a, b] = await nextIds(store.db, 2);
    expect(a).toBe(company.id + 1);
    expect(b).toBe(company.id + 2);
  });

  it('finds companies by name whatever the case, and keeps their domains', async () => {
    await open();
    await insertCompany(store.db, {
      name: 'Acme Robotics',
      domains: ['acme.io', 'acme.com'],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const found = await findCompanyByName(store.db, '  acme ROBOTICS ');
    expect(found?.domains).toEqual(['acme.com', 'acme.io']);
  });

  it('stores people with e-mails, found again by e-mail', async () => {
    await open();
    const c = await insertCompany(store.db, {
      name: 'Acme',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const p = await insertPerson(store.db, {
      name: 'Dana Reyes',
      emails: ['Dana@Acme.com'],
      phone: null,
      linkedinUrl: null,
      companyId: c.id,
      title: 'CTO',
      role: 'hiring-manager',
      rapport: 'sailing',
      contactState: 'active',
      notes: null,
      createdAt: NOW,
    });
    const found = await findPeopleByEmail(store.db, 'dana@acme.com');
    expect(found.map((x) => x.id)).toEqual([p.id]);
    expect(found[0]?.emails).toEqual(['dana@acme.com']);
  });

  it('keeps a dated status history and filters applications by status', async () => {
    await open();
    const c = await insertCompany(store.db, {
      name: 'Acme',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const a = await insertApplication(store.db, {
      companyId: c.id,
      role: 'Engineer',
      jobUrl: null,
      source: 'board',
      status: 'rejected',
      appliedOn: '2026-10-01',
      notes: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await insertStatusChange(store.db, {
      applicationId: a.id,
      status: 'rejected',
      at: '2026-11-02T10:00:00.000Z',
      reason: null,
      mood: 'upset',
    });
    await insertStatusChange(store.db, {
      applicationId: a.id,
      status: 'applied',
      at: '2026-10-01T10:00:00.000Z',
      reason: null,
      mood: null,
    });
    expect((await statusHistory(store.db, a.id)).map((s) => s.status)).toEqual(['applied', 'rejected']);
    expect(await listApplications(store.db, { status: ['rejected'] })).toHaveLength(1);
    expect(await listApplications(store.db, { status: ['applied'] })).toHaveLength(0);
  });

  it('deleting an application removes its participations and steps but keeps the people', async () => {
    await open();
    const c = await insertCompany(store.db, {
      name: 'Acme',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const a = await insertApplication(store.db, {
      companyId: c.id,
      role: 'Engineer',
      jobUrl: null,
      source: 'board',
      status: 'applied',
      appliedOn: null,
      notes: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const p = await insertPerson(store.db, {
      name: 'Sam',
      emails: [],
      phone: null,
      linkedinUrl: null,
      companyId: c.id,
      title: null,
      role: 'interviewer',
      rapport: null,
      contactState: 'active',
      notes: null,
      createdAt: NOW,
    });
    await upsertParticipation(store.db, {
      applicationId: a.id,
      personId: p.id,
      role: 'interviewer',
      interviewedOn: '2026-11-01',
    });
    const [step] = await insertSteps(store.db, [
      testStep({
        key: `k:${a.id}`,
        applicationId: a.id,
        personId: p.id,
        due: '2026-11-24',
        createdAt: NOW,
        updatedAt: NOW,
      }),
    ]);
    await updateStep(store.db, step!.id, { edited: true });
    expect((await listSteps(store.db, { applicationId: a.id }))[0]?.edited).toBe(true);
    await store.db.deleteFrom('applications').where('id', '=', a.id).execute();
    expect(await listSteps(store.db)).toHaveLength(0);
    expect(await listPeople(store.db)).toHaveLength(1);
    expect(await listPeople(store.db, { applicationId: a.id })).toHaveLength(0);
  });

  it('rolls a failed transaction back whole', async () => {
    await open();
    await expect(
      store.tx(async (db) => {
        await insertCompany(db, { name: 'Half', domains: [], careersUrl: null, notes: null, createdAt: NOW });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await findCompanyByName(store.db, 'Half')).toBeNull();
  });

  it('refuses a database written by a newer notnow, changing nothing', async () => {
    await open();
    await sql`insert into schema_migrations (name, applied_at) values ('9999-from-the-future', ${NOW})`.execute(
      store.db,
    );
    await store.close();
    await expect(Store.open(database.target, NOW)).rejects.toThrow(
      /newer notnow \(schema 9999-from-the-future\).*Upgrade notnow/,
    );
    store = await Store.open(database.target, NOW).catch(() => store);
  });

  it('opening twice migrates once', async () => {
    await open();
    await store.close();
    store = await Store.open(database.target, NOW);
    const rows = await sql<{ name: string }>`select name from schema_migrations`.execute(store.db);
    expect(rows.rows.map((r) => r.name)).toEqual(MIGRATIONS.map(([name]) => name));
  });
});

describe('store on sqlite files', () => {
  it('says clearly when the file is not a database', async () => {
    const database = await freshDatabase('sqlite');
    const path = database.target.dbPath!;
    writeFileSync(path, 'this is a text file, not a database'.repeat(200));
    await expect(Store.open(database.target, NOW)).rejects.toThrow(/is not a notnow \(SQLite\) database/);
    await database.drop();
  });

  it('opens a current database without writing, asking the time only when it migrates', async () => {
    const database = await freshDatabase('sqlite');
    let asked = 0;
    const now = () => {
      asked++;
      return NOW;
    };
    await (await Store.open(database.target, now)).close();
    expect(asked).toBe(1);
    // Another connection sees any commit as a new data_version.
    const watcher = new BetterSqlite3(database.target.dbPath!);
    const version = () => watcher.pragma('data_version', { simple: true });
    const before = version();
    const again = await Store.open(database.target, now);
    expect(await listApplications(again.db)).toEqual([]);
    await again.close();
    expect(version()).toBe(before);
    expect(asked).toBe(1);
    expect(watcher.pragma('journal_mode', { simple: true })).toBe('wal');
    watcher.close();
    await database.drop();
  });

  it('maps the file into memory only when asked (a short read, not a server or an import)', async () => {
    const database = await freshDatabase('sqlite');
    const mapped = async (target: typeof database.target) => {
      const store = await Store.open(target, NOW);
      const { rows } = await sql<{ mmap_size: number }>`pragma mmap_size`.execute(store.db.withoutPlugins());
      await store.close();
      return Number(rows[0]?.mmap_size);
    };
    expect(await mapped(database.target)).toBe(0);
    expect(await mapped({ ...database.target, mapPages: true })).toBeGreaterThan(0);
    await database.drop();
  });

  it('keeps a copy of the file before a migration changes it, and only then', async () => {
    const database = await freshDatabase('sqlite');
    const path = database.target.dbPath!;
    const first = await Store.open(database.target, NOW);
    expect(first.backupPath).toBeNull();
    await insertCompany(first.db, {
      name: 'Before',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    await first.close();
    const addColumn: NamedMigration = [
      '9000-test-column',
      {
        up: async (db) => void (await db.schema.alterTable('companies').addColumn('extra', 'text').execute()),
      },
    ];
    const second = await Store.open(database.target, NOW, [...MIGRATIONS, addColumn]);
    expect(second.backupPath).toContain(`notnow.db.bak-${LATEST_MIGRATION}-`);
    await second.close();
    const backup = new BetterSqlite3(second.backupPath!, { readonly: true });
    const columns = backup.prepare("select name from pragma_table_info('companies')").all() as {
      name: string;
    }[];
    expect(columns.map((c) => c.name)).not.toContain('extra');
    expect(backup.prepare('select name from companies').all()).toEqual([{ name: 'Before' }]);
    backup.close();
    expect(
      readdirSync(dirname(path)).filter((f) => f.includes('.bak-') && !/-(wal|shm)$/.test(f)),
    ).toHaveLength(1);
    await database.drop();
  });

  it('a failing migration leaves the file as it was', async () => {
    const database = await freshDatabase('sqlite');
    (await Store.open(database.target, NOW)).close();
    const broken: NamedMigration = [
      '9000-broken',
      {
        up: async (db) => {
          await db.schema.alterTable('companies').addColumn('half', 'text').execute();
          throw new Error('disk on fire');
        },
      },
    ];
    await expect(Store.open(database.target, NOW, [...MIGRATIONS, broken])).rejects.toThrow(/disk on fire/);
    const store = await Store.open(database.target, NOW);
    const columns = await sql<{ name: string }>`select name from pragma_table_info('companies')`.execute(
      store.db,
    );
    expect(columns.rows.map((c) => c.name)).not.toContain('half');
    await store.close();
    await database.drop();
  });
});
