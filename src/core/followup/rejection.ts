/**
 * The plan after a rejection: cool-down, a thank-you to each interviewer and hiring manager, a feedback
 * request, the agency recruiter's update, a private reflection, the resell letter and the follow-up it
 * promises. Keep-in-touch letters after it are planned by keep-in-touch.ts from the anchors returned.
 */
import { addDays, addWorkingDays, maxDate, onOrAfterWorkingDay, shortDate } from '../dates.js';
import type { Id, LocalDate, Mood } from '../model.js';
import type { Placed, PlanBuilder } from './builder.js';
import { firstName, type Member, recipientOf, statusDay, withRoles } from './roster.js';
import { rejectedOn, spacedNote } from './why.js';
import { channelFor, who } from './words.js';

export interface RejectionPlan {
  day: LocalDate;
  mood: Mood;
  /** The first day of outreach, after the cool-down. */
  start: LocalDate;
  /** Per person, the day of the last letter of this plan: keep-in-touch counts from there. */
  anchors: Map<Id, LocalDate>;
}

/** Rejection day, mood and first day of outreach, from the status history. */
export function rejectionFacts(b: PlanBuilder): { day: LocalDate; mood: Mood; start: LocalDate } {
  const { day, change } = statusDay(b);
  const mood = change?.mood ?? 'ok';
  return { day, mood, start: addDays(day, b.ctx.playbook.coolDownDays[mood]) };
}

/**
 * The day feedback on this application first came in since the rejection, or null: asking for it after
 * it came would tell the person their answer went unread. Feedback from before the rejection (after an
 * interview round) does not count: the request asks what would have made the application stronger.
 */
export function feedbackSince(b: PlanBuilder, day: LocalDate): LocalDate | null {
  let first: LocalDate | null = null;
  for (const f of b.ctx.feedback) {
    if (f.applicationId === b.ctx.application.id && f.receivedOn >= day && (!first || f.receivedOn < first)) {
      first = f.receivedOn;
    }
  }
  return first;
}

