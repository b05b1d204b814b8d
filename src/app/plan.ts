/**
 * Keeping follow-up plans current. Every use case that changes what a plan depends on (a status, a
 * touch, a step, a person) re-plans the applications concerned in its own transaction; and because the
 * ghosted path depends on time passing, every plan is refreshed once a day before the agenda is read.
 */

import { createHash } from 'node:crypto';
import { instantAt } from '../core/dates.js';
import { NotNowError } from '../core/errors.js';
import {
  DEFAULT_PLAYBOOK,
  type PlanChanges,
  type Playbook,
  PlaybookError,
  parsePlaybook,
  planWithWake,
} from '../core/followup/index.js';
import type { Company, Id, Link, LocalDate, Person, Profile, Step, Touch } from '../core/model.js';
import {
  applicationsOfPeople,
  applicationsToReplan,
  getApplication,
  insertStatusChange,
  listApplications,
  pendingReplans,
  setReplanOn,
  setReplanOnMany,
  statusHistory,
  updateApplication,
} from '../store/applications.js';
import { getCompany, listCompanies } from '../store/companies.js';
import { listFeedback } from '../store/feedback.js';
import { listLinks } from '../store/links.js';
import { getPerson, listPeople, participationsOf, updatePerson } from '../store/people.js';
import {
  applicationIdsOfPeople,
  companiesOfApplications,
  loadPlanInputs,
  stepsByIds,
} from '../store/plan-inputs.js';
import { getSetting, setSetting } from '../store/settings.js';
import { insertSteps, listSteps, updateSteps } from '../store/steps.js';
import type { Db, Dialect } from '../store/store.js';
import { listTouches } from '../store/touches.js';
import type { AppContext } from './context.js';
import { userTime } from './profile.js';
import { asStored, patched } from './stored-step.js';

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
  /** The engine, for the queries written per engine (the batch loads). */
  dialect: Dialect;
}

export async function planRun(ctx: AppContext, db: Db): Promise<PlanRun> {
  const { profile, today, now } = await userTime(ctx, db);
  return { profile, today, now, playbook: loadPlaybook(ctx), dialect: ctx.store.dialect };
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
  const { changes, replanOn } = planWithWake({
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
    feedback: await listFeedback(db, { applicationId }),
    links: await listLinks(db, { companyId: company.id }),
  });
  await setReplanOn(db, applicationId, replanOn);
  await applyChanges(db, run, applicationId, changes);
  return changes;
}

/**
 * Writes a plan's changes (its day to look again is the caller's to write); returns the steps it
 * created. `people` (when given) holds the current state of the people concerned, sparing a read per person.
 */
async function applyChanges(
  db: Db,
  run: PlanRun,
  applicationId: Id,
  changes: PlanChanges,
  people?: ReadonlyMap<Id, Person>,
): Promise<Step[]> {
  const created = await insertSteps(
    db,
    changes.create.map((s) => ({ ...s, createdAt: run.now, updatedAt: run.now })),
  );
  await updateSteps(
    db,
    changes.update.map(({ id, patch }) => ({ id, patch: { ...patch, updatedAt: run.now } })),
  );
  for (const { personId, contactState } of changes.people) {
    const person = people ? (people.get(personId) ?? null) : await getPerson(db, personId);
    if (person && person.contactState !== contactState) await updatePerson(db, { ...person, contactState });
  }
  if (changes.status) {
    const application = await getApplication(db, applicationId);
    if (application && application.status !== changes.status.status) {
      await insertStatusChange(db, {
        applicationId,
        status: changes.status.status,
        at: instantAt(changes.status.on, '12:00', run.profile.timeZone),
        reason: changes.status.reason,
        mood: null,
      });
      await updateApplication(db, { ...application, status: changes.status.status, updatedAt: run.now });
    }
  }
  return created;
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
  for (const id of await applicationIdsOfPeople(db, personIds)) ids.add(id);
  await replanApplications(db, run, [...ids]);
}

/**
 * Re-plans these applications in ascending id order, with the same results as `replanApplication` on
 * each in turn, reading everything in a few queries per batch of `REFRESH_BATCH`. Returns the people
 * whose steps or contact state the plans wrote.
 */
