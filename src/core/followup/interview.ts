/** After any interview, whatever the outcome: a thank-you to each interviewer within a day. */
import { addWorkingDays, shortDate } from '../dates.js';
import type { Id, LocalDate } from '../model.js';
import type { PlanBuilder } from './builder.js';
import { firstName, withRoles } from './roster.js';
import { channelFor, who } from './words.js';

/**
 * `replacedBy` holds the people who get a thank-you after a rejection that came after their interview:
 * an interview thank-you not yet sent by then is replaced by that one (it gets cancelled).
 */
export function planInterviewThankYous(
  b: PlanBuilder,
  rejection: { day: LocalDate; thanked: Set<Id> } | null,
) {
  const { playbook, application: app, company, profile } = b.ctx;
  const rules = playbook.interviewThankYou;
  for (const m of withRoles(b, rules.roles)) {
    const participation = b.ctx.people.find((p) => p.person.id === m.person.id)?.participation;
    const day = participation?.interviewedOn;
    if (!day) continue;
    const key = `interview:${app.id}:thank-you:${m.person.id}`;
    const sent = b.existing(key)?.state === 'done';
    if (!sent && rejection && rejection.day >= day && rejection.thanked.has(m.person.id)) continue;
    const deadline = addWorkingDays(day, rules.withinBusinessDays, profile.workingDays);
    b.propose(
      {
        key,
        personId: m.person.id,
        kind: 'interview-thank-you',
        nominal: deadline,
        spaced: false,
        staleAfter: deadline,
        why: (due) =>
          `Interviewed with ${who(m.person, m.role)} on ${shortDate(day)} for ${app.role} at ${company.name}: ` +
          `thank ${firstName(m.person)} within a day, whatever the outcome.` +
          (due > deadline ? ' That day has passed: send it as soon as you can.' : ''),
      },
      channelFor('interview-thank-you', m.person, profile),
    );
  }
}