export function planRejection(b: PlanBuilder): RejectionPlan {
  const { playbook, application: app, company, profile } = b.ctx;
  const rules = playbook.rejection;
  const { day, mood, start } = rejectionFacts(b);
  const anchors = new Map<Id, LocalDate>();
  const note = (m: Member, placed: Placed | null) => {
    if (placed) anchors.set(m.person.id, maxDate(anchors.get(m.person.id) ?? placed.date, placed.date));
    return placed;
  };
  const first = onOrAfterWorkingDay(start, profile.workingDays);
  const opening = rejectedOn(day, mood, first);
  // Offsets count from the rejection; a longer cool-down shifts the whole plan by its extra days.
  const shifted = (afterDays: number) => addDays(start, afterDays - 1);

  const deadline = maxDate(
    addWorkingDays(day, rules.thankYou.withinBusinessDays, profile.workingDays),
    first,
  );
  for (const m of withRoles(b, rules.thankYou.roles)) {
    const kind = 'thank-you';
    const placed = b.propose(
      {
        key: `rejection:${app.id}:thank-you:${m.person.id}`,
        personId: m.person.id,
        kind,
        nominal: first,
        spaced: false,
        staleAfter: deadline,
        why: (due) =>
          `${opening} Thank ${who(m.person, m.role)} for their time with a short, personal note` +
          `${m.person.rapport ? ` (you shared: ${m.person.rapport})` : ''}, by ${shortDate(deadline)}.` +
          (due > deadline ? ' That day has passed: send it as soon as you can.' : ''),
      },
      channelFor(kind, m.person, profile),
    );
    note(m, placed);
  }

  const asked =
    feedbackSince(b, day) === null
      ? recipientOf(b, `rejection:${app.id}:feedback-request:`, rules.feedbackRequest.roles)
      : null;
  if (asked) {
    const nominal = addWorkingDays(first, rules.feedbackRequest.afterBusinessDays, profile.workingDays);
    const placed = b.propose(
      {
        key: `rejection:${app.id}:feedback-request:${asked.person.id}`,
        personId: asked.person.id,
        kind: 'feedback-request',
        nominal,
        spaced: false,
        staleAfter: addDays(nominal, 14),
        why: () =>
          `${opening} Ask ${who(asked.person, asked.role)} politely for feedback: ` +
          `what would have made your application for ${app.role} at ${company.name} stronger.`,
      },
      channelFor('feedback-request', asked.person, profile),
    );
    note(asked, placed);
  }

  let agency = withRoles(b, rules.recruiterUpdate.roles);
  if (agency.length === 0 && app.source === 'recruiter') agency = withRoles(b, ['recruiter']);
  const throughAgency = app.source === 'recruiter' || agency.some((m) => m.role === 'agency-recruiter');
  if (throughAgency) {
    for (const m of agency) {
      const nominal = addWorkingDays(first, rules.recruiterUpdate.afterBusinessDays, profile.workingDays);
      const placed = b.propose(
        {
          key: `rejection:${app.id}:recruiter-update:${m.person.id}`,
          personId: m.person.id,
          kind: 'recruiter-update',
          nominal,
          spaced: false,
          staleAfter: addDays(nominal, 14),
          why: () =>
            `${opening} The application came through ${who(m.person, m.role)}: tell ${firstName(m.person)} ` +
            `how it went at ${company.name}, and ask what they heard and what else they have.`,
        },
        channelFor('recruiter-update', m.person, profile),
      );
      note(m, placed);
    }
  }

  const reflectOn = shifted(rules.reflection.afterDays);
  b.propose(
    {
      key: `rejection:${app.id}:reflection`,
      personId: null,
      kind: 'reflection',
      nominal: reflectOn,
      spaced: false,
      // Notes on what went well are worth writing while the process is fresh; for a rejection recorded
      // weeks later (a mailbox of past years imported at once) a reflection due today is only noise.
      staleAfter: addDays(reflectOn, 14),
      why: () =>
        `About a week after the no from ${company.name} on ${shortDate(day)}: note what went well, ` +
        'what you would change, and the feedback you received.',
    },
    null,
  );

  const resold = recipientOf(b, `rejection:${app.id}:resell:`, rules.resell.roles);
  if (resold) planResell(b, resold, shifted(rules.resell.afterDays), opening, note);
  return { day, mood, start, anchors };
}

function planResell(
  b: PlanBuilder,
  m: Member,
  nominal: LocalDate,
  opening: string,
  note: (m: Member, placed: Placed | null) => Placed | null,
): void {
  const { playbook, application: app, company, profile } = b.ctx;
  const { promiseDays } = playbook.rejection.resell;
  const resell = note(
    m,
    b.propose(
      {
        key: `rejection:${app.id}:resell:${m.person.id}`,
        personId: m.person.id,
        kind: 'resell',
        nominal,
        spaced: false,
        // Weeks late, a resell letter misses its moment; keep-in-touch letters take over.
        staleAfter: addDays(nominal, 21),
        why: () =>
          `${opening} Write to ${who(m.person, m.role)}: thank them again, restate why you fit ` +
          `${company.name}, say your interest continues, and promise to be back in touch in about ` +
          `${promiseDays} days.`,
      },
      channelFor('resell', m.person, profile),
    ),
  );
  // A letter never sent made no promise; a cancelled one (the person asked to stop) neither.
  if (!resell || resell.state === 'skipped' || resell.state === 'cancelled') return;
  const name = firstName(m.person);
  const promised =
    resell.state === 'done'
      ? `You promised on ${shortDate(resell.date)} to follow up with ${name} in about ${promiseDays} days`
      : `Your resell letter to ${name} (due ${shortDate(resell.date)}) promises a follow-up in about ` +
        `${promiseDays} days`;
  note(
    m,
    b.propose(
      {
        key: `rejection:${app.id}:follow-up:${m.person.id}`,
        personId: m.person.id,
        kind: 'follow-up',
        nominal: addDays(resell.date, promiseDays),
        spaced: true,
        why: (due, start) =>
          `${promised}: this keeps that promise. Ask how things are at ${company.name} and whether anything like ${app.role} is coming up.` +
          spacedNote(due, start, m.person, playbook.spacingDays),
      },
      channelFor('follow-up', m.person, profile),
    ),
  );
}