export async function replanApplications(
  db: Db,
  run: PlanRun,
  applicationIds: readonly Id[],
): Promise<Set<Id>> {
  const ids = [...new Set(applicationIds)].sort((a, b) => a - b);
  const touched = new Set<Id>();
  if (ids.length === 0) return touched;
  const links = await listLinks(db);
  for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
    const batch = ids.slice(i, i + REFRESH_BATCH);
    const companies = new Map((await companiesOfApplications(db, batch)).map((c) => [c.id, c]));
    for (const id of await replanBatch(db, run, batch, companies, links)) touched.add(id);
  }
  return touched;
}

/** Statuses whose plans change as days pass (waiting for an answer, or a plan under way). */
const LIVING = ['applied', 'screening', 'interviewing', 'rejected', 'ghosted'] as const;

/** The day each open store's plans were last brought up to (this process need not ask again that day). */
const refreshedOn = new WeakMap<object, LocalDate>();

/** Whether this process already brought the plans up to `today` (no need to ask the database). */
export function plansRefreshedOn(ctx: AppContext, today: LocalDate): boolean {
  return refreshedOn.get(ctx.store) === today;
}

/**
 * What every plan reads besides its own application's records: the profile, the playbook and the
 * links worth sharing. When it changes (the user edited the profile or the playbook file, saved a
 * link), every plan is made again; otherwise only the plans whose day has come.
 */
async function plansFingerprint(db: Db, run: PlanRun): Promise<string> {
  const links = await db
    .selectFrom('links')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('id').as('last')])
    .executeTakeFirstOrThrow();
  const basis = JSON.stringify([run.profile, run.playbook, Number(links.n), Number(links.last ?? 0)]);
  return createHash('sha256').update(basis).digest('base64url');
}

/**
 * Brings every plan up to today, at most once a day (the date is remembered), so that reading the
 * agenda stays quick and silent applications still move along the ghosted path. Every write re-plans
 * what it touches, so only the plans whose `replanOn` day has come can have changed: those are made
 * again, then the other plans of the people whose letters moved (spacing and back-off are per
 * person). Everything is made again when `force` is given or what all plans read has changed; and
 * every application an interrupted import left marked (`REPLAN_PENDING`), on any day, whatever its status.
 * `today` (the user's, when the caller knows it) spares a read of the profile on the days already done.
 * Returns how many applications were re-planned.
 */
export async function refreshPlans(ctx: AppContext, force = false, today?: LocalDate): Promise<number> {
  if (!force && refreshedOn.get(ctx.store) === (today ?? (await userTime(ctx)).today)) return 0;
  const done = await ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    const fingerprint = await plansFingerprint(db, run);
    const same = (await getSetting(db, 'plansFingerprint')) === fingerprint;
    // Marked by an import that was stopped before it re-planned them (whatever their status).
    const pending = await pendingReplans(db);
    const dayDone = same && (await getSetting(db, 'plansRefreshedOn')) === run.today;
    if (!force && dayDone && pending.length === 0) return { today: run.today, count: 0 };
    const whole = force || !same;
    const due = whole
      ? (await listApplications(db, { status: [...LIVING] })).map((a) => a.id)
      : dayDone
        ? []
        : await applicationsToReplan(db, run.today, LIVING);
    const ids = [...new Set([...due, ...pending])];
    const announced = ids.length >= ANNOUNCE_FROM ? announce(ctx, ids.length) : null;
    const companies = new Map((await listCompanies(db)).map((c) => [c.id, c]));
    const links = await listLinks(db);
    const touched = new Set<Id>();
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
      const batch = ids.slice(i, i + REFRESH_BATCH);
      for (const id of await replanBatch(db, run, batch, companies, links)) touched.add(id);
    }
    let count = ids.length;
    if (!whole && touched.size > 0) {
      const done = new Set(ids);
      const around = (await applicationsOfPeople(db, [...touched], LIVING)).filter((id) => !done.has(id));
      around.sort((a, b) => a - b);
      for (let i = 0; i < around.length; i += REFRESH_BATCH) {
        await replanBatch(db, run, around.slice(i, i + REFRESH_BATCH), companies, links);
      }
      count += around.length;
    }
    announced?.();
    await setSetting(db, 'plansRefreshedOn', run.today);
    if (!same) await setSetting(db, 'plansFingerprint', fingerprint);
    return { today: run.today, count };
  });
  refreshedOn.set(ctx.store, done.today);
  return done.count;
}

