import { z } from 'zod';
import {
  addApplication,
  addApplicationSchema,
  deleteApplication,
  editApplication,
  editApplicationSchema,
  setStatus,
  setStatusSchema,
} from '../app/applications.js';
import { exportAll } from '../app/backup.js';
import {
  addCompany,
  addCompanySchema,
  deleteCompany,
  editCompany,
  editCompanySchema,
  listCompanies,
} from '../app/companies.js';
import type { AppContext } from '../app/context.js';
import { loadDemo } from '../app/demo.js';
import { idInput, parseInput } from '../app/input.js';
import { addFeedback, addFeedbackSchema, addLink, addLinkSchema } from '../app/notes.js';
import {
  addPerson,
  addPersonSchema,
  deletePerson,
  editPerson,
  editPersonSchema,
  linkPerson,
  linkPersonSchema,
  listPeople,
} from '../app/people.js';
import { previewStatus } from '../app/preview.js';
import { userTime } from '../app/profile.js';
import { showRecord } from '../app/records.js';
import { applicationsPageSchema, listApplicationsPage } from '../app/records-pages.js';
import { logTouch, logTouchSchema } from '../app/touches.js';
import { notFound } from '../core/errors.js';
import type { ClockSchema } from './api-schemas-answers.js';
import type { Route } from './route.js';
import { followUpRoutes } from './routes-followup.js';
import { inboxRoutes } from './routes-inbox.js';
import { settingsRoutes } from './routes-settings.js';

const byId = z.object({ id: idInput });
const nothing = z.object({});

const listPeopleQuery = z.object({
  application: idInput.optional().describe('only the people who took part in this application'),
});

/** One record of the kind the path promises, or a 404 that says what the id is instead. */
async function showKind(ctx: AppContext, id: unknown, kind: 'application' | 'person' | 'company') {
  const record = await showRecord(ctx, id);
  if (record.kind !== kind) throw notFound(`${String(id)} is a ${record.kind}, not a ${kind}.`);
  return record;
}

async function deleteById<T>(
  ctx: AppContext,
  raw: unknown,
  what: string,
  del: (ctx: AppContext, id: number) => T,
) {
  const { id } = parseInput(byId, raw, `delete the ${what}`);
  return del(ctx, id);
}

