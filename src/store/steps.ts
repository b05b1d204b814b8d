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
