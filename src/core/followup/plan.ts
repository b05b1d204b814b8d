/**
 * `planApplication`: the whole follow-up plan of one application as changes to its steps.
 *
 * Contract:
 * - Pure: `ctx.today` is the only clock; dates are local to `ctx.profile.timeZone`.
 * - Steps are matched by `key`; applying the changes and planning again yields no changes.
 * - Done, skipped and snoozed steps, and steps the user edited, are never changed, except that every
 *   step still to come for a do-not-contact person is cancelled ("asked to stop").
 * - Only this application's steps are created, moved or cancelled by plan rules; a keep-in-touch letter
 *   is per person and belongs to the application that planned it first. Re-plan every application of
 *   a person after a change to that person (a reply, done letter, new interview) to keep spacing exact.
 * - No step falls outside `profile.workingDays`; letters after the first round keep
 *   `playbook.spacingDays` from every other letter to the same person.
 */
import { addDays, isLocalDate, isTimeZone } from '../dates.js';
import type { LocalDate } from '../model.js';
import { PlanBuilder } from './builder.js';
import type { PlanChanges, PlanContext } from './context.js';
import { planInterviewThankYous } from './interview.js';
import { planKeepInTouch } from './keep-in-touch.js';
import { cancelUnwanted } from './reconcile.js';
import { planRejection, rejectionFacts } from './rejection.js';
import { withRoles } from './roster.js';
import { AWAITING, ghostedDay, planSilence } from './silence.js';
import { applyTact, planNewOpenings } from './tact.js';

export type { NewStep, Opening, PlanChanges, PlanContext, StepPatch } from './context.js';
export { isEmptyPlan } from './context.js';

export function planApplication(ctx: PlanContext): PlanChanges {
  return planWithWake(ctx).changes;
}

/**
 * The plan's changes, and `replanOn`: the first day after today on which planning again could change
 * something with no new data (null: never). Until then the plan, once applied, stays as it is; the
 * daily refresh re-plans an application only when its day has come.
 */
export function planWithWake(ctx: PlanContext): { changes: PlanChanges; replanOn: LocalDate | null } {
  if (!isLocalDate(ctx.today)) throw new RangeError(`today is not a date (YYYY-MM-DD): ${ctx.today}`);
  if (!isTimeZone(ctx.profile.timeZone)) throw new RangeError(`unknown time zone: ${ctx.profile.timeZone}`);
  if (ctx.profile.workingDays.length === 0)
    throw new RangeError('the profile needs at least one working day');
  const b = new PlanBuilder(ctx);
  const { application: app, playbook } = ctx;
  applyTact(b);

  // Interview thank-yous are first-round letters: placed before any letter the spacing rule moves.
  const rejected = app.status === 'rejected' ? rejectionFacts(b) : null;
  planInterviewThankYous(
    b,
    rejected && {
      day: rejected.day,
      thanked: new Set(withRoles(b, playbook.rejection.thankYou.roles).map((m) => m.person.id)),
    },
  );
  const rejection = rejected ? planRejection(b) : null;

  let rhythm: { everyDays: number; anchorOf: (personId: number) => LocalDate } | null = null;
  if (rejection) {
    rhythm = {
      everyDays: playbook.keepInTouch.everyDays,
      anchorOf: (id) => rejection.anchors.get(id) ?? rejection.start,
    };
  } else if (app.status === 'ghosted') {
    const day = ghostedDay(b);
    rhythm = { everyDays: playbook.silence.keepInTouchEveryDays, anchorOf: () => day };
  } else if (AWAITING.includes(app.status)) {
    planSilence(b);
    const ghosted = b.changes.status;
    // Marked ghosted just now: the slow rhythm starts in this same run, so planning again adds nothing.
    if (ghosted) rhythm = { everyDays: playbook.silence.keepInTouchEveryDays, anchorOf: () => ghosted.on };
  }
  if (rhythm) {
    for (const m of withRoles(b, playbook.keepInTouch.roles)) {
      planKeepInTouch(b, m, rhythm.anchorOf(m.person.id), rhythm.everyDays);
    }
  }
  planNewOpenings(b);
  cancelUnwanted(b);
  // A new status or contact state sends the next plan down another path: look again tomorrow.
  if (b.changes.status || b.changes.people.length > 0) b.wake(addDays(ctx.today, 1));
  return { changes: b.changes, replanOn: b.replanOn };
}
