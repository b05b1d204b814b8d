import { z } from 'zod';
import { instantAt } from '../core/dates.js';
import { invalidInput, notFound } from '../core/errors.js';
import type {
  Application,
  ApplicationStatus,
  Company,
  Feedback,
  Id,
  Participation,
  Person,
  StatusChange,
  Step,
  Touch,
} from '../core/model.js';
import { parseUserDate } from '../core/user-date.js';
import {
  deleteApplication as deleteApplicationRow,
  getApplication,
  insertApplication,
  insertStatusChange,
  statusHistory,
  updateApplication,
} from '../store/applications.js';
import { getCompany } from '../store/companies.js';
import { listFeedback } from '../store/feedback.js';
import { listPeople, participationsOf } from '../store/people.js';
import { listSteps } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { listTouches } from '../store/touches.js';
import { companyNamed, requireCompany } from './companies.js';
import type { AppContext } from './context.js';
import {
  dateText,
  idInput,
  moodInput,
  optionalText,
  parseInput,
  sourceInput,
  statusInput,
  text,
  urlInput,
} from './input.js';
import { planRun, replanAround } from './plan.js';
import { userTime } from './profile.js';

export { type ApplicationListItem, listApplications } from './application-list.js';

export const addApplicationSchema = z.object({
  company: text('the company name'),
  role: text('the role title'),
  applied: dateText.optional(),
  via: sourceInput.optional(),
  url: urlInput.nullable().optional(),
  status: statusInput.optional(),
  notes: optionalText,
});

export async function addApplication(
  ctx: AppContext,
  input: unknown,
): Promise<{ application: Application; company: Company; companyCreated: boolean }> {
  const a = parseInput(addApplicationSchema, input, 'add the application');
  return ctx.store.tx(async (db) => {
    const { profile, today, now } = await userTime(ctx, db);
    const appliedOn = a.applied
      ? notAfter(parseUserDate(a.applied, today, 'applied'), today, 'applied')
      : null;
    const status: ApplicationStatus = a.status ?? 'applied';
    const { company, created } = await companyNamed(db, a.company, now);
    const application = await insertApplication(db, {
      companyId: company.id,
      role: a.role,
      jobUrl: a.url ?? null,
      source: a.via ?? 'board',
      status,
      appliedOn: appliedOn ?? (status === 'saved' ? null : today),
      notes: a.notes ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await insertStatusChange(db, {
      applicationId: application.id,
      status,
      at: appliedOn ? instantAt(appliedOn, '12:00', profile.timeZone) : now,
      reason: null,
      mood: null,
    });
    await replanAround(db, await planRun(ctx, db), { applicationIds: [application.id] });
    return { application, company, companyCreated: created };
  });
}

function notAfter(date: string, today: string, field: string): string {
  if (date > today) throw invalidInput(`${field}: ${date} is in the future (today is ${today})`);
  return date;
}

export async function requireApplication(db: Db, id: Id): Promise<Application> {
  const application = await getApplication(db, id);
  if (!application) {
    throw notFound(`There is no application with id ${id}; \`notnow list applications\` shows them.`);
  }
  return application;
}

export const setStatusSchema = z.object({
  id: idInput,
  status: statusInput,
  on: dateText.optional(),
  reason: optionalText,
  mood: moodInput.optional(),
});
export type SetStatusInput = z.input<typeof setStatusSchema>;

/**
 * Records a status change with its date. The application's current status is the latest change,
 * so a change back-dated before a later one goes into the history without overriding it.
 */
export async function setStatus(
  ctx: AppContext,
  input: unknown,
): Promise<{ application: Application; change: StatusChange }> {
  const s = parseInput(setStatusSchema, input, 'change the status');
  if (s.mood && s.status !== 'rejected') throw invalidInput('mood: only a rejection asks how you feel');
  return ctx.store.tx(async (db) => {
    const { profile, today, now } = await userTime(ctx, db);
    const application = await requireApplication(db, s.id);
    const on = s.on ? notAfter(parseUserDate(s.on, today, 'on'), today, 'on') : null;
    const at = on && on !== today ? instantAt(on, '12:00', profile.timeZone) : now;
    const change = await insertStatusChange(db, {
      applicationId: application.id,
      status: s.status,
      at,
      reason: s.reason ?? null,
      mood: s.status === 'rejected' ? (s.mood ?? null) : null,
    });
    const history = await statusHistory(db, application.id);
    const latest = history.at(-1) ?? change;
    const next: Application = {
      ...application,
      status: latest.status,
      appliedOn: application.appliedOn ?? (s.status === 'applied' ? (on ?? today) : null),
      updatedAt: now,
    };
    await updateApplication(db, next);
    await replanAround(db, await planRun(ctx, db), { applicationIds: [application.id] });
    return { application: (await getApplication(db, application.id)) ?? next, change };
  });
}

export const editApplicationSchema = z.object({
  id: idInput,
  company: text('the company name').optional(),
  role: text('the role title').optional(),
  applied: dateText.nullable().optional(),
  via: sourceInput.optional(),
  url: urlInput.nullable().optional(),
  notes: optionalText,
});

export async function editApplication(ctx: AppContext, input: unknown): Promise<Application> {
  const e = parseInput(editApplicationSchema, input, 'edit the application');
  return ctx.store.tx(async (db) => {
    const { today, now } = await userTime(ctx, db);
    const application = await requireApplication(db, e.id);
    const companyId = e.company ? (await companyNamed(db, e.company, now)).company.id : application.companyId;
    const next: Application = {
      ...application,
      companyId,
      role: e.role ?? application.role,
      source: e.via ?? application.source,
      jobUrl: e.url === undefined ? application.jobUrl : e.url,
      notes: e.notes === undefined ? application.notes : e.notes,
      appliedOn:
        e.applied === undefined
          ? application.appliedOn
          : e.applied === null
            ? null
            : notAfter(parseUserDate(e.applied, today, 'applied'), today, 'applied'),
      updatedAt: now,
    };
    await updateApplication(db, next);
    await replanAround(db, await planRun(ctx, db), { applicationIds: [next.id] });
    return next;
  });
}

export async function deleteApplication(ctx: AppContext, id: Id): Promise<Application> {
  return ctx.store.tx(async (db) => {
    const application = await requireApplication(db, id);
    await deleteApplicationRow(db, id);
    return application;
  });
}

export interface ApplicationDetails {
  application: Application;
  company: Company;
  history: StatusChange[];
  people: Array<{ person: Person; participation: Participation }>;
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
}

export async function applicationDetails(db: Db, id: Id): Promise<ApplicationDetails> {
  const application = await requireApplication(db, id);
  const company =
    (await getCompany(db, application.companyId)) ?? (await requireCompany(db, application.companyId));
  const participations = await participationsOf(db, { applicationId: id });
  const people = await listPeople(db, { ids: participations.map((p) => p.personId) });
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    application,
    company,
    history: await statusHistory(db, id),
    people: participations.flatMap((participation) => {
      const person = byId.get(participation.personId);
      return person ? [{ person, participation }] : [];
    }),
    touches: await listTouches(db, { applicationId: id }),
    steps: await listSteps(db, { applicationId: id }),
    feedback: await listFeedback(db, { applicationId: id }),
  };
}