/**
 * From this many plans to make again, the refresh says so before and after: the first command after an
 * upgrade, or after a profile change, re-plans every living application (8–12 s for the 8,236 living
 * applications of the benchmark's scale-1 data on SQLite), and silence for that long looks like a hang.
 */
const ANNOUNCE_FROM = 500;

/** Says that `count` plans are being made again; the function returned says they are done. */
function announce(ctx: AppContext, count: number): () => void {
  const n = count.toLocaleString('en');
  ctx.notice?.(`bringing ${n} follow-up plans up to date…`);
  return () => ctx.notice?.(`${n} plans up to date.`);
}

/**
 * Re-plans every application marked `REPLAN_PENDING` (an import marks what each of its batches
 * changed, then calls this at its end), `PENDING_BATCH` applications a transaction, in ascending id
 * order as `replanApplications` would re-plan them all at once. Stopped part way, the rest stay marked
 * for the next call or refresh. Returns how many were re-planned.
 */
export async function replanPending(
  ctx: AppContext,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const ids = await pendingReplans(ctx.store.db);
  if (ids.length > 0) onProgress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += PENDING_BATCH) {
    const batch = ids.slice(i, i + PENDING_BATCH);
    await ctx.store.tx(async (db) => replanApplications(db, await planRun(ctx, db), batch));
    onProgress?.(Math.min(i + PENDING_BATCH, ids.length), ids.length);
  }
  return ids.length;
}

/**
 * Marked applications re-planned per transaction: each commit waits for the disk once, and a process
 * killed part way loses at most this many plans' work (rolled back, they stay marked).
 */
const PENDING_BATCH = 1000;

/**
 * Applications re-planned per batch by the daily refresh. Bounded so a batch's queries stay well under
 * SQLite's bound-parameter limit (32,766) with a few people per application.
 */
const REFRESH_BATCH = 250;

/**
 * What `replanApplication` does for each of these applications, in this order, reading everything in
 * a few queries; returns the people whose steps or contact state it wrote. Plans are not independent: spacing and back-off are per person, so the steps and
 * people one plan writes are read by the next; the in-memory copies are kept equal to what the
 * database holds after each write (read back from it), so every plan sees what one-by-one re-planning
 * would have shown it.
 */
