/**
 * Listing applications, apart from the rest of the application use cases so that a command which
 * only lists (`notnow list applications`) loads neither the planner nor the date parser.
 */
import type { Application, ApplicationStatus, Id } from '../core/model.js';
import {
  type ApplicationListFilter,
  companyIdNamed,
  listApplicationsJson as listApplicationsJsonText,
  listApplicationsWithCompany,
} from '../store/application-list.js';
import type { JsonBytes } from '../store/json-bytes.js';
import type { AppContext } from './context.js';

export interface ApplicationListItem extends Application {
  company: string;
}

type ListFilter = { status?: ApplicationStatus[]; company?: string };

async function storeFilter(ctx: AppContext, filter: ListFilter): Promise<ApplicationListFilter> {
  let companyId: Id | undefined;
  // An unknown company lists nothing rather than everything.
  if (filter.company) companyId = (await companyIdNamed(ctx.store.db, filter.company)) ?? -1;
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(companyId !== undefined ? { companyId } : {}),
  };
}

/** Every application (or those with these statuses / at this company), newest change first. */
export async function listApplications(
  ctx: AppContext,
  filter: ListFilter = {},
): Promise<ApplicationListItem[]> {
  return listApplicationsWithCompany(ctx.store.db, ctx.store.dialect, await storeFilter(ctx, filter));
}

/**
 * The same list as compact JSON (an array of `ApplicationListItem`, in UTF-8 bytes), for output that
 * is JSON anyway (`notnow list applications --json`): the database writes it, nothing is parsed on the way.
 */
export async function listApplicationsJson(ctx: AppContext, filter: ListFilter = {}): Promise<JsonBytes> {
  return listApplicationsJsonText(ctx.store.db, ctx.store.dialect, await storeFilter(ctx, filter));
}
