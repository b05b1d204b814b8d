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
  const firstOn = addDays(day, wait);
  // Had the checks gone out on time, the application would have been marked ghosted on this day.
  const lapsed = addDays(firstOn, rules.secondCheckAfterDays + rules.markGhostedAfterDays);
  const first = b.propose(
    {
      key: `silence:${app.id}:${day}:status-check-1:${whoKey}`,
      personId: to?.person.id ?? null,
      kind: 'status-check',
      nominal: firstOn,
      spaced: false,
      // A status check about an application that went quiet many months ago (a mailbox of past years
      // imported at once) reads oddly and would pile up on one day. Once even the first slow
      // keep-in-touch after a timely ghosting would be due, the silence is taken as the answer below.
      staleAfter: addDays(lapsed, rules.keepInTouchEveryDays),
      why: () =>
        `${what} on ${shortDate(day)} for ${app.role} and no answer for ${plural(wait, 'day')}: ` +
        `a short, polite status check to ${addressee(to)}.`,
    },
    channelFor('status-check', to?.person ?? null, profile),
  );
  if (!first) {
    // Not planned: either nobody may be written to (then nothing is concluded), or the silence is
    // older than the whole path, and the application is marked ghosted as of the day it would have been.
    if (to === null || b.contactState(to.person.id) === 'active') {
      if (today > lapsed) {
        b.changes.status = {
          status: 'ghosted',
          on: lapsed,
          reason: `no answer since ${shortDate(day)}; recorded long after, so no status check was sent`,
        };
      }
    }
    return;
  }
  if (first.state === 'cancelled') return;
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
  if (today >= end)
    b.changes.status = { status: 'ghosted', on: end, reason: 'no answer after the status checks' };
  else b.wake(end);
}

/** For a ghosted application, the day it was marked ghosted. */
export function ghostedDay(b: PlanBuilder): LocalDate {
  const change = lastChange(b.ctx.history, 'ghosted');
  return localDateOf(change ? change.at : b.ctx.application.updatedAt, b.ctx.profile.timeZone);
}
