/**
 * The applications list as the store reads it: every application with its company's name, in one
 * query (a join, not one company lookup per row), newest change first. `notnow list applications`
 * and GET /api/applications print all of it (10,000 rows on the benchmark's data), so this is a hot
 * path: the query names its columns in the output's camelCase itself and runs without the
 * CamelCasePlugin, so each row the driver builds is the item returned, checked in place, instead of
 * three copies per row (bench/RESULTS.md, issue #7).
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
import type { Db } from './store.js';

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

/** The same check rows.ts makes on every row read: a hand-edited row cannot smuggle in a value. */
function checked(r: ApplicationListRow): ApplicationListRow {
  if (!STATUS_SET.has(r.status)) {
    throw new NotNowError('invalid-file', `The database holds an unknown status "${r.status}".`);
  }
  if (!SOURCE_SET.has(r.source)) {
    throw new NotNowError('invalid-file', `The database holds an unknown source "${r.source}".`);
  }
  // PostgreSQL hands 64-bit integers over as strings.
  if (typeof r.id !== 'number') r.id = Number(r.id);
  if (typeof r.companyId !== 'number') r.companyId = Number(r.companyId);
  return r;
}

export async function listApplicationsWithCompany(
  db: Db,
  filter: ApplicationListFilter = {},
): Promise<ApplicationListRow[]> {
  const where = [];
  if (filter.status && filter.status.length > 0) where.push(sql`a.status in (${sql.join(filter.status)})`);
  if (filter.companyId !== undefined) where.push(sql`a.company_id = ${filter.companyId}`);
  // Keys in the order the list has always printed them: the application's fields, then its company.
  const { rows } = await sql<ApplicationListRow>`
    select a.id, a.company_id as "companyId", a.role, a.job_url as "jobUrl", a.source, a.status,
      a.applied_on as "appliedOn", a.notes, a.created_at as "createdAt", a.updated_at as "updatedAt",
      c.name as company
    from applications a
    join companies c on c.id = a.company_id
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by a.updated_at desc, a.id desc`.execute(db.withoutPlugins());
  for (const r of rows) checked(r);
  return rows;
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
