import { afterEach, describe, expect, it } from 'vitest';
import type { StepPatch } from '../core/followup/index.js';
import type { Step } from '../core/model.js';
import { getStep, insertSteps, updateStep } from '../store/steps.js';
import { Store } from '../store/store.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { asStored, patched } from './stored-step.js';

const NOW = '2026-11-23T12:00:00.000Z';
const LATER = '2026-11-24T08:30:00.000Z';

const NEW_STEP: Omit<Step, 'id'> = {
  key: 'silence:1:2026-11-01:status-check-1:company',
  applicationId: null,
  personId: null,
  kind: 'status-check',
  due: '2026-11-30',
  channel: 'email',
  why: 'Applied 1 Nov, no answer: "ask" — 日本 🎉',
  state: 'pending',
  snoozedUntil: null,
  cancelReason: null,
  touchId: null,
  edited: true,
  draft: 'Hello,\nstill interested.',
  createdAt: NOW,
  updatedAt: NOW,
};

const PATCHES: StepPatch[] = [
  {},
  { due: '2026-12-02' },
  { why: 'moved: "spacing"', channel: null },
  { state: 'cancelled', cancelReason: 'They asked you to stop.' },
  { state: 'pending', cancelReason: null, due: undefined, why: undefined },
];

describe.each(engines)('steps known without reading them back, on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  it('gives what the database holds after inserting and after each kind of patch', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const [created] = await insertSteps(store.db, [NEW_STEP]);
    if (!created) throw new Error('no step inserted');
    expect(asStored(created)).toEqual(await getStep(store.db, created.id));
    let known = asStored(created);
    for (const patch of PATCHES) {
      await updateStep(store.db, created.id, { ...patch, updatedAt: LATER });
      known = patched(known, patch, LATER);
      const stored = await getStep(store.db, created.id);
      expect(known).toEqual(stored);
      // The same keys in the same order as a step read back.
      expect(Object.keys(known)).toEqual(Object.keys(stored ?? {}));
    }
    expect(known.state).toBe('pending');
    expect(known.due).toBe('2026-12-02');
  });
});
