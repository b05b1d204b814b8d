/**
 * The promises of the follow-up engine as assertions on a test world, shared by the property tests.
 * For tests only.
 */
import { expect } from 'vitest';
import { addDays, daysBetween, isWorkingDay, localDateOf } from '../dates.js';
import type { Step } from '../model.js';
import { PlanBuilder } from './builder.js';
import { isEmptyPlan } from './context.js';
import { planApplication } from './plan.js';
import type { Playbook } from './playbook.js';
import { rejectionFacts } from './rejection.js';
import { contextOf, type World } from './test-world.js';

const SPACED = (s: Step) =>
  s.kind === 'follow-up' ||
  s.kind === 'keep-in-touch' ||
  s.kind === 'new-opening' ||
  s.key.includes(':status-check-2:');
export const active = (s: Step) => s.state === 'pending' || s.state === 'snoozed';
const planned = (s: Step) => s.state === 'pending' && !s.edited;

/** The day a step happens or happened, for spacing: sent, snoozed-to or due. */
function dayOf(w: World, s: Step): string {
  if (s.state === 'done') {
    const t = w.touches.find((x) => x.id === s.touchId);
    return localDateOf(t ? t.at : s.updatedAt, w.profile.timeZone);
  }
  return s.state === 'snoozed' && s.snoozedUntil ? s.snoozedUntil : s.due;
}

export function checkPromises(w: World, today: string, playbook: Playbook): void {
  const tz = w.profile.timeZone;
  // Re-planning is idempotent.
  const again = planApplication(contextOf(w, today));
  if (!isEmptyPlan(again))
    expect(again, `planning again on ${today}`).toEqual({ create: [], update: [], people: [], status: null });
  for (const { person } of w.people) {
    const theirs = w.steps.filter((s) => s.personId === person.id);
    // Nothing is ever scheduled for a do-not-contact person.
    if (person.contactState === 'do-not-contact') expect(theirs.filter(active)).toEqual([]);
    // A dormant person gets nothing but the one note about a new opening.
    if (person.contactState === 'dormant') {
      expect(theirs.filter((s) => planned(s) && s.kind !== 'new-opening')).toEqual([]);
    }
    // Outside the first round, no two letters to one person closer than the spacing.
    const others = [
      ...w.touches
        .filter((t) => t.personId === person.id && t.direction === 'out')
        .map((t) => ({ id: -t.id, day: localDateOf(t.at, tz) })),
      ...theirs
        .filter((s) => active(s) || (s.state === 'done' && !w.touches.some((t) => t.id === s.touchId)))
        .map((s) => ({ id: s.id, day: dayOf(w, s) })),
    ];
    for (const s of theirs.filter((x) => planned(x) && SPACED(x))) {
      for (const o of others) {
        if (o.id === s.id) continue;
        expect(
          Math.abs(daysBetween(o.day, s.due)),
          `${s.key} on ${s.due} vs ${o.day}`,
        ).toBeGreaterThanOrEqual(playbook.spacingDays);
      }
    }
  }
  // No planned step on a day the user does not work.
  for (const s of w.steps.filter(planned))
    expect(isWorkingDay(s.due, w.profile.workingDays), `${s.key} on ${s.due}`).toBe(true);
  if (w.application.status === 'rejected') {
    // Nothing of the rejection plan before the cool-down is over.
    const { start } = rejectionFacts(new PlanBuilder(contextOf(w, today)));
    for (const s of w.steps.filter((x) => planned(x) && x.key.startsWith(`rejection:${w.application.id}:`))) {
      expect(s.due >= start, `${s.key} on ${s.due}, cool-down ends ${start}`).toBe(true);
    }
    // Every promise of a follow-up made by a resell letter is kept by a follow-up step.
    for (const resell of w.steps.filter((s) => s.kind === 'resell' && (active(s) || s.state === 'done'))) {
      const person = w.people.find((p) => p.person.id === resell.personId)?.person;
      if (person?.contactState !== 'active') continue;
      const followUp = w.steps.find((s) => s.key === resell.key.replace(':resell:', ':follow-up:'));
      expect(followUp, `no follow-up for ${resell.key}`).toBeDefined();
      expect(followUp?.state).not.toBe('cancelled');
      if (followUp && planned(followUp)) {
        const promised = addDays(dayOf(w, resell), playbook.rejection.resell.promiseDays);
        expect(followUp.due >= promised, `${followUp.key} on ${followUp.due}`).toBe(true);
      }
    }
  }
}
