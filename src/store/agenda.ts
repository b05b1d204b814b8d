/**
 * The agenda as the store reads it: open steps up to a day, in the order they show up (the day, then
 * id), each with the names shown beside it, one page at a time. Pending steps are read by day and
 * snoozed ones by the day they were snoozed to, each through its own index, and merged, so a page of
 * 50 reads about 50 rows however long the agenda is.
 */
import type { Id, LocalDate, Step } from '../core/model.js';
import type { Db } from './store.js';

export interface AgendaRow {
  id: Id;
  kind: Step['kind'];
  personId: Id | null;
  applicationId: Id | null;
  /** The day it shows up on: its due day, or the day a snoozed step was snoozed to. */
  day: LocalDate;
  channel: Step['channel'];
  why: string;
  state: 'pending' | 'snoozed';
  person: string | null;
  company: string | null;
  role: string | null;
}

export interface AgendaCounts {
  overdue: number;
  today: number;
  upcoming: number;
}

const num = (v: number | string) => Number(v);
const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

function baseQuery(db: Db) {
  return db
    .selectFrom('steps as s')
    .leftJoin('people as p', 'p.id', 's.personId')
    .leftJoin('applications as a', 'a.id', 's.applicationId')
    .leftJoin('companies as c', 'c.id', 'a.companyId')
    .select([
      's.id',
      's.kind',
      's.personId',
      's.applicationId',
      's.due',
      's.snoozedUntil',
      's.channel',
      's.why',
      's.state',
      'p.name as person',
      'a.role as role',
      'c.name as company',
    ]);
}

type Raw = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

/** Rows are the store's own, written by the planner: their unions are trusted, not re-checked. */
function toRow(r: Raw): AgendaRow {
  return {
    id: num(r.id),
    kind: r.kind as Step['kind'],
    personId: numOrNull(r.personId),
    applicationId: numOrNull(r.applicationId),
    day: r.state === 'snoozed' && r.snoozedUntil ? r.snoozedUntil : r.due,
    channel: r.channel as Step['channel'],
    why: r.why,
    state: r.state as 'pending' | 'snoozed',
    person: r.person,
    company: r.company,
    role: r.role,
  };
}

/**
 * Open steps showing up on or before `last`, ordered by day then id, from `offset`, at most `limit`
 * (all when absent).
 */
export async function agendaRows(
  db: Db,
  { last, limit, offset = 0 }: { last: LocalDate; limit?: number; offset?: number },
): Promise<AgendaRow[]> {
  const upTo = limit === undefined ? undefined : offset + limit;
  let pending = baseQuery(db)
    .where('s.state', '=', 'pending')
    .where('s.due', '<=', last)
    .orderBy('s.due')
    .orderBy('s.id');
  if (upTo !== undefined) pending = pending.limit(upTo);
  let snoozed = baseQuery(db)
    .where('s.state', '=', 'snoozed')
    .where((eb) => eb(eb.fn.coalesce('s.snoozedUntil', 's.due'), '<=', last))
    .orderBy((eb) => eb.fn.coalesce('s.snoozedUntil', 's.due'))
    .orderBy('s.id');
  if (upTo !== undefined) snoozed = snoozed.limit(upTo);
  const a = (await pending.execute()).map(toRow);
  const b = (await snoozed.execute()).map(toRow);
  const merged =
    b.length === 0 ? a : [...a, ...b].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.id - y.id));
  return merged.slice(offset, upTo);
}

/** How many open steps are overdue, for today, and up to `last`. */
export async function agendaCounts(db: Db, today: LocalDate, last: LocalDate): Promise<AgendaCounts> {
  const count = async (state: 'pending' | 'snoozed') => {
    const row = await db
      .selectFrom('steps as s')
      .select((eb) => {
        const day = state === 'pending' ? eb.ref('s.due') : eb.fn.coalesce('s.snoozedUntil', 's.due');
        return [
          eb.fn.countAll().as('all'),
          eb.fn.sum(eb.case().when(day, '<', today).then(1).else(0).end()).as('overdue'),
          eb.fn.sum(eb.case().when(day, '=', today).then(1).else(0).end()).as('today'),
        ];
      })
      .where('s.state', '=', state)
      .where((eb) =>
        eb(state === 'pending' ? eb.ref('s.due') : eb.fn.coalesce('s.snoozedUntil', 's.due'), '<=', last),
      )
      .executeTakeFirstOrThrow();
    const all = Number(row.all);
    const overdue = Number(row.overdue ?? 0);
    const onToday = Number(row.today ?? 0);
    return { overdue, today: onToday, upcoming: all - overdue - onToday };
  };
  const p = await count('pending');
  const s = await count('snoozed');
  return { overdue: p.overdue + s.overdue, today: p.today + s.today, upcoming: p.upcoming + s.upcoming };
}
