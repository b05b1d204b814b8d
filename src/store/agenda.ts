/**
 * The agenda as the store reads it: open steps up to a day, in the order they show up (the day, then
 * id), each with the names shown beside it, one page at a time. Pending steps are read by day and
 * snoozed ones by the day they were snoozed to, each through its own index, and merged, so a page of
 * 50 reads about 50 rows however long the agenda is.
 */
import { type RawBuilder, sql } from 'kysely';
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

const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

const JOINS = sql`left join people p on p.id = s.person_id
  left join applications a on a.id = s.application_id
  left join companies c on c.id = a.company_id`;

/** The day a snoozed step shows up on: the day it was snoozed to (its due day when that is missing). */
const SNOOZED_DAY = sql`coalesce(s.snoozed_until, s.due)`;

/**
 * The open steps up to `last`, as one compound select: pending ones by due day and snoozed ones by
 * the day they were snoozed to, each arm through its own index (steps_state_due, steps_state_snoozed)
 * and cut at `cap` rows, for `columns` of each. One query, not one per arm: on PostgreSQL each is a
 * round trip, paid by every page of the agenda after a write (issue #7's API p99).
 */
function openArms(
  columns: (day: RawBuilder<unknown>) => RawBuilder<unknown>,
  last: LocalDate,
  { cap, joins = JOINS }: { cap?: number | undefined; joins?: RawBuilder<unknown> } = {},
) {
  const limit = cap === undefined ? sql`` : sql`order by day, id limit ${cap}`;
  return sql`select * from (select ${columns(sql`s.due`)} from steps s ${joins}
      where s.state = 'pending' and s.due <= ${last} ${limit}) pending
    union all
    select * from (select ${columns(SNOOZED_DAY)} from steps s ${joins}
      where s.state = 'snoozed' and ${SNOOZED_DAY} <= ${last} ${limit}) snoozed`;
}

const rowColumns = (day: RawBuilder<unknown>) => sql`s.id as id, s.kind as kind,
  s.person_id as "personId", s.application_id as "applicationId", ${day} as day, s.channel as channel,
  s.why as why, s.state as state, p.name as person, c.name as company, a.role as role`;

interface Raw {
  id: number | string;
  kind: string;
  personId: number | string | null;
  applicationId: number | string | null;
  day: LocalDate;
  channel: string | null;
  why: string;
  state: string;
  person: string | null;
  company: string | null;
  role: string | null;
}

/** Rows are the store's own, written by the planner: their unions are trusted, not re-checked. */
function toRow(r: Raw): AgendaRow {
  return {
    id: Number(r.id),
    kind: r.kind as Step['kind'],
    personId: numOrNull(r.personId),
    applicationId: numOrNull(r.applicationId),
    day: r.day,
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
  // Each arm stops at the end of the page: a page of 50 reads about 50 rows of each.
  const upTo = limit === undefined ? undefined : offset + limit;
  const page = upTo === undefined ? sql`` : sql`limit ${limit} offset ${offset}`;
  const { rows } =
    await sql<Raw>`${openArms(rowColumns, last, { cap: upTo })} order by day, id ${page}`.execute(
      db.withoutPlugins(),
    );
  return rows.map(toRow);
}

/** How many open steps are overdue, for today, and up to `last`. */
export async function agendaCounts(db: Db, today: LocalDate, last: LocalDate): Promise<AgendaCounts> {
  const { rows } = await sql<{ all: number | string; overdue: number | string; today: number | string }>`
    select count(*) as "all",
      coalesce(sum(case when x.day < ${today} then 1 else 0 end), 0) as overdue,
      coalesce(sum(case when x.day = ${today} then 1 else 0 end), 0) as today
    from (${openArms((day) => sql`${day} as day`, last, { joins: sql`` })}) x`.execute(db.withoutPlugins());
  const row = rows[0];
  const all = Number(row?.all ?? 0);
  const overdue = Number(row?.overdue ?? 0);
  const onToday = Number(row?.today ?? 0);
  return { overdue, today: onToday, upcoming: all - overdue - onToday };
}
