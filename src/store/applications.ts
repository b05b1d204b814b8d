import { sql } from 'kysely';
import type { Application, ApplicationStatus, Id, StatusChange } from '../core/model.js';
import { toApplication, toStatusChange } from './rows.js';
import { type Db, type Dialect, nextId } from './store.js';

export async function getApplication(db: Db, id: Id): Promise<Application | null> {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toApplication(row) : null;
}

export interface ApplicationFilter {
  status?: ApplicationStatus[];
  companyId?: Id;
}

export async function listApplications(db: Db, filter: ApplicationFilter = {}): Promise<Application[]> {
  let q = db.selectFrom('applications').selectAll();
  if (filter.status && filter.status.length > 0) q = q.where('status', 'in', filter.status);
  if (filter.companyId !== undefined) q = q.where('companyId', '=', filter.companyId);
  const rows = await q.orderBy('updatedAt', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toApplication);
}

export async function insertApplication(db: Db, a: Omit<Application, 'id'>, id?: Id): Promise<Application> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('applications')
    .values({ ...a, id: newId })
    .execute();
  return { ...a, id: newId };
}

export async function updateApplication(db: Db, a: Application): Promise<void> {
  const { id, ...rest } = a;
  await db.updateTable('applications').set(rest).where('id', '=', id).execute();
}

export async function deleteApplication(db: Db, id: Id): Promise<void> {
  // Touches about the application stay with their person; only the link to the application goes.
  await db.updateTable('touches').set({ applicationId: null }).where('applicationId', '=', id).execute();
  await db.deleteFrom('applications').where('id', '=', id).execute();
}

export async function countApplicationsOfCompany(db: Db, companyId: Id): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('companyId', '=', companyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function statusHistory(db: Db, applicationId: Id): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('statusChanges')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toStatusChange);
}

export async function insertStatusChange(
  db: Db,
  s: Omit<StatusChange, 'id'>,
  id?: Id,
): Promise<StatusChange> {
  const newId = id ?? (await nextId(db));
  await db
    .insertInto('statusChanges')
    .values({ ...s, id: newId })
    .execute();
  return { ...s, id: newId };
}

export interface ApplicationPageFilter extends ApplicationFilter {
  source?: Application['source'][];
  /** Only the applications this person took part in. */
  personId?: Id;
  /** Words found in the role or the company's name, whatever their case. */
  search?: string;
  limit: number;
  offset: number;
}

export interface ApplicationPage {
  /** Newest change first, each with its company's name. */
  rows: Array<Application & { company: string }>;
  /** How many applications match, over every page. */
  total: number;
}

/** `%`, `_` and the escape character itself match only themselves in a LIKE pattern. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of the applications that match, newest change first (the order `listApplications` gives).
 * The page is read along the (status,) updated_at, id index and joined to its companies afterwards, so
 * a page of 50 reads 50 rows; the total is a count over the same filters.
 */
export async function pageApplications(
  db: Db,
  dialect: Dialect,
  filter: ApplicationPageFilter,
): Promise<ApplicationPage> {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  // Case folded beyond ASCII on both engines (SQLite's own lower() folds ASCII only; see store.ts).
  const fold = dialect === 'sqlite' ? 'fold_case' : 'lower';
  let q = db.selectFrom('applications as a');
  if (filter.status && filter.status.length > 0) q = q.where('a.status', 'in', filter.status);
  if (filter.companyId !== undefined) q = q.where('a.companyId', '=', filter.companyId);
  if (filter.source && filter.source.length > 0) q = q.where('a.source', 'in', filter.source);
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    q = q.where('a.id', 'in', (eb) =>
      eb.selectFrom('participations').select('applicationId').where('personId', '=', personId),
    );
  }
  for (const word of words) {
    const pattern = sql<string>`${`%${likeEscape(word)}%`} escape '\\'`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn(fold, ['a.role']), 'like', pattern),
        eb.exists(
          eb
            .selectFrom('companies as c')
            .select('c.id')
            .whereRef('c.id', '=', 'a.companyId')
            .where((ec) => ec(ec.fn(fold, ['c.name']), 'like', pattern)),
        ),
      ]),
    );
  }
  const page = await q
    .selectAll('a')
    .orderBy('a.updatedAt', 'desc')
    .orderBy('a.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const companyIds = [...new Set(page.map((a) => a.companyId))];
  const names = new Map(
    companyIds.length === 0
      ? []
      : (await db.selectFrom('companies').select(['id', 'name']).where('id', 'in', companyIds).execute()).map(
          (c) => [Number(c.id), c.name],
        ),
  );
  return {
    rows: page.map(({ replanOn: _, ...a }) => ({
      ...toApplication(a),
      company: names.get(Number(a.companyId)) ?? '',
    })),
    total: Number(count.n),
  };
}

