/**
 * Listing applications, apart from the rest of the application use cases so that a command which
 * only lists (`notnow list applications`) loads neither the planner nor the date parser.
 */
import type { Application, ApplicationStatus, Id } from '../core/model.js';
import { companyIdNamed, listApplicationsWithCompany } from '../store/application-list.js';
import type { AppContext } from './context.js';

export interface ApplicationListItem extends Application {
  company: string;
}

/** Every application (or those with these statuses / at this company), newest change first. */
export async function listApplications(
  ctx: AppContext,
  filter: { status?: ApplicationStatus[]; company?: string } = {},
): Promise<ApplicationListItem[]> {
  const db = ctx.store.db;
  let companyId: Id | undefined;
  // An unknown company lists nothing rather than everything.
  if (filter.company) companyId = (await companyIdNamed(db, filter.company)) ?? -1;
  return listApplicationsWithCompany(db, ctx.store.dialect, {
    ...(filter.status ? { status: filter.status } : {}),
    ...(companyId !== undefined ? { companyId } : {}),
  });
}
