import { describe, expect, it } from 'vitest';
import { isEmptyPlan } from './context.js';
import { planApplication } from './plan.js';
import {
  addPerson,
  at,
  contextOf,
  markDone,
  newWorld,
  pending,
  replan,
  reply,
  setStatus,
  skip,
  snooze,
  type World,
} from './test-world.js';

function rejected() {
  const w = newWorld({ appliedOn: '2026-10-01' });
  const maria = addPerson(w, 'Maria Chen', 'hiring-manager');
  setStatus(w, 'rejected', '2026-11-06');
  replan(w, '2026-11-06');
  return { w, maria };
}

const find = (w: World, kind: string, state = 'pending') =>
  w.steps.find((s) => s.kind === kind && s.state === state);

describe('as the user works through a plan', () => {
  it('keeps the promise of the resell letter from the day it was really sent', () => {
    const { w } = rejected();
    const resell = find(w, 'resell');
    if (!resell) throw new Error('no resell');
    markDone(w, resell.id, '2026-11-18');
    replan(w, '2026-11-18');
    const followUp = find(w, 'follow-up');
    expect(followUp?.due).toBe('2026-12-18');
    expect(followUp?.why).toMatch(/^You promised on 18 Nov to follow up with Maria in about 30 days/);
  });

  it('drops the follow-up when the resell letter is skipped: no promise was made', () => {
    const { w } = rejected();
    const resell = find(w, 'resell');
    if (!resell) throw new Error('no resell');
    skip(w, resell.id, '2026-11-16');
    replan(w, '2026-11-16');
    expect(find(w, 'follow-up', 'cancelled')?.cancelReason).toBe('the resell letter was skipped');
  });

  it('keeps a letter with the person it was sent to when a better contact turns up later', () => {
    const w = newWorld({ appliedOn: '2026-10-01' });
    const rita = addPerson(w, 'Rita Lopes', 'recruiter');
    setStatus(w, 'rejected', '2026-11-06');
    replan(w, '2026-11-06');
    const resell = find(w, 'resell');
    if (!resell) throw new Error('no resell');
    expect(resell.personId).toBe(rita.id);
    markDone(w, resell.id, '2026-11-16');
    addPerson(w, 'Maria Chen', 'hiring-manager');
    replan(w, '2026-11-17');
    expect(w.steps.filter((s) => s.kind === 'resell').map((s) => s.personId)).toEqual([rita.id]);
    expect(find(w, 'follow-up')?.personId).toBe(rita.id);
  });

  it('never overwrites a snoozed or edited step', () => {
    const { w } = rejected();
    const feedback = find(w, 'feedback-request');
    const thankYou = find(w, 'thank-you');
    if (!feedback || !thankYou) throw new Error('missing steps');
    snooze(w, feedback.id, '2026-11-21', '2026-11-12');
    const i = w.steps.findIndex((s) => s.id === thankYou.id);
    w.steps[i] = { ...thankYou, due: '2026-11-11', why: 'my own words', edited: true };
    const changes = planApplication(contextOf(w, '2026-11-12'));
    expect(changes.update.map((u) => u.id)).not.toContain(feedback.id);
    expect(changes.update.map((u) => u.id)).not.toContain(thankYou.id);
  });

  it('keeps the spacing: a letter sent out of plan pushes the follow-up', () => {
    const { w, maria } = rejected();
    const resell = find(w, 'resell');
    if (!resell) throw new Error('no resell');
    markDone(w, resell.id, '2026-11-16');
    w.touches.push({
      id: w.nextId++,
      personId: maria.id,
      applicationId: null,
      at: at('2026-12-10'),
      channel: 'linkedin',
      direction: 'out',
      note: 'congratulated her on the launch',
      tone: null,
      stepId: null,
    });
    replan(w, '2026-12-10');
    const followUp = find(w, 'follow-up');
    expect(followUp?.due).toBe('2026-12-31');
    expect(followUp?.why).toContain('Moved to 31 Dec to keep 21 days between letters to Maria.');
  });

  it('doubles the wait for each unanswered keep-in-touch letter, then lets the person rest', () => {
    const { w, maria } = rejected();
    for (const kind of ['thank-you', 'feedback-request', 'resell', 'follow-up']) {
      const s = find(w, kind);
      if (!s) throw new Error(kind);
      markDone(w, s.id, s.due);
      replan(w, s.due);
    }
    const gaps: number[] = [];
    let last = find(w, 'follow-up', 'done')?.due ?? '';
    for (let i = 0; i < 3; i++) {
      const kit = find(w, 'keep-in-touch');
      if (!kit) throw new Error(`no keep-in-touch #${i + 1}`);
      gaps.push((Date.parse(kit.due) - Date.parse(last)) / 86_400_000);
      markDone(w, kit.id, kit.due);
      last = kit.due;
      replan(w, kit.due);
    }
    // 42, 84, 168 days, each rounded up to a working day.
    expect(gaps.map((g) => Math.floor(g / 7))).toEqual([6, 12, 24]);
    expect(w.people[0]?.person.contactState).toBe('dormant');
    expect(pending(w).filter((s) => s.personId !== null)).toEqual([]);

    // A matching role opens: one note, and only one.
    w.openings = [
      { title: 'Senior Product Designer', url: 'https://acme.example/jobs/7', seenOn: '2027-11-02' },
    ];
    replan(w, '2027-11-02');
    const note = find(w, 'new-opening');
    expect(note?.personId).toBe(maria.id);
    expect(note?.why).toContain('Acme opened "Senior Product Designer" on 2 Nov');
    if (note) markDone(w, note.id, '2027-11-02');
    w.openings.push({ title: 'Design Lead', url: null, seenOn: '2027-12-01' });
    replan(w, '2027-12-01');
    expect(pending(w).filter((s) => s.personId !== null)).toEqual([]);
  });

  it('a reply resets the back-off', () => {
    const { w, maria } = rejected();
    for (const kind of ['thank-you', 'feedback-request', 'resell', 'follow-up', 'keep-in-touch']) {
      const s = find(w, kind);
      if (!s) throw new Error(kind);
      markDone(w, s.id, s.due);
      replan(w, s.due);
    }
    const second = find(w, 'keep-in-touch');
    const sent = find(w, 'keep-in-touch', 'done');
    expect(second?.why).toContain('1 letter unanswered, so this waits 84 days.');
    reply(w, maria.id, '2027-02-01', 'warm');
    replan(w, '2027-02-01');
    const after = w.steps.find((s) => s.id === second?.id);
    expect(after?.why).not.toContain('unanswered');
    expect(after?.due).toBe(sent ? addDaysIso(sent.due, 42) : '');
  });

  it('suggests a saved link worth sharing, a different one each time', () => {
    const { w } = rejected();
    w.links = [
      {
        id: 50,
        url: 'https://blog.example/a',
        title: 'Design systems at scale',
        kind: 'article',
        companyId: null,
        note: null,
        addedAt: at('2026-10-01'),
      },
      {
        id: 51,
        url: 'https://acme.example/news',
        title: 'Acme opens Lisbon office',
        kind: 'company-news',
        companyId: 1,
        note: null,
        addedAt: at('2026-09-01'),
      },
    ];
    replan(w, '2026-11-06');
    const kit = find(w, 'keep-in-touch');
    expect(kit?.why).toContain('"Acme opens Lisbon office" (https://acme.example/news)');
    if (kit) markDone(w, kit.id, kit.due);
    replan(w, kit?.due ?? '');
    expect(find(w, 'keep-in-touch')?.why).toContain('https://blog.example/a');
  });
});

