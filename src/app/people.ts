import { z } from 'zod';
import { invalidInput, notFound } from '../core/errors.js';
import type { Company, Id, Participation, Person, Step, Touch } from '../core/model.js';
import { parseUserDate } from '../core/user-date.js';
import { getCompany } from '../store/companies.js';
import {
  deletePerson as deletePersonRow,
  getPerson,
  insertPerson,
  listPeople as listPeopleRows,
  participationsOf,
  updatePerson,
  upsertParticipation,
} from '../store/people.js';
import { listSteps } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { listTouches } from '../store/touches.js';
import { requireApplication } from './applications.js';
import { companyNamed } from './companies.js';
import type { AppContext } from './context.js';
import {
  contactStateInput,
  dateText,
  emailInput,
  idInput,
  optionalText,
  parseInput,
  roleInput,
  text,
  urlInput,
} from './input.js';
import { planRun, replanAround } from './plan.js';
import { userTime } from './profile.js';

export const addPersonSchema = z.object({
  name: text('the name'),
  company: text('the company name').optional(),
  emails: z.array(emailInput).optional(),
  phone: optionalText,
  linkedin: urlInput.nullable().optional(),
  title: optionalText,
  role: roleInput.optional(),
  rapport: optionalText,
  notes: optionalText,
  application: idInput.optional(),
  interviewed: dateText.optional(),
});

export async function addPerson(
  ctx: AppContext,
  input: unknown,
): Promise<{ person: Person; company: Company | null }> {
  const p = parseInput(addPersonSchema, input, 'add the person');
  if (p.interviewed && p.application === undefined) {
    throw invalidInput('interviewed: say for which application (--application ID)');
  }
  return ctx.store.tx(async (db) => {
    const { today, now } = await userTime(ctx, db);
    const application = p.application === undefined ? null : await requireApplication(db, p.application);
    let company: Company | null = null;
    if (p.company) company = (await companyNamed(db, p.company, now)).company;
    else if (application) company = await getCompany(db, application.companyId);
    const role = p.role ?? 'other';
    const person = await insertPerson(db, {
      name: p.name,
      emails: p.emails ?? [],
      phone: p.phone ?? null,
      linkedinUrl: p.linkedin ?? null,
      companyId: company?.id ?? null,
      title: p.title ?? null,
      role,
      rapport: p.rapport ?? null,
      contactState: 'active',
      notes: p.notes ?? null,
      createdAt: now,
    });
    if (application) {
      const interviewedOn = p.interviewed ? parseUserDate(p.interviewed, today, 'interviewed') : null;
      await upsertParticipation(db, {
        applicationId: application.id,
        personId: person.id,
        role,
        interviewedOn,
      });
      await replanAround(db, await planRun(ctx, db), { applicationIds: [application.id] });
    }
    return { person, company };
  });
}

export async function requirePerson(db: Db, id: Id): Promise<Person> {
  const person = await getPerson(db, id);
  if (!person) throw notFound(`There is no person with id ${id}; \`notnow list people\` shows them.`);
  return person;
}

export const editPersonSchema = z.object({
  id: idInput,
  name: text('the name').optional(),
  company: text('the company name').nullable().optional(),
  emails: z.array(emailInput).optional(),
  addEmails: z.array(emailInput).optional(),
  phone: optionalText,
  linkedin: urlInput.nullable().optional(),
  title: optionalText,
  role: roleInput.optional(),
  rapport: optionalText,
  notes: optionalText,
  contactState: contactStateInput.optional(),
});

export async function editPerson(ctx: AppContext, input: unknown): Promise<Person> {
  const e = parseInput(editPersonSchema, input, 'edit the person');
  return ctx.store.tx(async (db) => {
    const { now } = await userTime(ctx, db);
    const person = await requirePerson(db, e.id);
    const companyId =
      e.company === undefined
        ? person.companyId
        : e.company === null
          ? null
          : (await companyNamed(db, e.company, now)).company.id;
    const keep = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
    const next: Person = {
      ...person,
      name: e.name ?? person.name,
      companyId,
      emails: e.emails ?? [...new Set([...person.emails, ...(e.addEmails ?? [])])],
      phone: keep(e.phone, person.phone),
      linkedinUrl: keep(e.linkedin, person.linkedinUrl),
      title: keep(e.title, person.title),
      role: e.role ?? person.role,
      rapport: keep(e.rapport, person.rapport),
      notes: keep(e.notes, person.notes),
      contactState: e.contactState ?? person.contactState,
    };
    await updatePerson(db, next);
    await replanAround(db, await planRun(ctx, db), { personIds: [next.id] });
    return next;
  });
}

export const linkPersonSchema = z.object({
  person: idInput,
  application: idInput,
  role: roleInput.optional(),
  interviewed: dateText.nullable().optional(),
});

/** Says that a person took part in an application (and when they interviewed you). */
export async function linkPerson(ctx: AppContext, input: unknown): Promise<Participation> {
  const l = parseInput(linkPersonSchema, input, 'link the person to the application');
  return ctx.store.tx(async (db) => {
    const { today } = await userTime(ctx, db);
    const person = await requirePerson(db, l.person);
    await requireApplication(db, l.application);
    const existing = (await participationsOf(db, { applicationId: l.application, personId: l.person }))[0];
    const participation: Participation = {
      applicationId: l.application,
      personId: l.person,
      role: l.role ?? existing?.role ?? person.role,
      interviewedOn:
        l.interviewed === undefined
          ? (existing?.interviewedOn ?? null)
          : l.interviewed === null
            ? null
            : parseUserDate(l.interviewed, today, 'interviewed'),
    };
    await upsertParticipation(db, participation);
    await replanAround(db, await planRun(ctx, db), { applicationIds: [participation.applicationId] });
    return participation;
  });
}

export async function deletePerson(ctx: AppContext, id: Id): Promise<Person> {
  return ctx.store.tx(async (db) => {
    const person = await requirePerson(db, id);
    const applicationIds = (await participationsOf(db, { personId: id })).map((p) => p.applicationId);
    await deletePersonRow(db, id);
    await replanAround(db, await planRun(ctx, db), { applicationIds });
    return person;
  });
}

export interface PersonListItem extends Person {
  company: string | null;
}

export async function listPeople(
  ctx: AppContext,
  filter: { application?: Id } = {},
): Promise<PersonListItem[]> {
  const db = ctx.store.db;
  const people = await listPeopleRows(db, filter.application ? { applicationId: filter.application } : {});
  const companyIds = [...new Set(people.map((p) => p.companyId).filter((id): id is Id => id !== null))];
  const names = new Map<Id, string>();
  for (const id of companyIds) names.set(id, (await getCompany(db, id))?.name ?? '');
  return people.map((p) => ({
    ...p,
    company: p.companyId === null ? null : (names.get(p.companyId) ?? null),
  }));
}

export interface PersonDetails {
  person: Person;
  company: Company | null;
  participations: Participation[];
  touches: Touch[];
  steps: Step[];
}

export async function personDetails(db: Db, id: Id): Promise<PersonDetails> {
  const person = await requirePerson(db, id);
  return {
    person,
    company: person.companyId === null ? null : await getCompany(db, person.companyId),
    participations: await participationsOf(db, { personId: id }),
    touches: await listTouches(db, { personIds: [id] }),
    steps: await listSteps(db, { personIds: [id] }),
  };
}
