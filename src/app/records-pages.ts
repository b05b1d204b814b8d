/** Long lists one page at a time: what the web app's Pipeline and the API read. */
import { z } from 'zod';
import type { Application } from '../core/model.js';
import { pageApplications } from '../store/applications.js';
import { findCompanyByName } from '../store/companies.js';
import type { AppContext } from './context.js';
import { idInput, parseInput, sourceInput, statusInput } from './input.js';
import { DEFAULT_PAGE, MAX_PAGE } from './paging.js';
import { cachedRead } from './read-cache.js';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).optional();

export const applicationsPageSchema = z.object({
  status: oneOrMany(statusInput).describe('only these statuses; repeat the parameter for several'),
  company: z.string().trim().min(1).optional().describe('only applications at the company of this name'),
  via: oneOrMany(sourceInput).describe('only applications that came this way; repeat for several'),
  person: idInput.optional().describe('only the applications this person took part in'),
  q: z
    .string()
    .trim()
    .max(200, 'q: 200 characters at most')
    .optional()
    .describe('words found in the role or the company name, whatever their case'),
  limit: z.coerce
    .number()
    .int('limit: a whole number')
    .min(1, 'limit: at least 1')
    .max(MAX_PAGE, `limit: at most ${MAX_PAGE}`)
    .optional()
    .describe(`how many applications per page (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})`),
  offset: z.coerce
    .number()
    .int('offset: a whole number')
    .min(0, 'offset: 0 or more')
    .optional()
    .describe('how many matching applications to pass over (the page × the limit)'),
});

export interface ApplicationsPage {
  /** Newest change first, each with its company's name. */
  items: Array<Application & { company: string }>;
  /** How many applications match the filters, over every page. */
  total: number;
  limit: number;
  offset: number;
}

/** A page of the applications that match the filters, newest change first, with how many match. */
export async function listApplicationsPage(ctx: AppContext, input: unknown = {}): Promise<ApplicationsPage> {
  const q = parseInput(applicationsPageSchema, input, 'list the applications');
  return cachedRead(ctx, `applications:${JSON.stringify(q)}`, () => readPage(ctx, q));
}

async function readPage(
  ctx: AppContext,
  q: z.output<typeof applicationsPageSchema>,
): Promise<ApplicationsPage> {
  const db = ctx.store.db;
  const limit = q.limit ?? DEFAULT_PAGE;
  const offset = q.offset ?? 0;
  let companyId: number | undefined;
  if (q.company) {
    const company = await findCompanyByName(db, q.company);
    if (!company) return { items: [], total: 0, limit, offset };
    companyId = company.id;
  }
  const page = await pageApplications(db, ctx.store.dialect, {
    ...(q.status === undefined ? {} : { status: [q.status].flat() }),
    ...(q.via === undefined ? {} : { source: [q.via].flat() }),
    ...(companyId === undefined ? {} : { companyId }),
    ...(q.person === undefined ? {} : { personId: q.person }),
    ...(q.q ? { search: q.q } : {}),
    limit,
    offset,
  });
  return { items: page.rows, total: page.total, limit, offset };
}
