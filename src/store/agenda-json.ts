/**
 * The whole agenda as JSON text written by the database, for `notnow agenda --json` (issue #7): on
 * the benchmark's scale-1 data it holds about 11,900 steps, and building one object per row, then an
 * item per object, then serialising them all took most of the command's time. The database joins,
 * orders and writes the items itself (as application-list.ts does for the applications), and the text
 * goes to stdout untouched.
 *
 * Both engines write the same text: SQLite's json_object/json_group_array are compact, and on
 * PostgreSQL row_to_json (compact, unlike json_build_object and json_agg, which add spaces) joined with
 * commas gives the same bytes. It is handed over as UTF-8 bytes (see JsonBytes).
 */
import { type RawBuilder, sql } from 'kysely';
import type { LocalDate } from '../core/model.js';
import { type JsonBytes, jsonBytes } from './json-bytes.js';
import type { Db, Dialect } from './store.js';

/**
 * The items' fields, in the order `notnow agenda --json` has always printed them (AgendaItem in
 * app/steps.ts): the day a step shows up on is `due`, and `group` places it against today.
 */
function itemColumns(today: LocalDate) {
  return sql`x.id as "id", x.kind as "kind", x.person_id as "personId", x.application_id as "applicationId",
    x.channel as "channel", x.why as "why", x.state as "state", x.person as "person",
    x.company as "company", x.role as "role", x.day as "due", ${group(today)} as "group"`;
}

const group = (today: LocalDate) =>
  sql`case when x.day < ${today} then 'overdue' when x.day = ${today} then 'today' else 'upcoming' end`;

/**
 * Open steps showing up on or before `last`: pending ones by their due day, snoozed ones by the day
 * they were snoozed to, each arm read through its own index (steps_state_due, steps_state_snoozed).
 */
function openSteps(last: LocalDate): RawBuilder<unknown> {
  // Named, so that the compound select can be ordered by them.
  const columns = (day: RawBuilder<unknown>) => sql`s.id as id, s.kind as kind, s.person_id as person_id,
    s.application_id as application_id, s.channel as channel, s.why as why, s.state as state,
    p.name as person, c.name as company, a.role as role, ${day} as day`;
  const joins = sql`left join people p on p.id = s.person_id
    left join applications a on a.id = s.application_id
    left join companies c on c.id = a.company_id`;
  const snoozedDay = sql`coalesce(s.snoozed_until, s.due)`;
  return sql`select ${columns(sql`s.due`)} from steps s ${joins}
      where s.state = 'pending' and s.due <= ${last}
    union all
    select ${columns(snoozedDay)} from steps s ${joins}
      where s.state = 'snoozed' and ${snoozedDay} <= ${last}`;
}

/**
 * Every open step showing up on or before `last`, ordered by day then id, as one JSON array of the
 * agenda's items (grouped against `today`): the same values, keys and order as readAgenda's items.
 */
export async function agendaJson(
  db: Db,
  dialect: Dialect,
  { today, last }: { today: LocalDate; last: LocalDate },
): Promise<JsonBytes> {
  const query =
    dialect === 'postgres'
      ? sql`select '[' || coalesce(string_agg(row_to_json(i)::text, ',' order by i."due", i."id"), '') || ']'
            as list
          from (select ${itemColumns(today)} from (${openSteps(last)}) x) i`
      : // Ordered in the subquery, not in the aggregate: SQLite merges the pending arm, which the index
        // hands over in order, with the few snoozed steps it sorts, and the aggregate takes the rows
        // as they come; ordering inside json_group_array sorted every item's JSON text again (about a
        // third of the query's time at scale 1). The test against readAgenda holds the order.
        sql`select cast(json_group_array(json_object(
            'id', x.id, 'kind', x.kind, 'personId', x.person_id, 'applicationId', x.application_id,
            'channel', x.channel, 'why', x.why, 'state', x.state, 'person', x.person,
            'company', x.company, 'role', x.role, 'due', x.day, 'group', ${group(today)})) as blob) as list
          from (${openSteps(last)} order by day, id) x`;
  const { rows } = await sql<{ list: string | Uint8Array }>`${query}`.execute(db.withoutPlugins());
  return jsonBytes(rows[0]?.list ?? '[]');
}
