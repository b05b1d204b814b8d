/**
 * What the plans of a batch of applications read, in a handful of queries. The daily refresh re-plans
 * every living application; one by one that was ~9 queries each (about 50 s at 10,000 applications,
 * bench/RESULTS.md), in batches it is a few queries per batch. Each list is ordered exactly as the
 * one-by-one queries order theirs (applications.ts, people.ts, touches.ts, steps.ts), so a subset taken
 * in list order is what the single query would have returned.
 */

import { type RawBuilder, sql } from 'kysely';
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
import type { StepsTable, TouchesTable } from './schema.js';
import type { Db, Dialect } from './store.js';

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

export async function loadPlanInputs(db: Db, dialect: Dialect, applicationIds: Id[]): Promise<PlanInputs> {
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
    await jsonRows<TouchesTable>(db, dialect, TOUCH_COLUMNS, 'touches', ownedBy(ids, personIds), ['at', 'id'])
  ).map(toTouch);
  const steps = (
    await jsonRows<StepsTable>(db, dialect, STEP_COLUMNS, 'steps', ownedBy(ids, personIds), ['due', 'id'])
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

/**
 * The touches and steps of a batch come as one JSON text written by the database, parsed at once:
 * read as rows, the driver built a value for every column of the ~20,000 touches and ~7,000 steps of
 * a batch of 250 applications, and that was most of a re-plan's time (bench scale 1, issue #7).
 * The keys are the tables' (camel-cased) column names, so the same row converters check the values.
 */
const TOUCH_COLUMNS = {
  id: 'id',
  personId: 'person_id',
  applicationId: 'application_id',
  at: 'at',
  channel: 'channel',
  direction: 'direction',
  note: 'note',
  tone: 'tone',
  stepId: 'step_id',
} satisfies Record<keyof TouchesTable, string>;

const STEP_COLUMNS = {
  id: 'id',
  key: 'key',
  applicationId: 'application_id',
  personId: 'person_id',
  kind: 'kind',
  due: 'due',
  channel: 'channel',
  why: 'why',
  state: 'state',
  snoozedUntil: 'snoozed_until',
  cancelReason: 'cancel_reason',
  touchId: 'touch_id',
  edited: 'edited',
  draft: 'draft',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} satisfies Record<keyof StepsTable, string>;

/** Rows of these applications, or of any of these people. */
function ownedBy(ids: readonly Id[], personIds: readonly Id[]): RawBuilder<unknown> {
  const own = sql`application_id in (${sql.join(ids)})`;
  return personIds.length > 0 ? sql`(${own} or person_id in (${sql.join(personIds)}))` : own;
}

/**
 * `select <columns> from <table> where <where> order by <order>` as objects keyed like `columns`, in
 * that order. SQLite aggregates the rows as its ordered subquery hands them over (as agenda-json.ts
 * does); PostgreSQL orders inside the aggregate, by the same collation as a plain `order by`.
 */
async function jsonRows<T>(
  db: Db,
  dialect: Dialect,
  columns: Record<string, string>,
  table: string,
  where: RawBuilder<unknown>,
  order: readonly string[],
): Promise<T[]> {
  const fields = sql.join(
    Object.entries(columns).map(([key, column]) => sql`${sql.lit(key)}, ${sql.ref(column)}`),
  );
  const orderBy = sql.join(order.map((c) => sql.ref(c)));
  const query =
    dialect === 'postgres'
      ? sql<{
          list: string | null;
        }>`select json_agg(json_build_object(${fields}) order by ${orderBy})::text as list
          from ${sql.table(table)} where ${where}`
      : sql<{ list: string | null }>`select json_group_array(json_object(${fields})) as list
          from (select * from ${sql.table(table)} where ${where} order by ${orderBy})`;
  const { rows } = await query.execute(db.withoutPlugins());
  const list = rows[0]?.list;
  return list ? (JSON.parse(list) as T[]) : [];
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
