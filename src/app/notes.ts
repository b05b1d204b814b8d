import { z } from 'zod';
import { invalidInput } from '../core/errors.js';
import type { Feedback, Link } from '../core/model.js';
import { parseUserDate } from '../core/user-date.js';
import { findCompanyByName } from '../store/companies.js';
import { insertFeedback } from '../store/feedback.js';
import { insertLink } from '../store/links.js';
import { requireApplication } from './applications.js';
import type { AppContext } from './context.js';
import { dateText, idInput, linkKindInput, optionalText, parseInput, text, urlInput } from './input.js';
import { requirePerson } from './people.js';
import { planRun, replanAround } from './plan.js';
import { userTime } from './profile.js';

export const addFeedbackSchema = z.object({
  application: idInput,
  text: text('the feedback'),
  from: idInput.optional(),
  on: dateText.optional(),
});

/**
 * Records feedback received about an application (what they said, and who said it), and re-plans it:
 * once feedback came after the rejection, the pending request for it is cancelled with that reason.
 */
export async function addFeedback(ctx: AppContext, input: unknown): Promise<Feedback> {
  const f = parseInput(addFeedbackSchema, input, 'add the feedback');
  return ctx.store.tx(async (db) => {
    const { today } = await userTime(ctx, db);
    await requireApplication(db, f.application);
    if (f.from !== undefined) await requirePerson(db, f.from);
    const receivedOn = f.on ? parseUserDate(f.on, today, 'on') : today;
    if (receivedOn > today) throw invalidInput(`on: ${receivedOn} is in the future (today is ${today})`);
    const feedback = await insertFeedback(db, {
      applicationId: f.application,
      personId: f.from ?? null,
      receivedOn,
      text: f.text,
    });
    await replanAround(db, await planRun(ctx, db), { applicationIds: [f.application] });
    return feedback;
  });
}

export const addLinkSchema = z.object({
  url: urlInput,
  title: text('the title'),
  kind: linkKindInput.optional(),
  company: text('the company name').optional(),
  note: optionalText,
});

/** Saves something worth sharing in a keep-in-touch note: a portfolio piece, an article, company news. */
export async function addLink(ctx: AppContext, input: unknown): Promise<Link> {
  const l = parseInput(addLinkSchema, input, 'add the link');
  return ctx.store.tx(async (db) => {
    const { now } = await userTime(ctx, db);
    let companyId: number | null = null;
    if (l.company) {
      const company = await findCompanyByName(db, l.company);
      if (!company) throw invalidInput(`company: there is no company named "${l.company}"`);
      companyId = company.id;
    }
    return insertLink(db, {
      url: l.url,
      title: l.title,
      kind: l.kind ?? (companyId ? 'company-news' : 'article'),
      companyId,
      note: l.note ?? null,
      addedAt: now,
    });
  });
}
