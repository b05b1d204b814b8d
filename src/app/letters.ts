/**
 * Letters for plan steps: a draft from what the records hold, the user's edits kept on the step, the
 * round of one application checked so no two notes read alike, and the ways out (text, Markdown, .eml,
 * mailto:, a printable card, SMTP). Sending logs the touch and completes the step in one transaction.
 */
import { z } from 'zod';
import { toCardHtml } from '../adapters/mail/compose/card.js';
import { toMailto } from '../adapters/mail/compose/mailto.js';
import type { SmtpSettings, sendLetter } from '../adapters/mail/smtp/index.js';
import { invalidInput, NotNowError } from '../core/errors.js';
import {
  checkTone,
  compileTemplates,
  type Draft,
  draftLetter,
  draftRound,
  type LetterInput,
  letterKindForStep,
  type SimilarityWarning,
  similarityWarnings,
  type ToneFinding,
} from '../core/letters/index.js';
import type { Id, Person, Step } from '../core/model.js';
import { getApplication } from '../store/applications.js';
import { getCompany } from '../store/companies.js';
import { listFeedback } from '../store/feedback.js';
import { listLinks } from '../store/links.js';
import { getPerson, participationsOf } from '../store/people.js';
import { listSteps, updateStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { getTouch } from '../store/touches.js';
import type { AppContext } from './context.js';
import { idInput, parseInput } from './input.js';
import { loadProfile, userTime } from './profile.js';
import { completeStep, requireStep } from './steps.js';

export const LETTER_FORMATS = ['text', 'md', 'eml', 'card', 'mailto'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export interface StepLetter {
  step: Step;
  person: Person | null;
  draft: Draft;
  /** The text to send: the user's edit when there is one, else the draft's. */
  text: string;
  edited: boolean;
  tone: ToneFinding[];
}

async function letterInput(
  ctx: AppContext,
  db: Db,
  step: Step,
  variant: number | null,
): Promise<{ input: LetterInput; person: Person | null }> {
  const kind = letterKindForStep(step.kind);
  if (!kind) throw invalidInput(`step ${step.id} is a ${step.kind}: it is for you, so it has no letter`);
  const { profile, today } = await userTime(ctx, db);
  const application = step.applicationId === null ? null : await getApplication(db, step.applicationId);
  const company = application ? await getCompany(db, application.companyId) : null;
  const person = step.personId === null ? null : await getPerson(db, step.personId);
  if (!company)
    throw invalidInput(`step ${step.id} is not tied to an application, so there is nothing to write about`);
  const participation = person
    ? (await participationsOf(db, { applicationId: application!.id, personId: person.id }))[0]
    : undefined;
  const siblings = await listSteps(db, { applicationId: application!.id });
  const same = (k: Step['kind']) =>
    siblings.find((s) => s.kind === k && s.personId === step.personId && s.state !== 'cancelled');
  let promisedOn: string | null = null;
  if (step.kind === 'follow-up') {
    const resell = same('resell');
    const touch = resell?.touchId ? await getTouch(db, resell.touchId) : null;
    promisedOn = touch ? touch.at.slice(0, 10) : (resell?.due ?? null);
  }
  const feedback = (await listFeedback(db, { applicationId: application!.id })).at(-1)?.text ?? null;
  const link =
    step.kind === 'keep-in-touch' ? ((await listLinks(db, { companyId: company.id }))[0] ?? null) : null;
  return {
    person,
    input: {
      kind,
      variant,
      today,
      profile,
      person: person
        ? {
            name: person.name,
            role: participation?.role ?? person.role,
            title: person.title,
            rapport: person.rapport,
          }
        : null,
      company: { name: company.name },
      application: application ? { role: application.role, appliedOn: application.appliedOn } : null,
      interviewedOn: participation?.interviewedOn ?? null,
      feedback,
      link,
      followUpOn: step.kind === 'resell' ? (same('follow-up')?.due ?? null) : null,
      promisedOn,
    },
  };
}

function templatesOf(ctx: AppContext) {
  const overrides = ctx.files.templates();
  return Object.keys(overrides).length > 0 ? compileTemplates(overrides) : undefined;
}

export async function letterForStep(
  ctx: AppContext,
  stepId: Id,
  variant: number | null = null,
): Promise<StepLetter> {
  const db = ctx.store.db;
  const step = await requireStep(db, stepId);
  const { input, person } = await letterInput(ctx, db, step, variant);
  const draft = draftLetter(input, templatesOf(ctx));
  const edited = step.draft !== null && variant === null;
  const text = edited ? step.draft! : draft.text;
  return { step, person, draft, text, edited, tone: edited ? checkTone(text) : [] };
}

export const draftSchema = z.object({
  step: idInput,
  variant: z.coerce.number().int().positive('variant: a number from 1').optional(),
  format: z.enum(LETTER_FORMATS, { error: `format: use one of ${LETTER_FORMATS.join(', ')}` }).optional(),
});

/** The letter of a step in one of its forms, ready to send, save or print. */
export async function renderLetter(
  ctx: AppContext,
  input: unknown,
): Promise<{ letter: StepLetter; output: string | Buffer; format: LetterFormat }> {
  const d = parseInput(draftSchema, input, 'draft the letter');
  const letter = await letterForStep(ctx, d.step, d.variant ?? null);
  const format = d.format ?? 'text';
  const content = { subject: letter.draft.subject, text: letter.text };
  if (format === 'text')
    return { letter, format, output: `Subject: ${content.subject}\n\n${content.text}\n` };
  if (format === 'md')
    return {
      letter,
      format,
      output: letter.edited ? `**${content.subject}**\n\n${content.text}\n` : `${letter.draft.markdown}\n`,
    };
  if (format === 'card') return { letter, format, output: toCardHtml(content) };
  const to = recipient(letter);
  if (format === 'mailto') return { letter, format, output: `${toMailto(content, to)}\n` };
  const profile = await loadProfile(ctx.store.db);
  if (!profile.email)
    throw invalidInput('an .eml needs your address: set it with notnow profile --email you@example.com');
  return {
    letter,
    format,
    // nodemailer's MailComposer is loaded only when an .eml is written.
    output: await (await import('../adapters/mail/compose/eml.js')).toEml(content, {
      from: { name: profile.name ?? '', address: profile.email },
      to,
    }),
  };
}

function recipient(letter: StepLetter) {
  const p = letter.person;
  if (!p) throw invalidInput(`step ${letter.step.id} has no person to write to`);
  const address = p.emails[0];
  if (!address)
    throw invalidInput(
      `${p.name} has no e-mail address; add one with notnow edit ${p.id} --add-email ADDRESS`,
    );
  return { name: p.name, address };
}

export const editSchema = z.object({
  step: idInput,
  text: z.string().trim().min(1, 'text: the letter is empty').max(20_000),
});

/** Keeps the user's edit of a letter and says what in it could hurt them, and which notes now read alike. */
export async function saveLetterEdit(
  ctx: AppContext,
  input: unknown,
): Promise<{ tone: ToneFinding[]; similar: SimilarityWarning[] }> {
  const e = parseInput(editSchema, input, 'save the letter');
  const step = await ctx.store.tx(async (db) => {
    const step = await requireStep(db, e.step);
    if (!letterKindForStep(step.kind))
      throw invalidInput(`step ${step.id} is a ${step.kind}: it has no letter`);
    await updateStep(db, step.id, { draft: e.text, edited: true, updatedAt: ctx.clock.now('UTC') });
    return step;
  });
  let similar: SimilarityWarning[] = [];
  if (step.applicationId !== null) {
    const { letters, warnings } = await letterRound(ctx, step.applicationId);
    const mine = letters.findIndex((l) => l.step.id === step.id);
    similar = warnings.filter((w) => w.first === mine || w.second === mine);
  }
  return { tone: checkTone(e.text), similar };
}

/** Every open letter of an application's plan, drafted together so they do not read alike. */
export async function letterRound(
  ctx: AppContext,
  applicationId: Id,
): Promise<{ letters: StepLetter[]; warnings: SimilarityWarning[] }> {
  const db = ctx.store.db;
  const steps = (await listSteps(db, { applicationId, states: ['pending', 'snoozed'] })).filter((s) =>
    letterKindForStep(s.kind),
  );
  const prepared = [];
  for (const step of steps) prepared.push({ step, ...(await letterInput(ctx, db, step, null)) });
  const drafts = draftRound(
    prepared.map((p) => p.input),
    templatesOf(ctx),
  );
  const letters = prepared.map(({ step, person }, i) => {
    const draft = drafts[i]!;
    const edited = step.draft !== null;
    const text = edited ? step.draft! : draft.text;
    return { step, person, draft, text, edited, tone: edited ? checkTone(text) : [] };
  });
  const application = await getApplication(db, applicationId);
  const company = application ? ((await getCompany(db, application.companyId))?.name ?? '') : '';
  const warnings = similarityWarnings(
    letters.map((l) => ({ company, person: l.person?.name ?? `step ${l.step.id}`, text: l.text })),
  );
  return { letters, warnings };
}

/** Sends a step's letter through the user's SMTP server, then logs the touch and completes the step. */
export async function sendStepLetter(
  ctx: AppContext,
  rawId: unknown,
  smtp: SmtpSettings | null,
  send?: typeof sendLetter,
): Promise<{ messageId: string; to: string; touchId: Id | null }> {
  const id = parseInput(idInput, rawId, 'send the letter');
  if (!smtp) {
    throw new NotNowError(
      'send-failed',
      'Sending needs your SMTP server: set NOTNOW_SMTP_HOST, NOTNOW_SMTP_USER and NOTNOW_SMTP_PASSWORD (see README).',
    );
  }
  const letter = await letterForStep(ctx, id);
  if (letter.step.state !== 'pending' && letter.step.state !== 'snoozed') {
    throw invalidInput(`step ${id} is already ${letter.step.state}`);
  }
  const to = recipient(letter);
  const profile = await loadProfile(ctx.store.db);
  if (!profile.email)
    throw invalidInput('sending needs your address: set it with notnow profile --email you@example.com');
  // nodemailer is loaded only when a letter is really sent.
  const deliver = send ?? (await import('../adapters/mail/smtp/index.js')).sendLetter;
  const result = await deliver(smtp, {
    subject: letter.draft.subject,
    text: letter.text,
    from: { name: profile.name ?? '', address: profile.email },
    to,
  });
  const done = await completeStep(ctx, {
    step: id,
    channel: 'email',
    note: `Sent: ${letter.draft.subject}`.slice(0, 500),
  });
  return { messageId: result.messageId, to: to.address, touchId: done.touchId };
}
