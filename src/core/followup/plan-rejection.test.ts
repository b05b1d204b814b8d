import { describe, expect, it } from 'vitest';
import { weekday } from '../dates.js';
import type { Step } from '../model.js';
import { isEmptyPlan } from './context.js';
import { planApplication } from './plan.js';
import {
  addPerson,
  contextOf,
  newWorld,
  pending,
  replan,
  reply,
  setStatus,
  type World,
} from './test-world.js';

/** Two interviewers, a hiring manager and an agency recruiter; rejected on Friday 6 Nov 2026. */
function rejectedOnFriday(mood: 'ok' | 'disappointed' | 'upset' = 'ok') {
  const w = newWorld({ appliedOn: '2026-10-01' });
  w.application.source = 'recruiter';
  const ana = addPerson(w, 'Ana Ruiz', 'interviewer', '2026-10-20');
  const ben = addPerson(w, 'Ben Okafor', 'interviewer', '2026-10-21');
  const maria = addPerson(w, 'Maria Chen', 'hiring-manager', '2026-10-21');
  const tom = addPerson(w, 'Tom Reed', 'agency-recruiter');
  setStatus(w, 'rejected', '2026-11-06', mood);
  return { w, ana, ben, maria, tom };
}

const summary = (steps: Step[]) => steps.map((s) => `${s.due} ${s.kind} ${s.personId ?? 'me'}`).sort();