/** "No day": the plan does not change with time alone. */
export const NEVER = '9999-12-31';

/**
 * The mark of an application whose plan is still to be made again after a change: sorts before every
 * day (so `applicationsToReplan` finds it on any day) and before '0000-01-01', the column's default,
 * which plans that never ran keep. A bulk writer (an import) sets it in the transaction that changes
 * the application and re-plans the marked applications at its end; whatever an interrupted one left
 * marked, the next refresh re-plans (`pendingReplans`).
 */
export const REPLAN_PENDING = '0000-00-00';

/** Marks these applications' plans as still to be made again (see `REPLAN_PENDING`). */
export async function markReplanPending(db: Db, ids: readonly Id[]): Promise<void> {
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < ids.length; i += 5000) {
    await db
      .updateTable('applications')
      .set({ replanOn: REPLAN_PENDING })
      .where('id', 'in', ids.slice(i, i + 5000))
      .execute();
  }
}

/** The applications marked `REPLAN_PENDING`, whatever their status, in ascending id order. */
export async function pendingReplans(db: Db): Promise<Id[]> {
  const rows = await db
    .selectFrom('applications')
    .select('id')
    .where('replanOn', '=', REPLAN_PENDING)
    .orderBy('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Remembers the first day the application's plan could change with no new data (null: never). */
export async function setReplanOn(db: Db, id: Id, day: string | null): Promise<void> {
  await db
    .updateTable('applications')
    .set({ replanOn: day ?? NEVER })
    .where('id', '=', id)
    .execute();
}

/**
 * `setReplanOn` for many applications in one statement per chunk: a re-plan of a batch writes every
 * plan's day at its end, where one statement each was ~5 % of a full re-plan (bench scale 1).
 */
export async function setReplanOnMany(
  db: Db,
  days: ReadonlyArray<readonly [id: Id, day: string | null]>,
): Promise<void> {
  // Three parameters an application: chunks stay far below SQLite's bound-parameter limit.
  for (let i = 0; i < days.length; i += 1000) {
    const chunk = days.slice(i, i + 1000);
    const cases = sql.join(
      chunk.map(([id, day]) => sql`when ${id} then ${day ?? NEVER}`),
      sql` `,
    );
    await db
      .updateTable('applications')
      .set({ replanOn: sql<string>`case id ${cases} end` })
      .where(
        'id',
        'in',
        chunk.map(([id]) => id),
      )
      .execute();
  }
}

/**
 * Applications in these statuses whose plan could have changed by `today` with no new data, in
 * `listApplications` order (newest change first).
 */
export async function applicationsToReplan(
  db: Db,
  today: string,
  status: readonly ApplicationStatus[],
): Promise<Id[]> {
  const rows = await db
    .selectFrom('applications')
    .select('id')
    .where('replanOn', '<=', today)
    .where('status', 'in', [...status])
    .orderBy('updatedAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Applications in these statuses that any of these people take part in. */
export async function applicationsOfPeople(
  db: Db,
  personIds: readonly Id[],
  status: readonly ApplicationStatus[],
): Promise<Id[]> {
  const found = new Set<Id>();
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < personIds.length; i += 5000) {
    const rows = await db
      .selectFrom('participations as p')
      .innerJoin('applications as a', 'a.id', 'p.applicationId')
      .select('a.id')
      .where('p.personId', 'in', personIds.slice(i, i + 5000))
      .where('a.status', 'in', [...status])
      .execute();
    for (const r of rows) found.add(Number(r.id));
  }
  return [...found];
}
