import { afterEach, describe, expect, it } from 'vitest';
import type { Id } from '../core/model.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { insertApplication, NEVER, setReplanOn, setReplanOnMany } from './applications.js';
import { insertCompany } from './companies.js';
import { Store } from './store.js';

const NOW = '2026-11-23T12:00:00.000Z';
/** A new application's day to look again (migration 0003): at the next refresh. */
const DEFAULT = '0000-01-01';

describe.each(engines)('setReplanOnMany on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  it('writes what setReplanOn writes for each, and leaves the other applications alone', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const db = store.db;
    const company = await insertCompany(db, {
      name: 'Acme',
      domains: [],
      careersUrl: null,
      notes: null,
      createdAt: NOW,
    });
    const ids: Id[] = [];
    for (let i = 0; i < 1205; i++) {
      const a = await insertApplication(db, {
        companyId: company.id,
        role: `Role ${i}`,
        jobUrl: null,
        source: 'board',
        status: 'applied',
        appliedOn: null,
        notes: null,
        createdAt: NOW,
        updatedAt: NOW,
      });
      ids.push(a.id);
    }
    const dayOf = (i: number) => (i % 7 === 0 ? null : `2026-12-${String((i % 28) + 1).padStart(2, '0')}`);
    const replanOn = async () =>
      (await db.selectFrom('applications').select(['id', 'replanOn']).orderBy('id').execute()).map((r) => [
        Number(r.id),
        r.replanOn,
      ]);
    // Every third application untouched; more than one chunk of 1,000; given out of id order.
    const chosen = ids.filter((_, i) => i % 3 !== 0).reverse();
    await setReplanOnMany(
      db,
      chosen.map((id) => [id, dayOf(id)] as const),
    );
    const many = await replanOn();
    await db.updateTable('applications').set({ replanOn: DEFAULT }).execute();
    for (const id of chosen) await setReplanOn(db, id, dayOf(id));
    expect(many).toEqual(await replanOn());
    expect(many.filter(([, day]) => day === NEVER).length).toBeGreaterThan(0);
    expect(many.filter(([, day]) => day === DEFAULT).length).toBe(ids.length - chosen.length);
    await setReplanOnMany(db, []);
    expect(await replanOn()).toEqual(many);
  });
});
