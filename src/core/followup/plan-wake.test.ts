/**
 * `replanOn`, the day a plan could next change with no new data, is what lets the daily refresh skip
 * most applications. Its promise: re-planning only on the days something was written and on the
 * days `replanOn` names gives, day after day, exactly what re-planning every day gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { LocalDate } from '../model.js';
import { planWithWake } from './plan.js';
import { act, type Scenario, scenario, worldOf } from './test-scenario.js';
import { addPerson, apply, contextOf, markDone, newWorld, replan, type World } from './test-world.js';

/** Re-plans and says when to look again. */
function replanWake(w: World, today: LocalDate): LocalDate | null {
  const { changes, replanOn } = planWithWake(contextOf(w, today));
  apply(w, changes, today);
  return replanOn;
}

const state = (w: World) => ({
  application: w.application,
  history: w.history,
  people: w.people,
  steps: w.steps,
  nextId: w.nextId,
});

function run(sc: Scenario): void {
  const daily = worldOf(sc).world;
  const lazy = worldOf(sc).world;
  let today = worldOf(sc).applied;
  replan(daily, today);
  let wake = replanWake(lazy, today);
  expect(state(lazy)).toEqual(state(daily));
  // A quiet stretch after the last event, so late waits (ghosted, keep-in-touch) run out too.
  const events = [...sc.events, { gap: 150, action: { type: 'wait' as const } }];
  for (const { gap, action } of events) {
    for (let d = 1; d <= gap; d++) {
      today = addDays(today, 1);
      replan(daily, today);
      if (wake !== null && wake <= today) wake = replanWake(lazy, today);
      expect(state(lazy), `on ${today}, next re-plan ${wake}`).toEqual(state(daily));
    }
    act(daily, action, today);
    act(lazy, action, today);
    replan(daily, today);
    wake = replanWake(lazy, today);
    expect(state(lazy), `after ${action.type} on ${today}`).toEqual(state(daily));
  }
}

describe('re-planning on the days replanOn names', () => {
  it('gives what re-planning every day gives, over random histories', () => {
    fc.assert(fc.property(scenario, run), { numRuns: 80 });
  }, 120_000);

  it('names the day an application silent after two status checks is marked ghosted', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    // The first check falls due on 12 Nov: nothing to look at before then.
    expect(replanWake(w, '2026-11-02')).toBeNull();
    const first = w.steps.find((s) => s.kind === 'status-check');
    if (!first) throw new Error('no check');
    markDone(w, first.id, '2026-11-12');
    replanWake(w, '2026-11-12');
    const second = w.steps.find((s) => s.kind === 'status-check' && s.state === 'pending');
    if (!second) throw new Error('no second check');
    markDone(w, second.id, '2026-12-03');
    expect(replanWake(w, '2026-12-03')).toBe('2026-12-17');
    expect(w.application.status).toBe('applied');
    // Marked ghosted on that day; the next plan (the slow rhythm) is looked at the day after.
    expect(replanWake(w, '2026-12-17')).toBe('2026-12-18');
    expect(w.application.status).toBe('ghosted');
    expect(replanWake(w, '2026-12-18')).toBeNull();
  });

  it('names no day when nothing is waiting, and a day after today otherwise', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { world, applied } = worldOf(sc);
        const wake = replanWake(world, applied);
        if (wake !== null) expect(wake > applied).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