describe('the default playbook after a rejection', () => {
  it('lays out the whole plan with real dates, none on a weekend', () => {
    const { w, ana, ben, maria, tom } = rejectedOnFriday();
    replan(w, '2026-11-06');
    expect(summary(pending(w))).toEqual(
      [
        // Monday and within two business days of Friday's no; never on the day itself.
        `2026-11-09 thank-you ${ana.id}`,
        `2026-11-09 thank-you ${ben.id}`,
        `2026-11-09 thank-you ${maria.id}`,
        `2026-11-09 recruiter-update ${tom.id}`,
        `2026-11-12 feedback-request ${maria.id}`,
        '2026-11-13 reflection me',
        `2026-11-16 resell ${maria.id}`,
        `2026-12-16 follow-up ${maria.id}`,
        // Six weeks after each person's last letter of the plan.
        `2026-12-21 keep-in-touch ${ana.id}`,
        `2026-12-21 keep-in-touch ${ben.id}`,
        `2026-12-21 keep-in-touch ${tom.id}`,
        `2027-01-27 keep-in-touch ${maria.id}`,
      ].sort(),
    );
    for (const s of pending(w)) expect(weekday(s.due)).toBeLessThanOrEqual(5);
    const thankYou = pending(w).find((s) => s.kind === 'thank-you' && s.personId === ana.id);
    expect(thankYou?.why).toBe(
      'Rejected on 6 Nov. Thank Ana Ruiz (interviewer) for their time with a short, personal note, by 10 Nov.',
    );
    expect(thankYou?.channel).toBe('email');
    expect(pending(w).find((s) => s.kind === 'reflection')?.channel).toBeNull();
    expect(pending(w).find((s) => s.kind === 'follow-up')?.why).toContain(
      'Your resell letter to Maria (due 16 Nov) promises a follow-up in about 30 days',
    );
  });

  it('is idempotent: planning again changes nothing', () => {
    const { w } = rejectedOnFriday();
    replan(w, '2026-11-06');
    expect(isEmptyPlan(planApplication(contextOf(w, '2026-11-06')))).toBe(true);
    expect(isEmptyPlan(planApplication(contextOf(w, '2026-11-20')))).toBe(true);
  });

  it('cancels every step for a person who asks to stop, and leaves the rest unchanged', () => {
    const { w, ana } = rejectedOnFriday();
    replan(w, '2026-11-06');
    const others = (world: World) => world.steps.filter((s) => s.personId !== ana.id);
    const before = structuredClone(others(w));
    reply(w, ana.id, '2026-11-10', 'asked-to-stop');
    replan(w, '2026-11-10');
    const anas = w.steps.filter((s) => s.personId === ana.id);
    expect(anas.length).toBeGreaterThan(0);
    for (const s of anas) expect([s.state, s.cancelReason]).toEqual(['cancelled', 'asked to stop']);
    expect(others(w)).toEqual(before);
    expect(isEmptyPlan(planApplication(contextOf(w, '2026-12-30')))).toBe(true);
  });

  it('offers a handwritten card for thank-you notes when the user prefers cards', () => {
    const { w } = rejectedOnFriday();
    w.profile.prefersCards = true;
    replan(w, '2026-11-06');
    const channels = new Set(pending(w).map((s) => `${s.kind}:${s.channel}`));
    expect(channels).toContain('thank-you:card');
    expect(channels).toContain('resell:email');
  });

  it('starts later when the user was upset, and says so', () => {
    const w = newWorld({ appliedOn: '2026-10-01' });
    addPerson(w, 'Ana Ruiz', 'interviewer', '2026-10-28');
    addPerson(w, 'Maria Chen', 'hiring-manager');
    setStatus(w, 'rejected', '2026-11-02', 'upset');
    replan(w, '2026-11-02');
    const steps = pending(w);
    for (const s of steps) expect(s.due >= '2026-11-09').toBe(true);
    const thankYou = steps.find((s) => s.kind === 'thank-you');
    expect(thankYou?.due).toBe('2026-11-09');
    expect(thankYou?.why).toMatch(/^Rejected on 2 Nov; you said you were upset, so this starts on 9 Nov\./);
    // The unsent thank-you for the interview of 28 Oct is replaced by the one after the rejection.
    expect(w.steps.filter((s) => s.kind === 'interview-thank-you' && s.state !== 'cancelled')).toEqual([]);
  });

  it('a disappointed user still thanks people within two business days', () => {
    const { w } = rejectedOnFriday('disappointed');
    replan(w, '2026-11-06');
    const thankYous = pending(w).filter((s) => s.kind === 'thank-you');
    expect(thankYous.map((s) => s.due)).toEqual(['2026-11-09', '2026-11-09', '2026-11-09']);
    // The cool-down ends on Sunday 8 Nov; the plan says when it really starts.
    expect(thankYous[0]?.why).toMatch(
      /^Rejected on 6 Nov; you said you were disappointed, so this starts on 9 Nov\./,
    );
  });

  it('reads the rejection day in the user time zone', () => {
    const w = newWorld({ appliedOn: '2026-10-01' });
    addPerson(w, 'Ana Ruiz', 'interviewer');
    setStatus(w, 'rejected', '2026-11-06');
    // 23:30 UTC on Friday is already Saturday 00:30 in Paris.
    const last = w.history.at(-1);
    if (last) last.at = '2026-11-06T23:30:00.000Z';
    replan(w, '2026-11-07');
    expect(pending(w).find((s) => s.kind === 'thank-you')?.why).toMatch(/^Rejected on 7 Nov\./);
  });

  it('never plans on a day the user does not work', () => {
    const { w } = rejectedOnFriday();
    w.profile.workingDays = [2, 3, 4]; // Tuesday to Thursday
    replan(w, '2026-11-06');
    for (const s of pending(w)) expect([2, 3, 4]).toContain(weekday(s.due));
    expect(pending(w).find((s) => s.kind === 'thank-you')?.due).toBe('2026-11-10');
  });

  it('does not start thank-yous for a rejection recorded weeks late', () => {
    const { w } = rejectedOnFriday();
    replan(w, '2026-12-14');
    const kinds = new Set(pending(w).map((s) => s.kind));
    expect(kinds.has('thank-you')).toBe(false);
    expect(kinds.has('resell')).toBe(true);
    for (const s of pending(w)) expect(s.due >= '2026-12-14').toBe(true);
  });

  it('asks for the reflection while the process is fresh, not for a rejection recorded long after', () => {
    // A history imported at once (a mailbox of two years) put a reflection on today for every old
    // rejection: 3,417 of the 7,444 steps due on one day in the benchmark's data (issue #7).
    const days = ['2026-11-20', '2026-12-14', '2027-11-08'];
    const reflections = days.map((today) => {
      const { w } = rejectedOnFriday();
      replan(w, today);
      return pending(w).filter((s) => s.kind === 'reflection').length;
    });
    expect(reflections).toEqual([1, 0, 0]);
  });

  it('does not ask for feedback that came already, and cancels a pending request when it comes', () => {
    const feedback = (w: World, personId: number | null, receivedOn: string) =>
      w.feedback.push({
        id: w.nextId++,
        applicationId: w.application.id,
        personId,
        receivedOn,
        text: 'More depth',
      });
    // Feedback given with the no: no request at all; the rest of the plan is unchanged.
    const told = rejectedOnFriday();
    feedback(told.w, told.maria.id, '2026-11-06');
    replan(told.w, '2026-11-06');
    const kinds = pending(told.w).map((s) => s.kind);
    expect(kinds).not.toContain('feedback-request');
    expect(kinds).toContain('resell');
    // Feedback after the request was planned: the request is cancelled, saying why.
    const later = rejectedOnFriday();
    replan(later.w, '2026-11-06');
    const request = pending(later.w).find((s) => s.kind === 'feedback-request');
    expect(request?.personId).toBe(later.maria.id);
    feedback(later.w, later.maria.id, '2026-11-10');
    replan(later.w, '2026-11-10');
    const after = later.w.steps.find((s) => s.id === request?.id);
    expect(after).toMatchObject({ state: 'cancelled', cancelReason: 'feedback received on 10 Nov' });
    // Feedback from before the rejection (after a round of interviews) does not count.
    const earlier = rejectedOnFriday();
    feedback(earlier.w, earlier.maria.id, '2026-10-22');
    replan(earlier.w, '2026-11-06');
    expect(pending(earlier.w).some((s) => s.kind === 'feedback-request')).toBe(true);
  });

  it('keeps a feedback request that was sent, whatever came after it', () => {
    const { w, maria } = rejectedOnFriday();
    replan(w, '2026-11-06');
    const request = pending(w).find((s) => s.kind === 'feedback-request')!;
    w.steps = w.steps.map((s) => (s.id === request.id ? { ...s, state: 'done' } : s));
    w.feedback.push({
      id: w.nextId++,
      applicationId: w.application.id,
      personId: maria.id,
      receivedOn: '2026-11-13',
      text: 'Thanks for asking',
    });
    replan(w, '2026-11-13');
    expect(w.steps.find((s) => s.id === request.id)?.state).toBe('done');
  });
});

describe('planApplication input', () => {
  it('refuses a bad today, an unknown time zone and an empty working week', () => {
    const { w } = rejectedOnFriday();
    expect(() => planApplication(contextOf(w, '2026-11-31'))).toThrow(
      'today is not a date (YYYY-MM-DD): 2026-11-31',
    );
    w.profile.timeZone = 'Europe/Atlantis';
    expect(() => planApplication(contextOf(w, '2026-11-06'))).toThrow('unknown time zone: Europe/Atlantis');
    w.profile.timeZone = 'UTC';
    w.profile.workingDays = [];
    expect(() => planApplication(contextOf(w, '2026-11-06'))).toThrow('at least one working day');
  });
});
