/**
 * Random lives of one application, for the property tests only: its people, its days, and what the
 * user and the world do on each (rejections, interviews, letters sent, skipped, snoozed or edited,
 * replies, requests to stop, new openings, people joining).
 */
import fc from 'fast-check';
import { addDays } from '../dates.js';
import { type LocalDate, MOODS, PERSON_ROLES, SOURCES, TONES, type Weekday } from '../model.js';
import { DEFAULT_PLAYBOOK, type Playbook } from './playbook.js';
import { active } from './test-promises.js';
import { addPerson, markDone, newWorld, reply, setStatus, skip, snooze, type World } from './test-world.js';

const ZONES = ['UTC', 'Europe/Paris', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland'];

const action = fc.oneof(
  fc.record({ type: fc.constant('reject' as const), mood: fc.constantFrom(...MOODS) }),
  fc.record({ type: fc.constant('interviewing' as const) }),
  fc.record({ type: fc.constantFrom('done' as const, 'skip' as const, 'edit' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('snooze' as const), pick: fc.nat(), days: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ type: fc.constant('reply' as const), who: fc.nat(), tone: fc.constantFrom(...TONES) }),
  fc.record({ type: fc.constant('letter' as const), who: fc.nat() }),
  fc.record({ type: fc.constant('opening' as const) }),
  fc.record({ type: fc.constant('wait' as const) }),
  fc.record({ type: fc.constant('meet' as const), who: fc.nat() }),
  fc.record({ type: fc.constant('join' as const), role: fc.constantFrom(...PERSON_ROLES) }),
);
export type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

export const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  prefersCards: fc.boolean(),
  spacingDays: fc.integer({ min: 7, max: 40 }),
  appliedOffset: fc.integer({ min: 0, max: 700 }),
  source: fc.constantFrom(...SOURCES),
  people: fc.array(
    fc.record({
      role: fc.constantFrom(...PERSON_ROLES),
      interviewOffset: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    }),
    { maxLength: 4 },
  ),
  events: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 45 }), action }), { maxLength: 30 }),
});
export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The scenario's world on the day of applying, before any plan. */
export function worldOf(sc: Scenario): { world: World; playbook: Playbook; applied: LocalDate } {
  const playbook: Playbook = { ...DEFAULT_PLAYBOOK, spacingDays: sc.spacingDays };
  const applied = addDays('2025-06-02', sc.appliedOffset);
  const w = newWorld({
    appliedOn: applied,
    playbook,
    profile: { timeZone: sc.zone, workingDays: sc.workingDays as Weekday[], prefersCards: sc.prefersCards },
  });
  w.application.source = sc.source;
  for (const [i, p] of sc.people.entries()) {
    const interviewedOn = p.interviewOffset === null ? null : addDays(applied, p.interviewOffset);
    addPerson(w, `Person${i} Test`, p.role, interviewedOn);
  }
  return { world: w, playbook, applied };
}

/** What happens on `today`, written as the use cases write it (the re-plan is the caller's). */
export function act(w: World, a: Action, today: LocalDate): void {
  const open = w.steps.filter(active);
  const pick = 'pick' in a ? open[a.pick % Math.max(1, open.length)] : undefined;
  const person = 'who' in a ? w.people[a.who % Math.max(1, w.people.length)]?.person : undefined;
  const awaiting = ['applied', 'screening', 'interviewing'].includes(w.application.status);
  if (a.type === 'reject' && awaiting) setStatus(w, 'rejected', today, a.mood);
  if (a.type === 'interviewing' && awaiting) setStatus(w, 'interviewing', today);
  if (a.type === 'done' && pick) markDone(w, pick.id, today);
  if (a.type === 'skip' && pick) skip(w, pick.id, today);
  if (a.type === 'snooze' && pick) snooze(w, pick.id, addDays(today, a.days), today);
  if (a.type === 'edit' && pick) {
    const i = w.steps.indexOf(pick);
    w.steps[i] = { ...pick, due: addDays(pick.due, 3), why: 'my words', edited: true };
  }
  if (a.type === 'reply' && person) reply(w, person.id, today, a.tone);
  if (a.type === 'letter' && person) {
    w.touches.push({
      id: w.nextId++,
      personId: person.id,
      applicationId: null,
      at: `${today}T12:00:00.000Z`,
      channel: 'email',
      direction: 'out',
      note: null,
      tone: null,
      stepId: null,
    });
  }
  if (a.type === 'meet') {
    const entry = w.people[a.who % Math.max(1, w.people.length)];
    if (entry) entry.participation = { ...entry.participation, interviewedOn: today };
  }
  if (a.type === 'join') addPerson(w, `Newcomer${w.people.length} Test`, a.role);
  if (a.type === 'opening') w.openings.push({ title: `Role ${w.openings.length}`, url: null, seenOn: today });
}
