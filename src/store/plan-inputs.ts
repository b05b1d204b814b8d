/**
 * What the plans of a batch of applications read, in a handful of queries. The daily refresh re-plans
 * every living application; one by one that was ~9 queries each (about 50 s at 10,000 applications,
 * bench/RESULTS.md), in batches it is a few queries per batch. Each list is ordered exactly as the
 * one-by-one queries order theirs (applications.ts, people.ts, touches.ts, steps.ts), so a subset taken
 * in list order is what the single query would have returned.
 */
import type {
  Application,
  Company,
  Feedback,
  Id,
  Participation,
  Person,
  StatusChange,
  Step,
  Touch,
} from '../core/model.js';
import { listPeople } from './people.js';
import {
  toApplication,
  toCompany,
  toFeedback,
  toParticipation,
  toStatusChange,
  toStep,
  toTouch,
} from './rows.js';
import type { Db } from './store.js';

export interface PlanInputs {
  applications: Application[];
  /** Ordered by application, then person. */
  participations: Participation[];
  /** Everyone taking part in these applications. */
  people: Person[];
  /** Ordered by time, then id. */
  history: StatusChange[];
  /** Touches of these applications or of their people, ordered by time, then id. */
  touches: Touch[];
  /** Steps of these applications or of their people, ordered by due day, then id. */
  steps: Step[];
  /** Feedback on these applications, ordered by the day received, then id. */
  feedback: Feedback[];
}

export async function loadPlanInputs(db: Db, applicationIds: Id[]): Promise<PlanInputs> {
  if (applicationIds.length === 0) {
    return {
      applications: [],
      participations: [],
      people: [],
      history: [],
      touches: [],
      steps: [],
      feedback: [],
    };
  }
  const ids = applicationIds;
  const applications = (await db.selectFrom('applications').selectAll().where('id', 'in', ids).execute()).map(
    toApplication,
  );
  const participations = (
    await db
      .selectFrom('participations')
      .selectAll()
      .where('applicationId', 'in', ids)
      .orderBy('applicationId')
      .orderBy('personId')
      .execute()
  ).map(toParticipation);
  const personIds = [...new Set(participations.map((p) => p.personId))];
  const people = personIds.length > 0 ? await listPeople(db, { ids: personIds }) : [];
  const history = (
    await db
      .selectFrom('statusChanges')
      .selectAll()
      .where('applicationId', 'in', ids)
      .orderBy('at')
      .orderBy('id')
      .execute()
  ).map(toStatusChange);
  const touches = (
    await db
      .selectFrom('touches')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('applicationId', 'in', ids),
          ...(personIds.length > 0 ? [eb('personId', 'in', personIds)] : []),
        ]),
      )
      .orderBy('at')
      .orderBy('id')
      .execute()
  ).map(toTouch);
  const steps = (
    await db
      .selectFrom('steps')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('applicationId', 'in', ids),
          ...(personIds.length > 0 ? [eb('personId', 'in', personIds)] : []),
        ]),
      )
      .orderBy('due')
      .orderBy('id')
      .execute()
  ).map(toStep);
  const feedback = (
    await db
      .selectFrom('feedback')
      .selectAll()
      .where('applicationId', 'in', ids)
      .orderBy('receivedOn')
      .orderBy('id')
      .execute()
  ).map(toFeedback);
  return { applications, participations, people, history, touches, steps, feedback };
}

/** Steps by id, as stored (after the plan wrote them). */
export async function stepsByIds(db: Db, ids: Id[]): Promise<Step[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('steps').selectAll().where('id', 'in', ids).execute()).map(toStep);
}

/** Every application these people take part in, whatever its status. */
export async function applicationIdsOfPeople(db: Db, personIds: readonly Id[]): Promise<Id[]> {
  const found = new Set<Id>();
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < personIds.length; i += 5000) {
    const rows = await db
      .selectFrom('participations')
      .select('applicationId')
      .where('personId', 'in', personIds.slice(i, i + 5000))
      .execute();
    for (const r of rows) found.add(Number(r.applicationId));
  }
  return [...found];
}

/** The companies of these applications, with their domains (ordered), as `getCompany` reads them. */
export async function companiesOfApplications(db: Db, applicationIds: readonly Id[]): Promise<Company[]> {
  if (applicationIds.length === 0) return [];
  const ids = [...applicationIds];
  const rows = await db
    .selectFrom('companies')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('applications').select('companyId').where('id', 'in', ids))
    .execute();
  const domains = await db
    .selectFrom('companyDomains')
    .selectAll()
    .where('companyId', 'in', (eb) =>
      eb.selectFrom('applications').select('companyId').where('id', 'in', ids),
    )
    .orderBy('domain')
    .execute();
  const byCompany = new Map<Id, string[]>();
  for (const d of domains) {
    const list = byCompany.get(Number(d.companyId));
    if (list) list.push(d.domain);
    else byCompany.set(Number(d.companyId), [d.domain]);
  }
  return rows.map((r) => toCompany(r, byCompany.get(Number(r.id)) ?? []));
}
