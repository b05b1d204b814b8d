import { z } from 'zod';
import { addDays, instantAt } from '../core/dates.js';
import { conflict, invalidInput, notFound } from '../core/errors.js';
import type { Id, LocalDate, Step, StepKind } from '../core/model.js';
import { type AgendaCounts, type AgendaRow, agendaCounts, agendaRows } from '../store/agenda.js';
import { getApplication, listApplications } from '../store/applications.js';
import { listCompanies } from '../store/companies.js';
import { listPeople } from '../store/people.js';
import { getStep, listSteps, updateStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import type { AppContext } from './context.js';
import { channelInput, dateText, idInput, optionalText, parseInput } from './input.js';
import { DEFAULT_PAGE, MAX_PAGE } from './paging.js';
import { planRun, plansRefreshedOn, refreshPlans, replanAround } from './plan.js';
import { loadProfile, userTime } from './profile.js';
import { currentShelf, fromShelf } from './read-cache.js';

/** One line of the agenda; the JSON form of `notnow agenda --json` (a documented contract). */
export interface AgendaItem {
  id: Id;
  kind: StepKind;
  personId: Id | null;
  applicationId: Id | null;
  /** The day it shows up on (YYYY-MM-DD, local): its due date, or the day it was snoozed to. */
  due: LocalDate;
  channel: Step['channel'];
  why: string;
  state: 'pending' | 'snoozed';
  group: 'overdue' | 'today' | 'upcoming';
  person: string | null;
  company: string | null;
  role: string | null;
}

export const agendaSchema = z.object({
  days: z.coerce.number().int('days: a whole number').min(0).max(3660).optional(),
  replan: z.boolean().optional(),
});

/** The agenda one page at a time, for the web app and the API. */
export const agendaPageSchema = z.object({
  days: agendaSchema.shape.days,
  limit: z.coerce
    .number()
    .int('limit: a whole number')
    .min(1, 'limit: at least 1')
    .max(MAX_PAGE, `limit: at most ${MAX_PAGE}`)
    .optional(),
  offset: z.coerce.number().int('offset: a whole number').min(0, 'offset: 0 or more').optional(),
});

/** How far ahead the agenda reaches when not told: two weeks, as `notnow agenda` shows. */
export const AGENDA_DAYS = 14;

function agendaItem(row: AgendaRow, today: LocalDate): AgendaItem {
  const { day, ...rest } = row;
  return { ...rest, due: day, group: day < today ? 'overdue' : day === today ? 'today' : 'upcoming' };
}

/** Overdue, today's and upcoming steps, oldest first, after bringing every plan up to today. */
export async function readAgenda(
  ctx: AppContext,
  input: unknown = {},
): Promise<{ today: LocalDate; items: AgendaItem[] }> {
  const a = parseInput(agendaSchema, input, 'read the agenda');
  await refreshPlans(ctx, a.replan ?? false);
  const db = ctx.store.db;
  const { today } = await userTime(ctx, db);
  const rows = await agendaRows(db, { last: addDays(today, a.days ?? AGENDA_DAYS) });
  return { today, items: rows.map((r) => agendaItem(r, today)) };
}

export interface AgendaPage {
  today: LocalDate;
  /** How far ahead upcoming reaches. */
  days: number;
  /** This page of the agenda: overdue, today's, then upcoming steps, oldest first. */
  items: AgendaItem[];
  /** How many steps each group holds over every page. */
  counts: AgendaCounts;
  total: number;
  limit: number;
  offset: number;
}

/**
 * A page of the agenda (`limit` items from `offset`, 20 by default) with how many steps each group
 * holds; the plans are brought up to today first, as for the whole agenda.
 */
export async function readAgendaPage(ctx: AppContext, input: unknown = {}): Promise<AgendaPage> {
  const a = parseInput(agendaPageSchema, input, 'read the agenda');
  let shelf = await currentShelf(ctx);
  const profile = await fromShelf(shelf, 'profile', () => loadProfile(ctx.store.db));
  const today = ctx.clock.today(profile.timeZone);
  if (!plansRefreshedOn(ctx, today)) {
    await refreshPlans(ctx, false, today);
    shelf = await currentShelf(ctx);
  }
  const days = a.days ?? AGENDA_DAYS;
  const limit = a.limit ?? DEFAULT_PAGE;
  const offset = a.offset ?? 0;
  return fromShelf(shelf, `agenda:${today}:${days}:${limit}:${offset}`, async () => {
    const db = ctx.store.db;
    const last = addDays(today, days);
    const rows = await agendaRows(db, { last, limit, offset });
    const counts = await agendaCounts(db, today, last);
    const total = counts.overdue + counts.today + counts.upcoming;
    return { today, days, items: rows.map((r) => agendaItem(r, today)), counts, total, limit, offset };
  });
}

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
