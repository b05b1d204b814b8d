/**
 * The promises of the follow-up engine, stated as properties over random histories: a random
 * application and its people live through random days (rejections, interviews, letters sent, skipped,
 * snoozed or edited, replies, requests to stop, new openings), and after every re-plan the promises hold.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { addDays } from '../dates.js';
import { checkPromises } from './test-promises.js';
import { act, type Scenario, scenario, worldOf } from './test-scenario.js';
import { replan } from './test-world.js';

function run(sc: Scenario): void {
  const { world: w, playbook, applied } = worldOf(sc);
  let today = applied;
  replan(w, today);
  checkPromises(w, today, playbook);
  for (const { gap, action } of sc.events) {
    today = addDays(today, gap);
    act(w, action, today);
    replan(w, today);
    checkPromises(w, today, playbook);
  }
}

describe('the promises of the follow-up engine, over random histories', () => {
  it('hold after every re-plan', () => {
    fc.assert(fc.property(scenario, run), { numRuns: 400 });
  }, 60_000);
});