async function replanBatch(
  db: Db,
  run: PlanRun,
  ids: Id[],
  companies: ReadonlyMap<Id, Company>,
  allLinks: readonly Link[],
): Promise<Set<Id>> {
  const touched = new Set<Id>();
  const inputs = await loadPlanInputs(db, run.dialect, ids);
  const applications = new Map(inputs.applications.map((a) => [a.id, a]));
  const people = new Map(inputs.people.map((p) => [p.id, p]));
  const participantsOf = groupBy(inputs.participations, (p) => p.applicationId);
  const historyOf = groupBy(inputs.history, (h) => h.applicationId);
  const feedbackOf = groupBy(inputs.feedback, (f) => f.applicationId);
  const touchesOf = touchesByApplication(inputs.touches, ids, participantsOf);
  const steps = new StepPool(inputs.steps);
  // Nothing in the batch reads an application's day to look again: all are written at its end.
  const days: Array<[Id, LocalDate | null]> = [];
  for (const applicationId of ids) {
    const application = applications.get(applicationId);
    if (!application) continue;
    const company = companies.get(application.companyId);
    if (!company) continue;
    const participations = participantsOf.get(applicationId) ?? [];
    const personIds = new Set(participations.map((p) => p.personId));
    const { changes, replanOn } = planWithWake({
      today: run.today,
      profile: run.profile,
      playbook: run.playbook,
      application,
      company,
      history: historyOf.get(applicationId) ?? [],
      people: participations.flatMap((participation) => {
        const person = people.get(participation.personId);
        return person ? [{ person, participation }] : [];
      }),
      touches: touchesOf.get(applicationId) ?? [],
      steps: steps.of(applicationId, personIds),
      feedback: feedbackOf.get(applicationId) ?? [],
      // A link about the company, or one worth sharing with anyone, in listLinks' order.
      links: allLinks.filter((l) => l.companyId === company.id || l.companyId === null),
    });
    const created = await applyChanges(db, run, applicationId, changes, people);
    days.push([applicationId, replanOn]);
    // What was written is known: the created steps as inserted, the others as they were with their
    // patch over them (a step the pool lacks, if any, is read back).
    const written = created.map(asStored);
    const unknown: Id[] = [];
    for (const { id, patch } of changes.update) {
      const before = steps.get(id);
      if (before) written.push(patched(before, patch, run.now));
      else unknown.push(id);
    }
    for (const step of [...written, ...(await stepsByIds(db, unknown))]) {
      steps.set(step);
      if (step.personId !== null) touched.add(step.personId);
    }
    const moved = changes.people.map((p) => p.personId).filter((id) => people.has(id));
    for (const id of moved) touched.add(id);
    if (moved.length > 0) for (const p of await listPeople(db, { ids: moved })) people.set(p.id, p);
  }
  await setReplanOnMany(db, days);
  return touched;
}

/** The batch's steps as stored, found by application and by person. */
class StepPool {
  private readonly byId = new Map<Id, Step>();
  private readonly byOwner = new Map<string, Set<Id>>();

  constructor(steps: readonly Step[]) {
    for (const step of steps) this.set(step);
  }

  get(id: Id): Step | undefined {
    return this.byId.get(id);
  }

  set(step: Step): void {
    const before = this.byId.get(step.id);
    if (before) for (const key of owners(before)) this.byOwner.get(key)?.delete(step.id);
    this.byId.set(step.id, step);
    for (const key of owners(step)) {
      const ids = this.byOwner.get(key);
      if (ids) ids.add(step.id);
      else this.byOwner.set(key, new Set([step.id]));
    }
  }

  /** What `listSteps(db, { applicationId, personIds })` returns: ordered by due day, then id. */
  of(applicationId: Id, personIds: ReadonlySet<Id>): Step[] {
    const ids = new Set(this.byOwner.get(`a${applicationId}`));
    for (const personId of personIds) for (const id of this.byOwner.get(`p${personId}`) ?? []) ids.add(id);
    return [...ids]
      .map((id) => this.byId.get(id) as Step)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
  }
}

function owners(step: Step): string[] {
  return [
    ...(step.applicationId === null ? [] : [`a${step.applicationId}`]),
    ...(step.personId === null ? [] : [`p${step.personId}`]),
  ];
}

function groupBy<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  const map = new Map<Id, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Each application's touches: its own and its people's, in the loaded (time, id) order. */
function touchesByApplication(
  touches: readonly Touch[],
  ids: readonly Id[],
  participationsOf: ReadonlyMap<Id, readonly { personId: Id }[]>,
): Map<Id, Touch[]> {
  const applicationsOfPerson = new Map<Id, Id[]>();
  for (const id of ids) {
    for (const { personId } of participationsOf.get(id) ?? []) {
      const list = applicationsOfPerson.get(personId);
      if (list) list.push(id);
      else applicationsOfPerson.set(personId, [id]);
    }
  }
  const wanted = new Set(ids);
  const result = new Map<Id, Touch[]>();
  for (const touch of touches) {
    const targets = new Set(touch.personId === null ? [] : (applicationsOfPerson.get(touch.personId) ?? []));
    if (touch.applicationId !== null && wanted.has(touch.applicationId)) targets.add(touch.applicationId);
    for (const id of targets) {
      const list = result.get(id);
      if (list) list.push(touch);
      else result.set(id, [touch]);
    }
  }
  return result;
}