function addDaysIso(day: string, n: number): string {
  return new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('after an interview', () => {
  it('thanks each interviewer within a day, whatever the outcome', () => {
    const w = newWorld({ appliedOn: '2026-11-02', profile: { prefersCards: true } });
    const ana = addPerson(w, 'Ana Ruiz', 'interviewer', '2026-11-13'); // a Friday
    const rita = addPerson(w, 'Rita Lopes', 'recruiter', '2026-11-10');
    addPerson(w, 'Tom Reed', 'agency-recruiter', '2026-11-09'); // a prep call, not an interview
    addPerson(w, 'Ben Okafor', 'interviewer'); // not met yet
    setStatus(w, 'interviewing', '2026-11-10');
    replan(w, '2026-11-13');
    const thanks = pending(w).filter((s) => s.kind === 'interview-thank-you');
    expect(thanks.map((s) => [s.personId, s.due, s.channel])).toEqual([
      [ana.id, '2026-11-16', 'card'],
      [rita.id, '2026-11-13', 'card'],
    ]);
    expect(thanks[0]?.why).toBe(
      'Interviewed with Ana Ruiz (interviewer) on 13 Nov for Product Designer at Acme: thank Ana within a day, whatever the outcome.',
    );
  });
});

describe('the ghosted path', () => {
  it('checks in twice, then marks the application ghosted and slows down', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    const rita = addPerson(w, 'Rita Lopes', 'recruiter');
    replan(w, '2026-11-02');
    const first = find(w, 'status-check');
    expect([first?.due, first?.personId]).toEqual(['2026-11-12', rita.id]);
    expect(first?.why).toBe(
      'Applied on 2 Nov for Product Designer and no answer for 10 days: a short, polite status check to Rita Lopes (recruiter).',
    );
    if (!first) throw new Error('no check');
    markDone(w, first.id, '2026-11-12');
    replan(w, '2026-11-12');
    const second = find(w, 'status-check');
    expect(second?.due).toBe('2026-12-03');
    if (!second) throw new Error('no second check');
    markDone(w, second.id, '2026-12-03');
    expect(replan(w, '2026-12-16').status).toBeNull();
    expect(replan(w, '2026-12-17').status).toEqual({
      status: 'ghosted',
      on: '2026-12-17',
      reason: 'no answer after the status checks',
    });
    expect(w.application.status).toBe('ghosted');
    replan(w, '2026-12-17');
    // The slow rhythm: about every 12 weeks.
    expect(pending(w).map((s) => [s.kind, s.due])).toEqual([['keep-in-touch', '2027-03-11']]);
    expect(isEmptyPlan(planApplication(contextOf(w, '2026-12-17')))).toBe(true);
  });

  it('waits 5 days after an interview, and starts over when they answer', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    const rita = addPerson(w, 'Rita Lopes', 'recruiter', '2026-11-10');
    setStatus(w, 'interviewing', '2026-11-05');
    replan(w, '2026-11-10');
    expect(find(w, 'status-check')?.due).toBe('2026-11-16'); // 15 Nov is a Sunday
    reply(w, rita.id, '2026-11-13', 'neutral');
    replan(w, '2026-11-13');
    expect(find(w, 'status-check', 'cancelled')?.cancelReason).toBe('they answered on 13 Nov');
    expect(find(w, 'status-check')?.due).toBe('2026-11-23');
  });

  it('moves the status check when an interview comes or a better contact is added', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    const ana = addPerson(w, 'Ana Ruiz', 'interviewer');
    replan(w, '2026-11-02');
    expect(find(w, 'status-check')?.personId).toBe(ana.id);
    const rita = addPerson(w, 'Rita Lopes', 'recruiter');
    replan(w, '2026-11-03');
    expect(find(w, 'status-check', 'cancelled')?.cancelReason).toBe(
      'the status check now goes to someone else',
    );
    expect(find(w, 'status-check')?.personId).toBe(rita.id);
    const entry = w.people.find((p) => p.person.id === ana.id);
    if (entry) entry.participation = { ...entry.participation, interviewedOn: '2026-11-05' };
    replan(w, '2026-11-05');
    const cancelled = w.steps.filter((s) => s.kind === 'status-check' && s.state === 'cancelled');
    expect(cancelled.map((s) => s.cancelReason)).toContain('interview on 5 Nov');
    expect(find(w, 'status-check')?.due).toBe('2026-11-10');
  });

  it('takes a silence older than the whole path as the answer: ghosted as of then, no status check', () => {
    // Applied in March and recorded (or imported from the mailbox) in November: the checks would have
    // gone out on 13 Mar and 3 Apr, and the application been marked ghosted on 17 Apr.
    const w = newWorld({ appliedOn: '2026-03-03' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    expect(replan(w, '2026-11-23').status).toEqual({
      status: 'ghosted',
      on: '2026-04-17',
      reason: 'no answer since 3 Mar; recorded long after, so no status check was sent',
    });
    expect(w.steps.filter((s) => s.kind === 'status-check')).toEqual([]);
    // The slow rhythm runs from that day: one keep-in-touch, not a pile of letters owed since April.
    replan(w, '2026-11-23');
    expect(pending(w).map((s) => s.kind)).toEqual(['keep-in-touch']);
    expect(isEmptyPlan(planApplication(contextOf(w, '2026-11-23')))).toBe(true);
  });

  it('still checks on an application quiet for a few months, however late it is recorded', () => {
    // Applied 14 Jun: the path would have ended on 29 Jul, the first slow touch come on 21 Oct, and a
    // week of grace keeps the check until 28 Oct.
    const w = newWorld({ appliedOn: '2026-06-14' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    expect(replan(w, '2026-10-28').status).toBeNull();
    expect(find(w, 'status-check')?.due).toBe('2026-10-28');
    const late = newWorld({ appliedOn: '2026-06-14' });
    addPerson(late, 'Rita Lopes', 'recruiter');
    expect(replan(late, '2026-10-29').status?.on).toBe('2026-07-29');
  });

  it('checks on an application quiet for seven weeks', () => {
    const w = newWorld({ appliedOn: '2026-10-03' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    expect(replan(w, '2026-11-23').status).toBeNull();
    expect(find(w, 'status-check')?.due).toBe('2026-11-23');
  });

  it('keeps a status check already planned, however long it waits', () => {
    const w = newWorld({ appliedOn: '2026-03-03' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    replan(w, '2026-03-03');
    expect(find(w, 'status-check')?.due).toBe('2026-03-13');
    expect(replan(w, '2026-11-23').status).toBeNull();
    expect(find(w, 'status-check')?.due).toBe('2026-03-13');
  });

  it('writes to the company when nobody is on file', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    replan(w, '2026-11-02');
    const check = find(w, 'status-check');
    expect([check?.personId, check?.channel]).toEqual([null, 'email']);
    expect(check?.why).toContain('Acme (no contact on file');
  });

  it('cancels the status checks when the application is rejected', () => {
    const w = newWorld({ appliedOn: '2026-11-02' });
    addPerson(w, 'Rita Lopes', 'recruiter');
    replan(w, '2026-11-02');
    setStatus(w, 'rejected', '2026-11-05');
    replan(w, '2026-11-05');
    expect(find(w, 'status-check', 'cancelled')?.cancelReason).toBe('application rejected on 5 Nov');
  });
});
