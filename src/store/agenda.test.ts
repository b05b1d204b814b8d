import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { agenda } from '../core/followup/agenda.js';
import { testStep } from '../core/followup/test-step.js';
import type { LocalDate, Step, StepState } from '../core/model.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { agendaCounts, agendaRows } from './agenda.js';
import { insertSteps } from './steps.js';

type T = Awaited<ReturnType<typeof testApp>>;

const FIRST: LocalDate = '2026-11-01';
const STATES: StepState[] = ['pending', 'snoozed', 'done', 'skipped', 'cancelled'];

/** A step on one of 60 days from FIRST; a snoozed one sometimes without its day (then its due day counts). */
const stepArb = fc.record({
  state: fc.constantFrom(...STATES),
  due: fc.integer({ min: 0, max: 59 }),
  snoozed: fc.option(fc.integer({ min: 0, max: 59 }), { nil: null }),
});

function stepOf(s: { state: StepState; due: number; snoozed: number | null }, n: number): Omit<Step, 'id'> {
  return testStep({
    key: `agenda-test:${n}`,
    applicationId: null,
    personId: null,
    kind: 'reflection',
    channel: null,
    due: addDays(FIRST, s.due),
    state: s.state,
    snoozedUntil: s.state === 'snoozed' && s.snoozed !== null ? addDays(FIRST, s.snoozed) : null,
  });
}

/**
 * The store's agenda queries (two indexed arms merged, cut per page, counted in SQL) against the
 * core's definition of the agenda (src/core/followup/agenda.ts), on random steps: the same steps in
 * the same order, the same groups, and any page a slice of the whole.
 */
describe.each(engines)('the agenda read by %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t?.close());

  it('is the core agenda: the same steps, order, groups and pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 45 }),
        async (specs, todayAt, days, limit, offset) => {
          const db = t.store.db;
          await db.deleteFrom('steps').execute();
          const steps = await insertSteps(
            db,
            specs.map((s, i) => stepOf(s, i)),
          );
          const today = addDays(FIRST, todayAt);
          const last = addDays(today, days);
          const expected = agenda(steps, today, days);
          const ids = [...expected.overdue, ...expected.today, ...expected.upcoming].map((s) => s.id);

          const rows = await agendaRows(db, { last });
          expect(rows.map((r) => r.id)).toEqual(ids);
          expect(await agendaCounts(db, today, last)).toEqual({
            overdue: expected.overdue.length,
            today: expected.today.length,
            upcoming: expected.upcoming.length,
          });
          const page = await agendaRows(db, { last, limit, offset });
          expect(page.map((r) => r.id)).toEqual(ids.slice(offset, offset + limit));
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
