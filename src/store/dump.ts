/**
 * Every record, in table order, for export; and the reverse for restore. Batched so that a database
 * of years of job searching moves in bounded statements.
 */
import type {
  Application,
  Company,
  Feedback,
  Link,
  Participation,
  Person,
  StatusChange,
  Step,
  Touch,
} from '../core/model.js';
import { listApplications } from './applications.js';
import { listCompanies } from './companies.js';
import { listFeedback } from './feedback.js';
import { listLinks } from './links.js';
import { insertMessages, listMessages, type StoredMessage } from './messages.js';
import { listPeople, participationsOf } from './people.js';
import { fromStep, toStatusChange } from './rows.js';
import { allSettings } from './settings.js';
import { listSteps } from './steps.js';
import type { Db } from './store.js';
import { listTouches } from './touches.js';

export interface Dump {
  companies: Company[];
  applications: Application[];
  statusChanges: StatusChange[];
  people: Person[];
  participations: Participation[];
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
  links: Link[];
  settings: Record<string, unknown>;
  /** Imported job e-mails (what was read from them, not their text unless the user kept it). */
  messages: StoredMessage[];
  /** Where each mail source got to. */
  importCheckpoints: Array<{ source: string; state: unknown; updatedAt: string }>;
}

const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

export async function dumpAll(db: Db): Promise<Dump> {
  const statusChanges = (await db.selectFrom('statusChanges').selectAll().orderBy('id').execute()).map(
    toStatusChange,
  );
  return {
    companies: byId(await listCompanies(db)),
    applications: byId(await listApplications(db)),
    statusChanges,
    people: byId(await listPeople(db)),
    participations: await participationsOf(db, {}),
    touches: byId(await listTouches(db)),
    steps: byId(await listSteps(db)),
    feedback: byId(await listFeedback(db)),
    links: byId(await listLinks(db)),
    settings: await allSettings(db),
    messages: byId(await listMessages(db)),
    importCheckpoints: (await db.selectFrom('importCheckpoints').selectAll().orderBy('source').execute()).map(
      (c) => ({
        source: c.source,
        state: JSON.parse(c.state),
        updatedAt: c.updatedAt,
      }),
    ),
  };
}

export async function isEmpty(db: Db): Promise<boolean> {
  for (const table of [
    'companies',
    'people',
    'links',
    'settings',
    'messages',
    'importCheckpoints',
  ] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) return false;
  }
  return true;
}

async function insertBatched<T extends Record<string, unknown>>(
  db: Db,
  table: Parameters<Db['insertInto']>[0],
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  // Rows per statement: keeps the bound parameters under SQLite's and PostgreSQL's limits.
  const size = Math.max(1, Math.floor(8000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

export async function loadAll(db: Db, d: Dump): Promise<void> {
  await insertBatched(
    db,
    'companies',
    d.companies.map(({ domains: _, ...c }) => c),
  );
  await insertBatched(
    db,
    'companyDomains',
    d.companies.flatMap((c) => c.domains.map((domain) => ({ companyId: c.id, domain }))),
  );
  await insertBatched(db, 'applications', d.applications as unknown as Record<string, unknown>[]);
  await insertBatched(db, 'statusChanges', d.statusChanges as unknown as Record<string, unknown>[]);
  await insertBatched(
    db,
    'people',
    d.people.map(({ emails: _, ...p }) => p),
  );
  await insertBatched(
    db,
    'personEmails',
    d.people.flatMap((p) => [...new Set(p.emails)].map((email) => ({ personId: p.id, email }))),
  );
  await insertBatched(db, 'participations', d.participations as unknown as Record<string, unknown>[]);
  await insertBatched(db, 'touches', d.touches as unknown as Record<string, unknown>[]);
  await insertBatched(db, 'steps', d.steps.map(fromStep) as unknown as Record<string, unknown>[]);
  await insertBatched(db, 'feedback', d.feedback as unknown as Record<string, unknown>[]);
  await insertBatched(db, 'links', d.links as unknown as Record<string, unknown>[]);
  await insertBatched(
    db,
    'settings',
    Object.entries(d.settings).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
  );
  // The inbox (export version 2): its messages point at applications restored above.
  await insertMessages(db, d.messages);
  await insertBatched(
    db,
    'importCheckpoints',
    d.importCheckpoints.map((c) => ({
      source: c.source,
      state: JSON.stringify(c.state),
      updatedAt: c.updatedAt,
    })),
  );
  const ids = [
    d.companies,
    d.applications,
    d.statusChanges,
    d.people,
    d.touches,
    d.steps,
    d.feedback,
    d.links,
    d.messages,
  ]
    .flat()
    .map((r) => r.id);
  const max = ids.reduce((a, b) => Math.max(a, b), 0);
  await db.updateTable('idCounter').set({ value: max }).where('name', '=', 'id').execute();
}
