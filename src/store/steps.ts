import { sql } from 'kysely';
import type { Id, Step, StepState } from '../core/model.js';
import { fromStep, toStep } from './rows.js';
import { type Db, nextIds } from './store.js';

export async function getStep(db: Db, id: Id): Promise<Step | null> {
  const row = await db.selectFrom('steps').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStep(row) : null;
}

export interface StepFilter {
  states?: StepState[];
  /** Steps of the application, or of any of the people (either matches). */
  applicationId?: Id;
  personIds?: Id[];
  /** Only steps due (or snoozed until) on or before this date. */
  dueBy?: string;
}

export async function listSteps(db: Db, filter: StepFilter = {}): Promise<Step[]> {
  let q = db.selectFrom('steps').selectAll();
  if (filter.states) q = q.where('state', 'in', filter.states);
  const { applicationId, personIds, dueBy } = filter;
  if (applicationId !== undefined || personIds !== undefined) {
    q = q.where((eb) => {
      const ors = [];
      if (applicationId !== undefined) ors.push(eb('applicationId', '=', applicationId));
      if (personIds && personIds.length > 0) ors.push(eb('personId', 'in', personIds));
      return ors.length > 0 ? eb.or(ors) : eb.val(false);
    });
  }
  if (dueBy !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('state', '!=', 'snoozed'), eb('due', '<=', dueBy)]),
        eb.and([eb('state', '=', 'snoozed'), eb('snoozedUntil', '<=', dueBy)]),
      ]),
    );
  }
  return (await q.orderBy('due').orderBy('id').execute()).map(toStep);
}

export async function insertSteps(db: Db, steps: Array<Omit<Step, 'id'>>): Promise<Step[]> {
  if (steps.length === 0) return [];
  const ids = await nextIds(db, steps.length);
  const withIds = steps.map((s, i) => ({ ...s, id: ids[i]! }));
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < withIds.length; i += 100) {
    await db
      .insertInto('steps')
      .values(withIds.slice(i, i + 100).map(fromStep))
      .execute();
  }
  return withIds;
}

export async function updateStep(db: Db, id: Id, patch: Partial<Omit<Step, 'id'>>): Promise<void> {
  const { edited, ...rest } = patch;
  await db
    .updateTable('steps')
    .set({ ...rest, ...(edited === undefined ? {} : { edited: edited ? 1 : 0 }) })
    .where('id', '=', id)
    .execute();
}

/** The columns a plan's patch can change, with `updatedAt` (snake_case: the statement is raw SQL). */
const PATCHED = {
  due: 'due',
  why: 'why',
  channel: 'channel',
  state: 'state',
  cancelReason: 'cancel_reason',
  updatedAt: 'updated_at',
} as const;
export type StepUpdate = Partial<Pick<Step, keyof typeof PATCHED>>;

/**
 * `updateStep` for each of these in one statement (a plan writes a few at once): each column set from
 * `case id when … then …`, kept where a patch leaves it out or undefined. Updates for one id must not repeat.
 */
export async function updateSteps(
  db: Db,
  updates: ReadonlyArray<{ id: Id; patch: StepUpdate }>,
): Promise<void> {
  if (updates.length <= 1) {
    for (const { id, patch } of updates) await updateStep(db, id, patch);
    return;
  }
  for (const { patch } of updates) {
    for (const key of Object.keys(patch)) {
      if (!(key in PATCHED)) throw new Error(`updateSteps cannot write the step field "${key}"`);
    }
  }
  // At most 13 parameters an update (two a column, and its id): chunks stay under SQLite's limit.
  for (let i = 0; i < updates.length; i += 1000) {
    const chunk = updates.slice(i, i + 1000);
    const sets = Object.entries(PATCHED).flatMap(([key, column]) => {
      const arms = chunk.flatMap(({ id, patch }) => {
        const value = patch[key as keyof StepUpdate];
        return value === undefined ? [] : [sql`when ${id} then ${value}`];
      });
      const ref = sql.ref(column);
      return arms.length === 0 ? [] : [sql`${ref} = case id ${sql.join(arms, sql` `)} else ${ref} end`];
    });
    if (sets.length === 0) continue;
    const ids = chunk.map((u) => u.id);
    await sql`update steps set ${sql.join(sets)} where id in (${sql.join(ids)})`.execute(db.withoutPlugins());
  }
}
