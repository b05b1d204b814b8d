import { z } from 'zod';
import { conflict, notFound } from '../core/errors.js';
import type { Company, Id } from '../core/model.js';
import { countApplicationsOfCompany, listApplications } from '../store/applications.js';
import {
  deleteCompany as deleteCompanyRow,
  findCompanyByName,
  getCompany,
  insertCompany,
  listCompanies as listCompanyRows,
  updateCompany,
} from '../store/companies.js';
import type { Db } from '../store/store.js';
import type { AppContext } from './context.js';
import { domainInput, idInput, optionalText, parseInput, text, urlInput } from './input.js';
import { planRun, replanAround } from './plan.js';

export const addCompanySchema = z.object({
  name: text('the company name'),
  domains: z.array(domainInput).optional(),
  careersUrl: urlInput.nullable().optional(),
  notes: optionalText,
});

/** The company of that name, created when it is new. */
export async function companyNamed(
  db: Db,
  name: string,
  now: string,
): Promise<{ company: Company; created: boolean }> {
  const found = await findCompanyByName(db, name);
  if (found) return { company: found, created: false };
  const company = await insertCompany(db, {
    name: name.trim(),
    domains: [],
    careersUrl: null,
    notes: null,
    createdAt: now,
  });
  return { company, created: true };
}

export async function addCompany(ctx: AppContext, input: unknown): Promise<Company> {
  const c = parseInput(addCompanySchema, input, 'add the company');
  const now = ctx.clock.now('UTC');
  return ctx.store.tx(async (db) => {
    if (await findCompanyByName(db, c.name)) throw conflict(`A company named "${c.name}" already exists.`);
    return insertCompany(db, {
      name: c.name,
      domains: c.domains ?? [],
      careersUrl: c.careersUrl ?? null,
      notes: c.notes ?? null,
      createdAt: now,
    });
  });
}

export async function requireCompany(db: Db, id: Id): Promise<Company> {
  const company = await getCompany(db, id);
  if (!company) throw notFound(`There is no company with id ${id}; \`notnow list companies\` shows them.`);
  return company;
}

export const editCompanySchema = z.object({
  id: idInput,
  name: text('the company name').optional(),
  domains: z.array(domainInput).optional(),
  addDomains: z.array(domainInput).optional(),
  careersUrl: urlInput.nullable().optional(),
  notes: optionalText,
});

export async function editCompany(ctx: AppContext, input: unknown): Promise<Company> {
  const e = parseInput(editCompanySchema, input, 'edit the company');
  return ctx.store.tx(async (db) => {
    const company = await requireCompany(db, e.id);
    if (e.name && e.name.toLowerCase() !== company.name.toLowerCase()) {
      const other = await findCompanyByName(db, e.name);
      if (other) throw conflict(`A company named "${e.name}" already exists (id ${other.id}).`);
    }
    const next: Company = {
      ...company,
      name: e.name ?? company.name,
      domains: e.domains ?? [...new Set([...company.domains, ...(e.addDomains ?? [])])],
      careersUrl: e.careersUrl === undefined ? company.careersUrl : e.careersUrl,
      notes: e.notes === undefined ? company.notes : e.notes,
    };
    await updateCompany(db, next);
    if (next.name !== company.name) {
      // The plans' reasons name the company ("… for Engineer at Acme"): a rename rewrites them now, not
      // at each application's next wake day.
      const applicationIds = (await listApplications(db, { companyId: company.id })).map((a) => a.id);
      if (applicationIds.length > 0) await replanAround(db, await planRun(ctx, db), { applicationIds });
    }
    return next;
  });
}

export async function deleteCompany(ctx: AppContext, id: Id): Promise<Company> {
  return ctx.store.tx(async (db) => {
    const company = await requireCompany(db, id);
    const n = await countApplicationsOfCompany(db, id);
    if (n > 0) {
      throw conflict(
        `${company.name} still has ${n} application${n === 1 ? '' : 's'}; delete ${n === 1 ? 'it' : 'them'} first.`,
      );
    }
    await deleteCompanyRow(db, id);
    return company;
  });
}

export async function listCompanies(ctx: AppContext): Promise<Company[]> {
  return listCompanyRows(ctx.store.db);
}
