import { z } from 'zod';
import { instantAt } from '../core/dates.js';
import { conflict, invalidInput, notFound } from '../core/errors.js';
import type { Id, Step, StepKind } from '../core/model.js';
import { getApplication, listApplications } from '../store/applications.js';
import { listCompanies } from '../store/companies.js';
import { listPeople } from '../store/people.js';
import { getStep, listSteps, updateStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import type { AppContext } from './context.js';
import { channelInput, dateText, idInput, optionalText, parseInput } from './input.js';
import { planRun, refreshPlans, replanAround } from './plan.js';
import { userTime } from './profile.js';

export {
  AGENDA_DAYS,
  type AgendaItem,
  type AgendaPage,
  agendaPageSchema,
  agendaSchema,
  readAgenda,
  readAgendaJson,
  readAgendaPage,
} from './agenda.js';

/** Names to show beside steps: the person, the company and the role. */
async function labelsFor(db: Db, steps: Step[]) {
  const personIds = [...new Set(steps.map((s) => s.personId).filter((id): id is Id => id !== null))];
  const people = new Map((await listPeople(db, { ids: personIds })).map((p) => [p.id, p]));
  const companies = new Map((await listCompanies(db)).map((c) => [c.id, c.name]));
  const appIds = new Set(steps.map((s) => s.applicationId));
  const apps = new Map((await listApplications(db)).filter((a) => appIds.has(a.id)).map((a) => [a.id, a]));
  return (s: Step) => {
    const app = s.applicationId === null ? undefined : apps.get(s.applicationId);
    return {
      person: s.personId === null ? null : (people.get(s.personId)?.name ?? null),
      company: app ? (companies.get(app.companyId) ?? null) : null,
      role: app?.role ?? null,
    };
  };
}

export async function requireStep(db: Db, id: Id): Promise<Step> {
  const step = await getStep(db, id);
  if (!step) throw notFound(`There is no step with id ${id}; \`notnow agenda\` shows them.`);
  return step;
}

function requireOpen(step: Step, doing: string): void {
  if (step.state !== 'pending' && step.state !== 'snoozed') {
    throw conflict(
      `Step ${step.id} is already ${step.state}; only pending or snoozed steps can be ${doing}.`,
    );
  }
}

export const doneSchema = z.object({
  step: idInput,
  channel: channelInput.optional(),
  on: dateText.optional(),
  note: optionalText,
});

/**
 * Marks a step done. A letter or call to a person logs the touch it produced, in the same transaction,
 * and the person's plans are re-planned (spacing counts from this touch).
 */
export async function completeStep(
  ctx: AppContext,
  input: unknown,
): Promise<{ step: Step; touchId: Id | null }> {
  const d = parseInput(doneSchema, input, 'mark the step done');
  return ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    const step = await requireStep(db, d.step);
    requireOpen(step, 'marked done');
    const on = d.on ? (await userDate()).parseUserDate(d.on, run.today, 'on') : run.today;
    if (on > run.today) throw invalidInput(`on: ${on} is in the future (today is ${run.today})`);
    let touchId: Id | null = null;
    if (step.personId !== null) {
      const touch = await insertTouch(db, {
        personId: step.personId,
        applicationId: step.applicationId,
        at: on === run.today ? run.now : instantAt(on, '12:00', run.profile.timeZone),
        channel: d.channel ?? step.channel ?? 'email',
        direction: 'out',
        note: d.note ?? `${step.kind.replace(/-/g, ' ')} (step ${step.id})`,
        tone: null,
        stepId: step.id,
      });
      touchId = touch.id;
    }
    await updateStep(db, step.id, { state: 'done', touchId, updatedAt: run.now });
    await replanAround(db, run, stepScope(step));
    return { step: (await requireStep(db, step.id))!, touchId };
  });
}

export async function skipStep(ctx: AppContext, rawId: unknown): Promise<Step> {
  const id = parseInput(idInput, rawId, 'skip the step');
  return ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    const step = await requireStep(db, id);
    requireOpen(step, 'skipped');
    await updateStep(db, step.id, { state: 'skipped', updatedAt: run.now });
    await replanAround(db, run, stepScope(step));
    return requireStep(db, step.id);
  });
}

export const snoozeSchema = z.object({ step: idInput, until: dateText });

export async function snoozeStep(ctx: AppContext, input: unknown): Promise<Step> {
  const s = parseInput(snoozeSchema, input, 'snooze the step');
  return ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    const step = await requireStep(db, s.step);
    requireOpen(step, 'snoozed');
    const until = (await userDate()).parseUserDate(s.until, run.today, 'until');
    if (until <= run.today)
      throw invalidInput(`until: snooze to a day after today (${run.today}), not ${until}`);
    await updateStep(db, step.id, { state: 'snoozed', snoozedUntil: until, updatedAt: run.now });
    await replanAround(db, run, stepScope(step));
    return requireStep(db, step.id);
  });
}

/** The date parser (chrono-node, ~95 KB) is loaded only by the commands that read a date the user wrote. */
const userDate = () => import('../core/user-date.js');

function stepScope(step: Step): { applicationIds: Id[]; personIds: Id[] } {
  return {
    applicationIds: step.applicationId === null ? [] : [step.applicationId],
    personIds: step.personId === null ? [] : [step.personId],
  };
}

const KIND_TITLES: Record<StepKind, string> = {
  'interview-thank-you': 'Thank-you after the interview',
  'thank-you': 'Thank-you note',
  'feedback-request': 'Ask for feedback',
  'recruiter-update': 'Update the recruiter',
  reflection: 'Reflect on',
  resell: 'Resell letter',
  'follow-up': 'The promised follow-up',
  'keep-in-touch': 'Keep in touch',
  'status-check': 'Status check',
  'new-opening': 'Note about a new opening',
};

/**
 * The calendar feed: every step still to do as an event, and the ones no longer to do as cancelled, so a
 * calendar that subscribed (or imported an earlier file) drops them.
 */
export async function calendarFeed(ctx: AppContext): Promise<string> {
  await refreshPlans(ctx);
  const db = ctx.store.db;
  const { profile } = await userTime(ctx, db);
  const steps = await listSteps(db);
  const labels = await labelsFor(db, steps);
  const items = steps.map((step) => {
    const l = labels(step);
    const who =
      step.personId === null ? (l.role ? `${l.role}` : 'this application') : (l.person ?? 'someone');
    const where = l.company ? ` (${l.company})` : '';
    const title =
      step.kind === 'reflection'
        ? `${KIND_TITLES[step.kind]} ${l.role ?? 'the application'}${where}`
        : `${KIND_TITLES[step.kind]}: ${who}${where}`;
    return { step, title };
  });
  // ical-generator is loaded only for the calendar feed.
  const { stepsToIcs } = await import('../adapters/calendar/ics.js');
  return stepsToIcs(items, { timeZone: profile.timeZone, calendarName: 'notnow follow-ups' });
}

/** Used by the letters use cases: the application a step belongs to, when it has one. */
export async function stepApplication(db: Db, step: Step) {
  return step.applicationId === null ? null : getApplication(db, step.applicationId);
}
