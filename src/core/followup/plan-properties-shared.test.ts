/**
 * The same promises when people are shared: two applications at one company with the same people,
 * one store of steps and touches. After each event both plans are run until neither changes anything,
 * which must happen within a few rounds; then the promises hold for both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { MOODS, PERSON_ROLES, TONES } from '../model.js';
import { isEmptyPlan } from './context.js';
import { planApplication } from './plan.js';
import { DEFAULT_PLAYBOOK } from './playbook.js';
import { active, checkPromises } from './test-promises.js';
import {
  addPerson,
  apply,
  contextOf,
  markDone,
  newWorld,
  reply,
  setStatus,
  skip,
  type World,
} from './test-world.js';

const event = fc.record({
  gap: fc.integer({ min: 0, max: 50 }),
  app: fc.constantFrom(0, 1),
  action: fc.oneof(
    fc.record({ type: fc.constant('reject' as const), mood: fc.constantFrom(...MOODS) }),
    fc.record({ type: fc.constantFrom('done' as const, 'skip' as const), pick: fc.nat() }),
    fc.record({ type: fc.constant('reply' as const), who: fc.nat(), tone: fc.constantFrom(...TONES) }),
    fc.record({ type: fc.constant('meet' as const), who: fc.nat() }),
  ),
});

const scenario = fc.record({
  roles: fc.array(fc.constantFrom(...PERSON_ROLES), { minLength: 1, maxLength: 3 }),
  secondAppliedAfter: fc.integer({ min: 0, max: 60 }),
  events: fc.array(event, { maxLength: 25 }),
});

/** Plans both applications until both are settled; returns the number of rounds it took. */
function settle(worlds: World[], today: string): number {
  for (let round = 1; round <= 5; round++) {
    let quiet = true;
    for (const w of worlds) {
      const changes = planApplication(contextOf(w, today));
      if (!isEmptyPlan(changes)) quiet = false;
      apply(w, changes, today);
      for (const other of worlds) other.nextId = Math.max(other.nextId, w.nextId);
    }
    if (quiet) return round;
  }
  return Number.POSITIVE_INFINITY;
}

describe('promises with people shared by two applications', () => {
  it('hold once the plans settle, and they settle quickly', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const a = newWorld({ appliedOn: '2026-03-02' });
        sc.roles.forEach((role, i) => {
          addPerson(a, `Person${i} Test`, role);
        });
        const b: World = {
          ...a,
          application: {
            ...a.application,
            id: 50,
            role: 'Second role',
            appliedOn: addDays('2026-03-02', sc.secondAppliedAfter),
          },
          history: [],
        };
        const worlds = [a, b];
        let today = '2026-03-02';
        expect(settle(worlds, today)).toBeLessThanOrEqual(4);
        for (const { gap, app, action: x } of sc.events) {
          today = addDays(today, gap);
          const w = worlds[app] ?? a;
          const open = w.steps.filter(active);
          const pick = 'pick' in x ? open[x.pick % Math.max(1, open.length)] : undefined;
          const entry = 'who' in x ? w.people[x.who % w.people.length] : undefined;
          if (x.type === 'reject' && w.application.status !== 'rejected')
            setStatus(w, 'rejected', today, x.mood);
          if (x.type === 'done' && pick) markDone(w, pick.id, today);
          if (x.type === 'skip' && pick) skip(w, pick.id, today);
          if (x.type === 'reply' && entry) reply(w, entry.person.id, today, x.tone);
          if (x.type === 'meet' && entry)
            entry.participation = { ...entry.participation, interviewedOn: today };
          expect(settle(worlds, today), `settling on ${today}`).toBeLessThanOrEqual(4);
          for (const x2 of worlds) checkPromises(x2, today, DEFAULT_PLAYBOOK);
          // One keep-in-touch letter at a time per person, whichever application planned it.
          for (const { person } of a.people) {
            const kits = a.steps.filter(
              (s) => s.personId === person.id && s.kind === 'keep-in-touch' && active(s),
            );
            expect(kits.length).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
