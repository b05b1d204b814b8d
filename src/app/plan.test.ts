import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import {
  insertApplication,
  insertStatusChange,
  listApplications,
  updateApplication,
} from '../store/applications.js';
import { insertCompany } from '../store/companies.js';
import { participationsOf, upsertParticipation } from '../store/people.js';
import type { Db } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { pinnedClock } from './context.js';
import { loadDemo } from './demo.js';
import { planRun, refreshPlans, replanApplication, replanApplications } from './plan.js';

type T = Awaited<ReturnType<typeof testApp>>;
const open: T[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

const LIVING = ['applied', 'screening', 'interviewing', 'rejected', 'ghosted'] as const;
const START = '2026-11-23';

/**
 * What re-planning writes, in a comparable form. `replanOn` is left out: made on an earlier day it may
 * name a day to look again that a plan made later no longer needs (looking costs a re-plan, nothing else).
 */
async function planState(db: Db) {
  return {
    steps: await db.selectFrom('steps').selectAll().orderBy('id').execute(),
    people: await db.selectFrom('people').selectAll().orderBy('id').execute(),
    applications: (await db.selectFrom('applications').selectAll().orderBy('id').execute()).map(
      ({ replanOn: _, ...a }) => a,
    ),
    statusChanges: await db.selectFrom('statusChanges').selectAll().orderBy('id').execute(),
  };
}

/** The demo data with people shared across applications, as `testApp` on `engine` holds it. */
async function sharedDemo(engine: (typeof engines)[number]): Promise<T> {
  const t = await testApp(engine, START);
  open.push(t);
  await loadDemo(t.ctx);
  // Plans depend on each other through shared people (spacing, back-off): a recruiter or
  // interviewer in several applications is what the ways of re-planning must agree on.
  await t.store.tx(async (db) => {
    const all = await participationsOf(db, {});
    const apps = [...new Set(all.map((p) => p.applicationId))];
    for (const [i, p] of all.entries()) {
      const other = apps[(apps.indexOf(p.applicationId) + 1 + (i % 3)) % apps.length];
      if (other !== undefined && other !== p.applicationId) {
        await upsertParticipation(db, { ...p, applicationId: other });
      }
    }
  });
  return t;
}

describe('the daily refresh, told', () => {
  it('says so before and after making many plans again, and nothing when only a few are due', async () => {
    const t = await testApp('sqlite', START);
    open.push(t);
    const notices: string[] = [];
    const ctx = { ...t.ctx, notice: (m: string) => notices.push(m) };
    await t.store.tx(async (db) => {
      const company = await insertCompany(db, {
        name: 'Acme',
        domains: [],
        careersUrl: null,
        notes: null,
        createdAt: '2026-11-01T09:00:00.000Z',
      });
      for (let i = 0; i < 520; i++) {
        await insertApplication(db, {
          companyId: company.id,
          role: `Role ${i}`,
          jobUrl: null,
          source: 'board',
          status: 'applied',
          appliedOn: '2026-11-02',
          notes: null,
          createdAt: '2026-11-02T09:00:00.000Z',
          updatedAt: '2026-11-02T09:00:00.000Z',
        });
      }
    });
    expect(await refreshPlans(ctx, true)).toBe(520);
    expect(notices).toEqual(['bringing 520 follow-up plans up to date…', '520 plans up to date.']);
    notices.length = 0;
    await refreshPlans({ ...ctx, clock: pinnedClock(addDays(START, 1)) });
    expect(notices).toEqual([]);
  });
});

describe.each(engines)('the daily refresh on %s', (engine) => {
  it('finds the demo data planned already: every page shows each plan as soon as the demo is loaded', async () => {
    const t = await testApp(engine, START);
    open.push(t);
    await loadDemo(t.ctx);
    const living = await listApplications(t.store.db, { status: [...LIVING] });
    const steps = await t.store.db.selectFrom('steps').select('applicationId').execute();
    const planned = new Set(steps.map((s) => s.applicationId));
    expect(living.length).toBeGreaterThan(5);
    expect(living.filter((a) => !planned.has(a.id)).map((a) => a.role)).toEqual([]);
    // What a full re-plan makes of it the same day changes nothing.
    const before = await planState(t.store.db);
    await refreshPlans(t.ctx, true);
    expect(await planState(t.store.db)).toEqual(before);
  });

  it('re-plans only the plans whose day has come, and ends where re-planning every plan ends', async () => {
    const lazy = await sharedDemo(engine);
    const whole = await sharedDemo(engine);
    // Loading the demo re-planned everything once already; the first refresh (no replanOn day known
    // for rows written before) does it all again.
    const counts: number[] = [];
    for (let day = 0; day <= 200; day += 3) {
      const clock = pinnedClock(addDays(START, day));
      counts.push(await refreshPlans({ ...lazy.ctx, clock }));
      await refreshPlans({ ...whole.ctx, clock }, true);
      const state = await planState(lazy.store.db);
      expect(state, `day ${day}`).toEqual(await planState(whole.store.db));
    }
    const living = (await listApplications(lazy.store.db, { status: [...LIVING] })).length;
    expect(counts.slice(1).every((n) => n < living)).toBe(true);
    expect(counts.slice(1).some((n) => n > 0)).toBe(true);
    // Once a day: asking again the same day re-plans nothing.
    expect(await refreshPlans({ ...lazy.ctx, clock: pinnedClock(addDays(START, 200)) })).toBe(0);
  }, 120_000);

  it('writes exactly what re-planning each application in turn writes, day after day', async () => {
    const batched = await sharedDemo(engine);
    const oneByOne = await sharedDemo(engine);
    expect(await planState(batched.store.db)).toEqual(await planState(oneByOne.store.db));
    // Days that cross the status checks, the resell follow-up and keep-in-touch touches.
    for (const days of [1, 9, 33, 70, 140]) {
      const clock = pinnedClock(addDays(START, days));
      await refreshPlans({ ...batched.ctx, clock }, true);
      await oneByOne.store.tx(async (db) => {
        const run = await planRun({ ...oneByOne.ctx, clock }, db);
        for (const a of await listApplications(db, { status: [...LIVING] }))
          await replanApplication(db, run, a.id);
      });
      const state = await planState(batched.store.db);
      expect(state).toEqual(await planState(oneByOne.store.db));
      expect(state.steps.length).toBeGreaterThan(0);
    }
  });

  it('re-plans a batch of applications as re-planning each in turn does, replan days included', async () => {
    const batched = await sharedDemo(engine);
    const oneByOne = await sharedDemo(engine);
    // What an import does between re-plans: replies from people, and statuses moved by the mail.
    const record = async (t: T, days: number, step: number) =>
      t.store.tx(async (db) => {
        const at = `${addDays(START, days)}T09:00:00.000Z`;
        const all = await listApplications(db, {});
        const changed: number[] = [];
        for (const [i, a] of all.entries()) {
          if ((i + step) % 3 !== 0) continue;
          const [p] = await participationsOf(db, { applicationId: a.id });
          if (p) {
            const tone = i % 2 === 0 ? 'neutral' : null;
            const touch = { personId: p.personId, applicationId: a.id, at, channel: 'email' as const };
            await insertTouch(db, { ...touch, direction: 'in', note: 'E-mail: re', tone, stepId: null });
          }
          if (i % 4 === step % 4 && a.status !== 'rejected') {
            await insertStatusChange(db, {
              applicationId: a.id,
              status: 'rejected',
              at,
              reason: 'mail',
              mood: null,
            });
            await updateApplication(db, { ...a, status: 'rejected', updatedAt: at });
          }
          changed.push(a.id);
        }
        return changed;
      });
    for (const [step, days] of [1, 12, 40, 95].entries()) {
      const clock = pinnedClock(addDays(START, days));
      const ids = await record(batched, days, step);
      expect(await record(oneByOne, days, step)).toEqual(ids);
      expect(ids.length).toBeGreaterThan(1);
      await batched.store.tx(async (db) =>
        replanApplications(db, await planRun({ ...batched.ctx, clock }, db), [...ids].reverse()),
      );
      await oneByOne.store.tx(async (db) => {
        const run = await planRun({ ...oneByOne.ctx, clock }, db);
        for (const id of [...ids].sort((a, b) => a - b)) await replanApplication(db, run, id);
      });
      const all = (db: Db) =>
        db.selectFrom('applications').select(['id', 'replanOn']).orderBy('id').execute();
      expect(await all(batched.store.db)).toEqual(await all(oneByOne.store.db));
      const state = await planState(batched.store.db);
      expect(state).toEqual(await planState(oneByOne.store.db));
      expect(state.steps.length).toBeGreaterThan(0);
    }
  });
});
