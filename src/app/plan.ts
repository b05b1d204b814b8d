/**
 * Keeping follow-up plans current. Every use case that changes what a plan depends on (a status, a
 * touch, a step, a person) re-plans the applications concerned in its own transaction; and because the
 * ghosted path depends on time passing, every plan is refreshed once a day before the agenda is read.
 */
import { instantAt } from '../core/dates.js';
import { NotNowError } from '../core/errors.js';
import {
  DEFAULT_PLAYBOOK,
  type PlanChanges,
  type Playbook,
  PlaybookError,
  parsePlaybook,
  planApplication,
} from '../core/followup/index.js';
import type { Id, LocalDate, Profile } from '../core/model.js';
import {
  getApplication,
  insertStatusChange,
  listApplications,
  statusHistory,
  updateApplication,
} from '../store/applications.js';
import { getCompany } from '../store/companies.js';
import { listLinks } from '../store/links.js';
import { getPerson, listPeople, participationsOf, updatePerson } from '../store/people.js';
import { getSetting, setSetting } from '../store/settings.js';
import { insertSteps, listSteps, updateStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { listTouches } from '../store/touches.js';
import type { AppContext } from './context.js';
import { userTime } from './profile.js';

/** The user's playbook (config folder) over the default; a bad file is refused naming key and problem. */
export function loadPlaybook(ctx: AppContext): Playbook {
  const file = ctx.files.playbook();
  if (!file) return DEFAULT_PLAYBOOK;
  try {
    return parsePlaybook(file.raw, file.source);
  } catch (e) {
    if (e instanceof PlaybookError) throw new NotNowError('invalid-playbook', e.message);
    throw e;
  }
}

export interface PlanRun {
  today: LocalDate;
  now: string;
  profile: Profile;
  playbook: Playbook;
}

export async function planRun(ctx: AppContext, db: Db): Promise<PlanRun> {
  const { profile, today, now } = await userTime(ctx, db);
  return { profile, today, now, playbook: loadPlaybook(ctx) };
}

/** Plans one application and writes the changes; returns what changed. */
export async function replanApplication(
  db: Db,
  run: PlanRun,
  applicationId: Id,
): Promise<PlanChanges | null> {
  const application = await getApplication(db, applicationId);
  if (!application) return null;
  const company = await getCompany(db, application.companyId);
  if (!company) return null;
  const participations = await participationsOf(db, { applicationId });
  const personIds = participations.map((p) => p.personId);
  const people = await listPeople(db, { ids: personIds });
  const byId = new Map(people.map((p) => [p.id, p]));
  const changes = planApplication({
    today: run.today,
    profile: run.profile,
    playbook: run.playbook,
    application,
    company,
    history: await statusHistory(db, applicationId),
    people: participations.flatMap((participation) => {
      const person = byId.get(participation.personId);
      return person ? [{ person, participation }] : [];
    }),
    touches: await listTouches(db, { applicationId, personIds }),
    steps: await listSteps(db, { applicationId, personIds }),
    links: await listLinks(db, { companyId: company.id }),
  });
  await applyChanges(db, run, applicationId, changes);
  return changes;
}

async function applyChanges(db: Db, run: PlanRun, applicationId: Id, changes: PlanChanges): Promise<void> {
  await insertSteps(
    db,
    changes.create.map((s) => ({ ...s, createdAt: run.now, updatedAt: run.now })),
  );
  for (const { id, patch } of changes.update) await updateStep(db, id, { ...patch, updatedAt: run.now });
  for (const { personId, contactState } of changes.people) {
    const person = await getPerson(db, personId);
    if (person && person.contactState !== contactState) await updatePerson(db, { ...person, contactState });
  }
  if (changes.status) {
    const application = await getApplication(db, applicationId);
    if (application && application.status !== changes.status.status) {
      await insertStatusChange(db, {
        applicationId,
        status: changes.status.status,
        at: instantAt(changes.status.on, '12:00', run.profile.timeZone),
        reason: 'no answer after the status checks',
        mood: null,
      });
      await updateApplication(db, { ...application, status: changes.status.status, updatedAt: run.now });
    }
  }
}

/**
 * Re-plans every application of these people (and the given applications): spacing and back-off are
 * per person, so a change to one person's letters can move steps in another application.
 */
export async function replanAround(
  db: Db,
  run: PlanRun,
  { applicationIds = [], personIds = [] }: { applicationIds?: Id[]; personIds?: Id[] },
): Promise<void> {
  const ids = new Set(applicationIds);
  for (const personId of personIds) {
    for (const p of await participationsOf(db, { personId })) ids.add(p.applicationId);
  }
  for (const id of [...ids].sort((a, b) => a - b)) await replanApplication(db, run, id);
}

/** Statuses whose plans change as days pass (waiting for an answer, or a plan under way). */
const LIVING = ['applied', 'screening', 'interviewing', 'rejected', 'ghosted'] as const;

/**
 * Brings every plan up to today, at most once a day (the date is remembered), so that reading the
 * agenda stays quick and silent applications still move along the ghosted path.
 */
export async function refreshPlans(ctx: AppContext, force = false): Promise<void> {
  await ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    if (!force && (await getSetting(db, 'plansRefreshedOn')) === run.today) return;
    for (const a of await listApplications(db, { status: [...LIVING] }))
      await replanApplication(db, run, a.id);
    await setSetting(db, 'plansRefreshedOn', run.today);
  });
}
