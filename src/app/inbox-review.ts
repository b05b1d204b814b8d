import { z } from 'zod';
import { conflict, invalidInput, notFound } from '../core/errors.js';
import type { Extraction } from '../core/inbox/extract.js';
import type { MailKind } from '../core/inbox/kinds.js';
import type { ApplicationStatus, Id } from '../core/model.js';
import { getApplication, insertApplication, insertStatusChange } from '../store/applications.js';
import { getMessage, listMessages, type StoredMessage, updateMessage } from '../store/messages.js';
import { requireApplication } from './applications.js';
import { companyNamed } from './companies.js';
import type { AppContext } from './context.js';
import { applyMessage, statusNews } from './inbox-apply.js';
import { idInput, parseInput, text } from './input.js';
import { planRun } from './plan.js';
import { userTime } from './profile.js';

export interface Suggestion {
  applicationId: Id | null;
  matchConfidence: number;
  reason: string;
  status: ApplicationStatus;
  company: string | null;
  role: string | null;
}

export interface ReviewItem {
  id: Id;
  receivedAt: string | null;
  from: string | null;
  subject: string;
  kind: MailKind;
  confidence: number;
  suggestion: Suggestion;
  /** The suggested application, as the user knows it ("Data Analyst at Acme"). */
  application: string | null;
}

/** Messages that were not clear enough to act on alone, with what notnow suggests for each. */
export async function reviewQueue(ctx: AppContext): Promise<ReviewItem[]> {
  const db = ctx.store.db;
  const items: ReviewItem[] = [];
  const { now } = await userTime(ctx, db);
  for (const m of await listMessages(db, { state: 'review' })) {
    const stored = m.suggestion as Suggestion;
    const app = stored.applicationId === null ? null : await getApplication(db, stored.applicationId);
    // The application may have moved since the import (a later message, the user): what accepting
    // would do is read now, as acceptMessage reads it, not when the message arrived.
    const at = m.receivedAt && m.receivedAt < now ? m.receivedAt : now;
    const s = app
      ? { ...stored, status: (await statusNews(db, app, m.kind as MailKind, at)) ?? app.status }
      : stored;
    items.push({
      id: m.id,
      receivedAt: m.receivedAt,
      from: m.fromName ? `${m.fromName} <${m.fromAddress}>` : m.fromAddress,
      subject: m.subject,
      kind: m.kind as MailKind,
      confidence: m.confidence,
      suggestion: s,
      application: app ? `${app.role} (application ${app.id})` : null,
    });
  }
  return items;
}

export const acceptSchema = z.object({
  message: idInput,
  /** Link to this application instead of the suggested one. */
  application: idInput.optional(),
  /** Create a new application from the message (or with these names). */
  createNew: z.boolean().optional(),
  company: text('the company name').optional(),
  role: text('the role title').optional(),
});

async function requireReview(db: Parameters<typeof getMessage>[0], id: Id): Promise<StoredMessage> {
  const m = await getMessage(db, id);
  if (!m) throw notFound(`There is no imported message with id ${id}; \`notnow inbox review\` lists them.`);
  if (m.state !== 'review') throw conflict(`Message ${id} was already ${m.state}.`);
  return m;
}

/**
 * Accepts a suggestion, or corrects it: link the message to another application, or create the
 * application it is about. The status then moves as the message says (never backwards) and the plan starts.
 */
export async function acceptMessage(ctx: AppContext, input: unknown) {
  const a = parseInput(acceptSchema, input, 'accept the message');
  return ctx.store.tx(async (db) => {
    const run = await planRun(ctx, db);
    const m = await requireReview(db, a.message);
    const s = m.suggestion as Suggestion;
    const extraction = m.extraction as Extraction;
    const at = m.receivedAt && m.receivedAt < run.now ? m.receivedAt : run.now;
    let applicationId = a.application ?? (a.createNew ? null : s.applicationId);
    if (applicationId === null) {
      const company = a.company ?? s.company;
      const role = a.role ?? s.role;
      if (!company || !role) {
        throw invalidInput(
          `message ${m.id}: say which application it is about (--application ID), or give --company and --role for a new one`,
        );
      }
      const { company: c } = await companyNamed(db, company, run.now);
      const created = await insertApplication(db, {
        companyId: c.id,
        role,
        jobUrl: null,
        source: 'board',
        status: 'applied',
        appliedOn: null,
        notes: `Created from the e-mail "${m.subject}"`.slice(0, 500),
        createdAt: run.now,
        updatedAt: run.now,
      });
      await insertStatusChange(db, {
        applicationId: created.id,
        status: 'applied',
        at,
        reason: null,
        mood: null,
      });
      applicationId = created.id;
    }
    const application = await requireApplication(db, applicationId);
    const newStatus = await applyMessage(db, run, application, m.kind as MailKind, extraction, at, m.subject);
    await updateMessage(db, m.id, { state: 'accepted', applicationId: application.id });
    return { messageId: m.id, applicationId: application.id, status: newStatus ?? application.status };
  });
}

/** Rejects a suggestion: the message stays known (a re-import adds nothing) but changes nothing. */
export async function dismissMessage(ctx: AppContext, rawId: unknown) {
  const id = parseInput(idInput, rawId, 'dismiss the message');
  return ctx.store.tx(async (db) => {
    const m = await requireReview(db, id);
    await updateMessage(db, m.id, { state: 'dismissed' });
    return { messageId: m.id };
  });
}
