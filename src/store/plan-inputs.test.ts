import { afterEach, describe, expect, it } from 'vitest';
import type { Id, Step, Touch } from '../core/model.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';
import { insertApplication } from './applications.js';
import { insertCompany } from './companies.js';
import { insertPerson, upsertParticipation } from './people.js';
import { loadPlanInputs } from './plan-inputs.js';
import { insertSteps, listSteps } from './steps.js';
import { Store } from './store.js';
import { insertTouch, listTouches } from './touches.js';

const NOW = '2026-11-23T12:00:00.000Z';

/** Text the JSON the database writes must carry unchanged: quotes, escapes, control and wide characters. */
const AWKWARD = [
  null,
  '',
  'plain',
  'She said "not now" \\ maybe later',
  'line one\nline two\r\n\ttabbed',
  'Zoë, Łódź, 日本語, emoji 🎉, RTL שלום',
  '\u0001\u001f control',
  '</script><b>&amp;</b>',
  'it\'s 100% {"json": [1, 2]}',
];

describe.each(engines)('loadPlanInputs on %s', (engine) => {
  let database: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  it('reads the touches and steps the one-by-one queries read, value for value and in their order', async () => {
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
    const apps: Id[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await insertApplication(db, {
        companyId: company.id,
        role: `Engineer ${i}`,
        jobUrl: null,
        source: 'board',
        status: 'rejected',
        appliedOn: '2026-09-01',
        notes: null,
        createdAt: NOW,
        updatedAt: NOW,
      });
      apps.push(a.id);
    }
    const people: Id[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await insertPerson(db, {
        name: `Person ${i}`,
        emails: [],
        phone: null,
        linkedinUrl: null,
        companyId: i % 2 === 0 ? company.id : null,
        title: null,
        role: 'interviewer',
        rapport: null,
        contactState: 'active',
        notes: null,
        createdAt: NOW,
      });
      people.push(p.id);
    }
    // People shared across applications; person 4 takes part in none (only their own records).
    const parts: Array<[number, number]> = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ];
    for (const [a, p] of parts) {
      await upsertParticipation(db, {
        applicationId: apps[a]!,
        personId: people[p]!,
        role: 'interviewer',
        interviewedOn: null,
      });
    }
    // Equal times (ordered then by id), times out of insertion order, rows of nobody's application.
    const times = ['2026-10-01T09:00:00.000Z', '2026-09-15T23:59:59.000Z', '2026-10-01T09:00:00.000Z'];
    let k = 0;
    for (const personIndex of [0, 1, 2, 3, 4, null]) {
      for (const appIndex of [0, 1, 2, 3, null]) {
        const note = AWKWARD[k % AWKWARD.length] ?? null;
        const touch = await insertTouch(db, {
          personId: personIndex === null ? null : people[personIndex]!,
          applicationId: appIndex === null ? null : apps[appIndex]!,
          at: times[k % times.length]!,
          channel: k % 2 === 0 ? 'email' : 'linkedin',
          direction: k % 3 === 0 ? 'in' : 'out',
          note,
          tone: k % 4 === 0 ? 'warm' : null,
          stepId: k % 5 === 0 ? 12345 : null,
        });
        await insertSteps(db, [
          {
            key: `step-${k}`,
            applicationId: appIndex === null ? null : apps[appIndex]!,
            personId: personIndex === null ? null : people[personIndex]!,
            kind: 'keep-in-touch',
            due: k % 2 === 0 ? '2026-12-01' : '2026-11-30',
            channel: k % 3 === 0 ? null : 'email',
            why: AWKWARD[(k + 3) % AWKWARD.length] ?? 'why',
            state: k % 4 === 0 ? 'done' : 'pending',
            snoozedUntil: null,
            cancelReason: AWKWARD[(k + 5) % AWKWARD.length] ?? null,
            touchId: k % 6 === 0 ? touch.id : null,
            edited: k % 2 === 1,
            draft: AWKWARD[(k + 1) % AWKWARD.length] ?? null,
            createdAt: NOW,
            updatedAt: NOW,
          },
        ]);
        k++;
      }
    }
    for (const batch of [apps, [apps[1]!, apps[3]!], [apps[2]!]]) {
      const inputs = await loadPlanInputs(db, store.dialect, batch);
      const personIds = [...new Set(inputs.participations.map((p) => p.personId))];
      const touches = new Map<Id, Touch>();
      const steps = new Map<Id, Step>();
      for (const applicationId of batch) {
        const own = inputs.participations.filter((p) => p.applicationId === applicationId);
        const ids = own.map((p) => p.personId);
        for (const t of await listTouches(db, { applicationId, personIds: ids })) touches.set(t.id, t);
        for (const s of await listSteps(db, { applicationId, personIds: ids })) steps.set(s.id, s);
      }
      const byTime = (a: Touch, b: Touch) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id);
      const byDue = (a: Step, b: Step) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id);
      expect(inputs.touches).toEqual([...touches.values()].sort(byTime));
      expect(inputs.steps).toEqual([...steps.values()].sort(byDue));
      expect(personIds.length).toBeGreaterThan(0);
    }
    // The awkward texts really went through both loads.
    const all = await loadPlanInputs(db, store.dialect, apps);
    expect(new Set(all.touches.map((t) => t.note))).toEqual(new Set(AWKWARD));
    expect(new Set(all.steps.map((s) => s.draft))).toEqual(new Set(AWKWARD));
  });

  it('reads nothing for applications without records', async () => {
    database = await freshDatabase(engine);
    store = await Store.open(database.target, NOW);
    const inputs = await loadPlanInputs(store.db, store.dialect, [999_999]);
    expect(inputs.touches).toEqual([]);
    expect(inputs.steps).toEqual([]);
  });
});