/** Every operation of the JSON API. New features add their entries here (and a page in web/). */
export const routes: Route[] = [
  {
    method: 'get',
    path: '/clock',
    tag: 'profile',
    summary: 'Today and now, in the user’s time zone',
    input: nothing,
    output: 'Clock',
    run: async (ctx): Promise<z.infer<typeof ClockSchema>> => {
      const { today, now, profile } = await userTime(ctx);
      return { today, now, timeZone: profile.timeZone };
    },
  },
  {
    method: 'get',
    path: '/applications',
    tag: 'applications',
    summary: 'List applications, a page at a time',
    description:
      'Newest change first: `{items, total, limit, offset}`, where `total` counts every application that ' +
      'matches. Filter by `status`, `via` (each may repeat), `company` (its name) and `q` (words in the ' +
      'role or company name); `limit` (20 by default, at most 500) and `offset` page through the rest.',
    input: applicationsPageSchema,
    output: 'ApplicationsPage',
    run: (ctx, input) => listApplicationsPage(ctx, input),
  },
  {
    method: 'post',
    path: '/applications',
    tag: 'applications',
    summary: 'Add an application',
    description: 'The company is created when it is new. Dates may be YYYY-MM-DD or words ("yesterday").',
    input: addApplicationSchema,
    output: 'ApplicationAdded',
    status: 201,
    run: (ctx, input) => addApplication(ctx, input),
  },
  {
    method: 'get',
    path: '/applications/{id}',
    tag: 'applications',
    summary: 'One application with its company, status history, people, touches, steps and feedback',
    input: byId,
    output: 'ApplicationDetails',
    run: (ctx, input) => showKind(ctx, input.id, 'application'),
  },
  {
    method: 'patch',
    path: '/applications/{id}',
    tag: 'applications',
    summary: 'Edit an application',
    input: editApplicationSchema,
    output: 'Application',
    run: (ctx, input) => editApplication(ctx, input),
  },
  {
    method: 'delete',
    path: '/applications/{id}',
    tag: 'applications',
    summary: 'Delete an application with its history, touches and steps',
    input: byId,
    output: 'Application',
    run: (ctx, input) => deleteById(ctx, input, 'application', deleteApplication),
  },
  {
    method: 'post',
    path: '/applications/{id}/status',
    tag: 'applications',
    summary: 'Record a status change (a rejection takes an optional mood)',
    description:
      'Kept as a dated history; a change back-dated before a later one goes into the history without ' +
      'changing the current status. `mood` (ok, disappointed, upset) only goes with a rejection.',
    input: setStatusSchema,
    output: 'StatusChanged',
    status: 201,
    run: (ctx, input) => setStatus(ctx, input),
  },
  {
    method: 'post',
    path: '/applications/{id}/status/preview',
    tag: 'applications',
    summary: 'The plan a status change would start, without saving anything',
    description:
      'Takes the same body as a status change and answers with the steps the plan would hold, as saving ' +
      'would make them; nothing is written.',
    input: setStatusSchema,
    output: ['Step'],
    run: (ctx, input) => previewStatus(ctx, input),
  },
  {
    method: 'post',
    path: '/applications/{application}/feedback',
    tag: 'applications',
    summary: 'Record feedback received about an application',
    input: addFeedbackSchema,
    output: 'Feedback',
    status: 201,
    run: (ctx, input) => addFeedback(ctx, input),
  },
  {
    method: 'get',
    path: '/people',
    tag: 'people',
    summary: 'List people',
    input: listPeopleQuery,
    output: ['PersonListItem'],
    run: async (ctx, raw) => {
      const q = parseInput(listPeopleQuery, raw, 'list the people');
      return listPeople(ctx, q.application ? { application: q.application } : {});
    },
  },
  {
    method: 'post',
    path: '/people',
    tag: 'people',
    summary: 'Add a person (optionally on an application, with the day they interviewed you)',
    input: addPersonSchema,
    output: 'PersonAdded',
    status: 201,
    run: (ctx, input) => addPerson(ctx, input),
  },
  {
    method: 'get',
    path: '/people/{id}',
    tag: 'people',
    summary: 'One person with their company, applications, touches and steps',
    input: byId,
    output: 'PersonDetails',
    run: (ctx, input) => showKind(ctx, input.id, 'person'),
  },
  {
    method: 'patch',
    path: '/people/{id}',
    tag: 'people',
    summary: 'Edit a person (including their contact state and rapport notes)',
    input: editPersonSchema,
    output: 'Person',
    run: (ctx, input) => editPerson(ctx, input),
  },
  {
    method: 'delete',
    path: '/people/{id}',
    tag: 'people',
    summary: 'Delete a person',
    input: byId,
    output: 'Person',
    run: (ctx, input) => deleteById(ctx, input, 'person', deletePerson),
  },
  {
    method: 'post',
    path: '/people/{person}/applications',
    tag: 'people',
    summary: 'Say that a person took part in an application, and when they interviewed you',
    input: linkPersonSchema,
    output: 'Participation',
    status: 201,
    run: (ctx, input) => linkPerson(ctx, input),
  },
  {
    method: 'post',
    path: '/people/{person}/touches',
    tag: 'people',
    summary: 'Log a contact made or received',
    description:
      'A reply with the tone "asked-to-stop" marks the person do-not-contact and cancels every pending ' +
      'step for them.',
    input: logTouchSchema,
    output: 'LoggedTouch',
    status: 201,
    run: (ctx, input) => logTouch(ctx, input),
  },
  {
    method: 'get',
    path: '/companies',
    tag: 'companies',
    summary: 'List companies',
    input: nothing,
    output: ['Company'],
    run: (ctx) => listCompanies(ctx),
  },
  {
    method: 'post',
    path: '/companies',
    tag: 'companies',
    summary: 'Add a company',
    input: addCompanySchema,
    output: 'Company',
    status: 201,
    run: (ctx, input) => addCompany(ctx, input),
  },
  {
    method: 'get',
    path: '/companies/{id}',
    tag: 'companies',
    summary: 'One company',
    input: byId,
    output: 'CompanyDetails',
    run: (ctx, input) => showKind(ctx, input.id, 'company'),
  },
  {
    method: 'patch',
    path: '/companies/{id}',
    tag: 'companies',
    summary: 'Edit a company',
    input: editCompanySchema,
    output: 'Company',
    run: (ctx, input) => editCompany(ctx, input),
  },
  {
    method: 'delete',
    path: '/companies/{id}',
    tag: 'companies',
    summary: 'Delete a company that has no applications left',
    input: byId,
    output: 'Company',
    run: (ctx, input) => deleteById(ctx, input, 'company', deleteCompany),
  },
  {
    method: 'post',
    path: '/links',
    tag: 'companies',
    summary: 'Save something worth sharing later (a portfolio piece, an article, company news)',
    input: addLinkSchema,
    output: 'Link',
    status: 201,
    run: (ctx, input) => addLink(ctx, input),
  },
  {
    method: 'post',
    path: '/demo',
    tag: 'data',
    summary: 'Load the demo data (a dozen applications in every status, their people and touches)',
    input: nothing,
    output: 'DemoLoaded',
    status: 201,
    run: (ctx) => loadDemo(ctx),
  },
  {
    method: 'get',
    path: '/export',
    tag: 'data',
    summary: 'Every record as a versioned export file (what `notnow restore` reads back)',
    input: nothing,
    output: 'ExportFile',
    download: (result) => `notnow-export-${(result as { exportedAt: string }).exportedAt.slice(0, 10)}.json`,
    run: (ctx) => exportAll(ctx),
  },
  ...followUpRoutes,
  ...inboxRoutes,
  ...settingsRoutes,
];
