/**
 * The applications list as the store reads it: every application with its company's name, in one
 * query (a join, not one company lookup per row), newest change first. `notnow list applications`
 * and GET /api/applications print all of it (10,000 rows on the benchmark's data), so this is a hot
 * path (issue #7): the database hands the whole list over as one JSON array of arrays, which
 * JSON.parse turns into values far faster than the driver builds one object per row (better-sqlite3:
 * 10,000 rows as objects ~80 ms, as one JSON text parsed ~40 ms, measured on the scale-1 data), and
 * each item is built once, checked as rows.ts checks every row read.
 */
import { sql } from 'kysely';
import { NotNowError } from '../core/errors.js';
import {
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
  type Id,
  SOURCES,
} from '../core/model.js';
import { type JsonBytes, jsonBytes } from './json-bytes.js';
import type { Db, Dialect } from './store.js';

export interface ApplicationListRow extends Application {
  /** The company's name. */
  company: string;
}

export interface ApplicationListFilter {
  status?: ApplicationStatus[];
  companyId?: Id;
}

const STATUS_SET: ReadonlySet<string> = new Set(APPLICATION_STATUSES);
const SOURCE_SET: ReadonlySet<string> = new Set(SOURCES);

function whereOf(filter: ApplicationListFilter) {
  const where = [];
  if (filter.status && filter.status.length > 0) where.push(sql`a.status in (${sql.join(filter.status)})`);
  if (filter.companyId !== undefined) where.push(sql`a.company_id = ${filter.companyId}`);
  return where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
}

const ORDER = sql`order by a.updated_at desc, a.id desc`;

/**
 * The rows to aggregate, newest change first. PostgreSQL orders inside the aggregate. SQLite sorting
 * inside `json_group_array(... order by ...)` builds a temporary B-tree of every JSON object (about half
 * of the query's time at 10,000 rows); instead the applications are read in the order of their index on
 * (updated_at, id) and `cross join` keeps them as the outer loop (SQLite never reorders a cross join), so
 * the aggregate sees them in that order. A test compares it with the ordered aggregate.
 */
function source(dialect: Dialect, filter: ApplicationListFilter) {
  return dialect === 'postgres'
    ? sql`from applications a join companies c on c.id = a.company_id ${whereOf(filter)}`
    : sql`from (select a.* from applications a ${whereOf(filter)} ${ORDER}) a
        cross join companies c on c.id = a.company_id`;
}

export async function listApplicationsWithCompany(
  db: Db,
  dialect: Dialect,
  filter: ApplicationListFilter = {},
): Promise<ApplicationListRow[]> {
  const columns = sql`a.id, a.company_id, a.role, a.job_url, a.source, a.status, a.applied_on, a.notes,
    a.created_at, a.updated_at, c.name`;
  const list =
    dialect === 'postgres'
      ? sql`coalesce(json_agg(json_build_array(${columns}) ${ORDER}), '[]'::json)`
      : sql`json_group_array(json_array(${columns}))`;
  const { rows } = await sql<{ list: string | Row[] }>`
    select ${list} as list ${source(dialect, filter)}`.execute(db.withoutPlugins());
  const value = rows[0]?.list ?? '[]';
  // SQLite returns the JSON as text; pg parses a json column itself.
  const parsed: Row[] = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed.map(toItem);
}

/**
 * The same list as JSON, written by the database itself and handed over as UTF-8 bytes (see JsonBytes),
 * for `notnow list applications --json`: nothing is parsed or re-serialised on the way out (about a
 * third of that command's time at 10,000 applications). The values are checked as rows.ts checks them, in the same pass: a count of rows
 * whose status or source is unknown, with the first such value named when there is one.
 */
export async function listApplicationsJson(
  db: Db,
  dialect: Dialect,
  filter: ApplicationListFilter = {},
): Promise<JsonBytes> {
  const pairs = sql`'id', a.id, 'companyId', a.company_id, 'role', a.role, 'jobUrl', a.job_url,
    'source', a.source, 'status', a.status, 'appliedOn', a.applied_on, 'notes', a.notes,
    'createdAt', a.created_at, 'updatedAt', a.updated_at, 'company', c.name`;
  const unknown = sql`a.status not in (${sql.join(APPLICATION_STATUSES)}) or a.source not in (${sql.join(SOURCES)})`;
  const [list, bad] =
    dialect === 'postgres'
      ? [
          sql`coalesce(json_agg(json_build_object(${pairs}) ${ORDER}), '[]'::json)::text`,
          sql`count(*) filter (where ${unknown})`,
        ]
      : [sql`cast(json_group_array(json_object(${pairs})) as blob)`, sql`coalesce(sum(${unknown}), 0)`];
  const { rows } = await sql<{ list: string | Uint8Array; bad: number | string }>`
    select ${list} as list, ${bad} as bad ${source(dialect, filter)}`.execute(db.withoutPlugins());
  if (Number(rows[0]?.bad ?? 0) > 0) {
    // Rare (a row edited by hand): the row-by-row reading names the value.
    await listApplicationsWithCompany(db, dialect, filter);
  }
  return jsonBytes(rows[0]?.list ?? '[]');
}

type Row = [
  id: number | string,
  companyId: number | string,
  role: string,
  jobUrl: string | null,
  source: string,
  status: string,
  appliedOn: string | null,
  notes: string | null,
  createdAt: string,
  updatedAt: string,
  company: string,
];

/** One item, its keys in the order `--json` has always printed them; values checked like rows.ts. */
function toItem(r: Row): ApplicationListRow {
  return {
    id: Number(r[0]),
    companyId: Number(r[1]),
    role: r[2],
    jobUrl: r[3],
    source: known(SOURCE_SET, r[4], 'source') as ApplicationListRow['source'],
    status: known(STATUS_SET, r[5], 'status') as ApplicationListRow['status'],
    appliedOn: r[6],
    notes: r[7],
    createdAt: r[8],
    updatedAt: r[9],
    company: r[10],
  };
}

function known(values: ReadonlySet<string>, value: string, what: string): string {
  if (values.has(value)) return value;
  throw new NotNowError('invalid-file', `The database holds an unknown ${what} "${value}".`);
}

/**
 * The id of the company with this name, whatever its case and surrounding spaces (the first by name
 * then id, as the companies list shows them), or null. Compared in JavaScript, not with SQL `lower()`,
 * which folds only ASCII letters on SQLite.
 */
export async function companyIdNamed(db: Db, name: string): Promise<Id | null> {
  const wanted = name.trim().toLowerCase();
  const rows = await db
    .selectFrom('companies')
    .select(['id', 'name'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  const hit = rows.find((c) => c.name.toLowerCase() === wanted);
  return hit ? Number(hit.id) : null;
}
