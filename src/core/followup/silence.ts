/**
 * The ghosted path: no answer N days after applying (or after an interview) brings a polite status
 * check, one more after a longer wait, and then the application is marked ghosted.
 */
import { addDays, localDateOf, shortDate } from '../dates.js';
import type { ApplicationStatus, LocalDate } from '../model.js';
import type { Placed, PlanBuilder } from './builder.js';
import { lastChange, type Member, recipientOf } from './roster.js';
import { spacedNote } from './why.js';
import { channelFor, plural, who } from './words.js';

/** Statuses in which the user is waiting for the company. */
export const AWAITING: readonly ApplicationStatus[] = ['applied', 'screening', 'interviewing'];

/** The last sign of life: applying, a status change the company caused, an interview, or a reply. */
export function silenceSince(b: PlanBuilder): { day: LocalDate; event: 'applied' | 'interview' | 'reply' } {
  const { application: app, history, people, touches, profile } = b.ctx;
  const tz = profile.timeZone;
  const applied = lastChange(history, 'applied');
  let day = app.appliedOn ?? localDateOf(applied ? applied.at : app.createdAt, tz);
  let event: 'applied' | 'interview' | 'reply' = 'applied';
  for (const c of history) {
    const d = localDateOf(c.at, tz);
    if ((c.status === 'screening' || c.status === 'interviewing') && d > day) [day, event] = [d, 'reply'];
  }
  const onApp = new Set(people.map((p) => p.person.id));
  for (const t of touches) {
    if (
      t.direction !== 'in' ||
      (t.applicationId !== app.id && (t.personId === null || !onApp.has(t.personId)))
    )
      continue;
    const d = localDateOf(t.at, tz);
    if (d > day) [day, event] = [d, 'reply'];
  }
  for (const { participation } of people) {
    const d = participation.interviewedOn;
    if (d && d >= day) [day, event] = [d, 'interview'];
  }
  return { day, event };
}

export function planSilence(b: PlanBuilder): void {
  const { playbook, application: app, company, profile, today } = b.ctx;
  const rules = playbook.silence;
  const { day, event } = silenceSince(b);
  const wait = event === 'interview' ? rules.afterInterviewDays : rules.afterApplyingDays;
  const to = recipientOf(b, `silence:${app.id}:${day}:status-check-1:`, rules.roles);
  const whoKey = to ? String(to.person.id) : 'company';
  const what = event === 'interview' ? 'Interviewed' : event === 'reply' ? 'Last heard from them' : 'Applied';
  const addressee = (m: Member | null) =>
    m ? who(m.person, m.role) : `${company.name} (no contact on file: use the job posting or careers page)`;
  const first = b.propose(
    {
      key: `silence:${app.id}:${day}:status-check-1:${whoKey}`,
      personId: to?.person.id ?? null,
      kind: 'status-check',
      nominal: addDays(day, wait),
      spaced: false,
      why: () =>
        `${what} on ${shortDate(day)} for ${app.role} and no answer for ${plural(wait, 'day')}: ` +
        `a short, polite status check to ${addressee(to)}.`,
    },
    channelFor('status-check', to?.person ?? null, profile),
  );
  if (!first || first.state === 'cancelled') return;
  const second: Placed | null = b.propose(
    {
      key: `silence:${app.id}:${day}:status-check-2:${whoKey}`,
      personId: to?.person.id ?? null,
      kind: 'status-check',
      nominal: addDays(first.date, rules.secondCheckAfterDays),
      spaced: true,
      why: (due, start) =>
        `Still no answer after the status check of ${shortDate(first.date)}: one more, last, polite note ` +
        `to ${addressee(to)} about ${app.role}.` +
        (to ? spacedNote(due, start, to.person, playbook.spacingDays) : ''),
    },
    channelFor('status-check', to?.person ?? null, profile),
  );
  const finished = (p: Placed | null) => p !== null && (p.state === 'done' || p.state === 'skipped');
  if (!finished(first) || !second || !finished(second)) return;
  const end = addDays(second.date, rules.markGhostedAfterDays);
  if (today >= end) b.changes.status = { status: 'ghosted', on: end };
  else b.wake(end);
}

/** For a ghosted application, the day it was marked ghosted. */
export function ghostedDay(b: PlanBuilder): LocalDate {
  const change = lastChange(b.ctx.history, 'ghosted');
  return localDateOf(change ? change.at : b.ctx.application.updatedAt, b.ctx.profile.timeZone);
}
