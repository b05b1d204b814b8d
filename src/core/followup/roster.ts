/** Who on an application gets which letter, from the roles the playbook lists. */
import { localDateOf } from '../dates.js';
import type { ApplicationStatus, LocalDate, Person, PersonRole, StatusChange } from '../model.js';
import type { PlanBuilder } from './builder.js';

export interface Member {
  person: Person;
  role: PersonRole;
}

/** The people on the application who may still be written to, in the order given. */
export function reachable(b: PlanBuilder): Member[] {
  return b.ctx.people
    .filter(({ person }) => b.contactState(person.id) === 'active')
    .map(({ person, participation }) => ({ person, role: participation.role }));
}

/** Everyone reachable with one of these roles. */
export function withRoles(b: PlanBuilder, roles: readonly PersonRole[]): Member[] {
  return reachable(b).filter((m) => roles.includes(m.role));
}

/** The first reachable person in role priority order (the hiring manager, else the recruiter, ...). */
export function firstByRole(b: PlanBuilder, roles: readonly PersonRole[]): Member | null {
  const members = reachable(b);
  for (const role of roles) {
    const found = members.find((m) => m.role === role);
    if (found) return found;
  }
  return null;
}

/**
 * Who gets a one-off letter (feedback request, resell, status check): the person the user already acted
 * on when there is one (sent, skipped, snoozed or edited: the choice stands, and its promise with it),
 * else the first reachable person in role order. Null when that person may no longer be written to.
 */
export function recipientOf(b: PlanBuilder, keyPrefix: string, roles: readonly PersonRole[]): Member | null {
  const committed = b.ctx.steps.find(
    (s) =>
      s.key.startsWith(keyPrefix) && b.stateAfter(s) !== 'cancelled' && (s.state !== 'pending' || s.edited),
  );
  if (committed) return reachable(b).find((m) => m.person.id === committed.personId) ?? null;
  return firstByRole(b, roles);
}

/** The latest change to `status`, or null. */
export function lastChange(history: readonly StatusChange[], status: ApplicationStatus): StatusChange | null {
  let found: StatusChange | null = null;
  for (const c of history) if (c.status === status && (!found || c.at >= found.at)) found = c;
  return found;
}

/** The local day the application reached its current status. */
export function statusDay(b: PlanBuilder): { day: LocalDate; change: StatusChange | null } {
  const { application, history, profile } = b.ctx;
  const change = lastChange(history, application.status);
  return { day: localDateOf(change ? change.at : application.updatedAt, profile.timeZone), change };
}

export function firstName(person: Person): string {
  return person.name.trim().split(/\s+/)[0] || person.name;
}
