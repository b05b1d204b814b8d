import { afterEach, describe, expect, it } from 'vitest';
import type { Id, Step } from '../core/model.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { insertSteps, listSteps, type StepUpdate, updateStep, updateSteps } from './steps.js';
import { Store } from './store.js';

const NOW = '2026-11-23T12:00:00.000Z';
const LATER = '2026-11-24T08:30:00.000Z';

const step = (i: number): Omit<Step, 'id'> => ({
  key: `k${i}`,
  applicationId: null,
  personId: null,
  kind: 'keep-in-touch',
  due: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
  channel: i % 2 === 0 ? 'email' : null,
  why: `why ${i}: "quoted" ✓`,
  state: 'pending',
  snoozedUntil: null,
  cancelReason: null,
  touchId: null,
  edited: i % 3 === 0,
  draft: i % 2 === 0 ? `draft ${i}` : null,
  createdAt: NOW,
  updatedAt: NOW,
});

/** Patches of every shape a plan writes: one field, several, nulls, undefined ones, none but the time. */
const patchOf = (i: number): StepUpdate => {
  const shapes: StepUpdate[] = [
    { due: '2027-01-05' },
    { why: `moved ${i} — 'again'`, channel: null },
    { state: 'cancelled', cancelReason: 'Backing off: no answer to the last two letters.' },
    { state: 'pending', cancelReason: null, due: undefined },
    { channel: 'linkedin', why: undefined },
    {},
  ];
  return { ...shapes[i % shapes.length], updatedAt: LATER };
};

describe.each(engines)('updateSteps on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  it('writes what updateStep writes for each, and nothing to the other steps', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const db = store.db;
    const created = await insertSteps(
      db,
      Array.from({ length: 30 }, (_, i) => step(i)),
    );
    const chosen: Id[] = created.filter((_, i) => i % 4 !== 1).map((s) => s.id);
    const byId = async () => (await listSteps(db)).sort((a, b) => a.id - b.id);
    const before = await byId();
    await updateSteps(
      db,
      chosen.map((id, i) => ({ id, patch: patchOf(i) })),
    );
    const many = await byId();
    for (const s of before) await updateStep(db, s.id, s);
    expect(await byId()).toEqual(before);
    for (const [i, id] of chosen.entries()) await updateStep(db, id, patchOf(i));
    expect(many).toEqual(await byId());
    expect(many.filter((s) => s.updatedAt === LATER).length).toBe(chosen.length);
    expect(many.filter((s) => s.state === 'cancelled').length).toBeGreaterThan(0);
  });

  it('refuses a field it cannot write rather than leave it out', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const created = await insertSteps(store.db, [step(1), step(2)]);
    const patch = { edited: true } as unknown as StepUpdate;
    await expect(
      updateSteps(
        store.db,
        created.map((s) => ({ id: s.id, patch })),
      ),
    ).rejects.toThrow(/edited/);
  });
});
