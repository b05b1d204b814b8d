import { describe, expect, it } from 'vitest';
import { isEmptyPlan } from './context.js';
import { planApplication } from './plan.js';
import { addPerson, apply, contextOf, markDone, newWorld, setStatus, type World } from './test-world.js';

/** Two applications at the same company through the same agency recruiter, sharing steps and touches. */
function twoApplications() {
  const a = newWorld({ appliedOn: '2026-10-01' });
  const tom = addPerson(a, 'Tom Reed', 'agency-recruiter');
  const b: World = {
    ...a,
    application: { ...a.application, id: 20, role: 'UX Researcher' },
    history: [],
  };
  b.people = a.people; // the same person records, the same steps and touches
  a.application.source = 'recruiter';
  b.application.source = 'recruiter';
  setStatus(a, 'rejected', '2026-11-06');
  setStatus(b, 'rejected', '2026-11-13');
  return { a, b, tom };
}

describe('a person on two applications', () => {
  it('gets one keep-in-touch letter at a time, and planning both applications settles', () => {
    const { a, b, tom } = twoApplications();
    const steps = a.steps;
    const planBoth = (today: string) => {
      const ca = planApplication(contextOf(a, today));
      apply(a, ca, today);
      const cb = planApplication(contextOf(b, today));
      apply(b, cb, today);
      b.nextId = Math.max(a.nextId, b.nextId);
      a.nextId = b.nextId;
      return isEmptyPlan(ca) && isEmptyPlan(cb);
    };
    planBoth('2026-11-13');
    planBoth('2026-11-13');
    expect(planBoth('2026-11-13')).toBe(true);
    const kits = steps.filter(
      (s) => s.kind === 'keep-in-touch' && s.personId === tom.id && s.state === 'pending',
    );
    expect(kits).toHaveLength(1);
    // Each application still sends its own recruiter update.
    expect(
      steps
        .filter((s) => s.kind === 'recruiter-update')
        .map((s) => s.applicationId)
        .sort(),
    ).toEqual([2, 20]);

    // Once the letter is sent, the next one is planned once, not once per application.
    const kit = kits[0];
    if (!kit) throw new Error('no keep-in-touch');
    for (const s of steps.filter((x) => x.personId === tom.id && x.state === 'pending'))
      markDone(a, s.id, s.due);
    planBoth(kit.due);
    expect(planBoth(kit.due)).toBe(true);
    expect(steps.filter((s) => s.kind === 'keep-in-touch' && s.state === 'pending')).toHaveLength(1);
  });
});
