import { invalidInput, NotNowError, notFound } from '../core/errors.js';
import { backoffSummary } from '../core/followup/index.js';
import type { Id } from '../core/model.js';
import { type EntityKind, kindOfId } from '../store/entities.js';
import { deleteFeedback, getFeedback } from '../store/feedback.js';
import { deleteLink, getLink } from '../store/links.js';
import { getStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { getTouch } from '../store/touches.js';
import { applicationDetails, deleteApplication, editApplication } from './applications.js';
import { deleteCompany, editCompany, requireCompany } from './companies.js';
import type { AppContext } from './context.js';
import { idInput } from './input.js';
import { deletePerson, editPerson, personDetails } from './people.js';
import { loadPlaybook, planRun, refreshPlans, replanAround } from './plan.js';
import { userTime } from './profile.js';

/** What an id names, or a clear "not found". */
export async function requireKind(db: Db, rawId: unknown): Promise<{ id: Id; kind: EntityKind }> {
  const parsed = idInput.safeParse(rawId);
  if (!parsed.success)
    throw invalidInput(`"${String(rawId)}" is not an id; ids are whole numbers such as 12`);
  const kind = await kindOfId(db, parsed.data);
  if (!kind) throw notFound(`Nothing has the id ${parsed.data}; \`notnow list applications\` shows ids.`);
  return { id: parsed.data, kind };
}

/** Everything about one record, whatever it is. */
export async function showRecord(ctx: AppContext, rawId: unknown) {
  const { id, kind } = await requireKind(ctx.store.db, rawId);
  // An application's or person's steps are shown as of today (as the agenda shows them): the web app
  // may open straight on an application, before anything else brought the plans up to date today.
  // A broken playbook file stops every plan (the agenda and each change say so), not the showing of
  // what is stored: the record is then shown as it stands.
  if (kind === 'application' || kind === 'person') {
    await refreshPlans(ctx).catch((e: unknown) => {
      if (!(e instanceof NotNowError && e.code === 'invalid-playbook')) throw e;
    });
  }
  return ctx.store.tx(async (db) => {
    switch (kind) {
      case 'application':
        return { kind, ...(await applicationDetails(db, id)) };
      case 'person': {
        const details = await personDetails(db, id);
        const { profile } = await userTime(ctx, db);
        // Where tact stands, in plain words: "2 letters unanswered; next touch not before 14 Jan".
        const backoff = backoffSummary({
          person: details.person,
          touches: details.touches,
          steps: details.steps,
          playbook: loadPlaybook(ctx),
          timeZone: profile.timeZone,
        });
        return { kind, ...details, backoff };
      }
      case 'company':
        return { kind, company: await requireCompany(db, id) };
      case 'step':
        return { kind, step: await getStep(db, id) };
      case 'touch':
        return { kind, touch: await getTouch(db, id) };
      case 'feedback':
        return { kind, feedback: await getFeedback(db, id) };
      case 'link':
        return { kind, link: await getLink(db, id) };
    }
  });
}

/** Edits whatever the id names; the fields must belong to that kind of record. */
export async function editRecord(ctx: AppContext, rawId: unknown, fields: Record<string, unknown>) {
  const { id, kind } = await requireKind(ctx.store.db, rawId);
  const allowed: Partial<Record<EntityKind, string[]>> = {
    application: ['company', 'role', 'applied', 'via', 'url', 'notes'],
    person: [
      'name',
      'company',
      'emails',
      'addEmails',
      'phone',
      'linkedin',
      'title',
      'role',
      'rapport',
      'notes',
      'contactState',
    ],
    company: ['name', 'domains', 'addDomains', 'careersUrl', 'notes'],
  };
  const keys = allowed[kind];
  if (!keys)
    throw invalidInput(`${id} is a ${kind}; only applications, people and companies can be edited here`);
  const wrong = Object.keys(fields).filter((k) => !keys.includes(k));
  if (wrong.length > 0) {
    throw invalidInput(
      `${id} is a ${kind}: ${wrong.join(', ')} do${wrong.length === 1 ? 'es' : ''} not apply to it`,
    );
  }
  if (Object.keys(fields).length === 0)
    throw invalidInput(
      `say what to change, e.g. ${keys
        .slice(0, 2)
        .map((k) => `--${k}`)
        .join(' or ')}`,
    );
  const input = { id, ...fields };
  if (kind === 'application') return { kind, record: await editApplication(ctx, input) };
  if (kind === 'person') return { kind, record: await editPerson(ctx, input) };
  return { kind, record: await editCompany(ctx, input) };
}

export async function deleteRecord(ctx: AppContext, rawId: unknown) {
  const { id, kind } = await requireKind(ctx.store.db, rawId);
  switch (kind) {
    case 'application':
      return { kind, record: await deleteApplication(ctx, id) };
    case 'person':
      return { kind, record: await deletePerson(ctx, id) };
    case 'company':
      return { kind, record: await deleteCompany(ctx, id) };
    case 'feedback':
      await ctx.store.tx(async (db) => {
        const feedback = await getFeedback(db, id);
        await deleteFeedback(db, id);
        // Without it, the request for feedback the plan had dropped is due again.
        if (feedback) {
          await replanAround(db, await planRun(ctx, db), { applicationIds: [feedback.applicationId] });
        }
      });
      return { kind, record: { id } };
    case 'link':
      await ctx.store.tx((db) => deleteLink(db, id));
      return { kind, record: { id } };
    default:
      throw invalidInput(
        `${id} is a ${kind}; ${kind === 'step' ? 'skip it instead (notnow skip)' : 'it cannot be deleted on its own'}`,
      );
  }
}
