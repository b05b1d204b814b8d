import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { idInput, parseInput } from '../app/input.js';
import {
  draftSchema,
  editSchema,
  letterRound,
  renderLetter,
  saveLetterEdit,
  sendStepLetter,
} from '../app/letters.js';
import {
  agendaPageSchema,
  completeStep,
  doneSchema,
  readAgendaPage,
  skipStep,
  snoozeSchema,
  snoozeStep,
} from '../app/steps.js';
import { checkTone } from '../core/letters/index.js';
import type { ApplicationLettersSchema, LetterSavedSchema } from './api-schemas-answers.js';
import { letterView, similarFor } from './letter-view.js';
import type { Route } from './route.js';

const byId = z.object({ id: idInput });
/** The use cases name the step `step`; the API names it by its path, `/steps/{id}`. */
const onStep = (input: Record<string, unknown>) => {
  const { id, ...rest } = input;
  return { ...rest, step: id };
};
const stepPath = <S extends z.ZodObject>(schema: S) =>
  schema.omit({ step: true } as never).extend({ id: idInput });

const letterQuery = z.object({
  id: idInput,
  variant: draftSchema.shape.variant.describe(
    'another wording of the same letter (1, 2, 3…); none: yours or the usual one',
  ),
});
const toneInput = z.object({ text: z.string().max(20_000, 'text: 20,000 characters at most') });

async function emlFile(ctx: AppContext, input: Record<string, unknown>) {
  return (await renderLetter(ctx, { ...onStep(input), format: 'eml' })).output;
}

/** The agenda, the steps' actions, their letters and the tone check. */
export const followUpRoutes: Route[] = [
  {
    method: 'get',
    path: '/agenda',
    tag: 'follow-up',
    summary: 'Overdue, today’s and upcoming steps, each with its why, a page at a time',
    description:
      '`{today, days, items, counts, total, limit, offset}`: items are grouped overdue, today, upcoming, ' +
      'oldest first, each as in `notnow agenda --json`; `counts` says how many each group holds over every ' +
      'page. `days` (default 14) is how far ahead upcoming reaches; `limit` (20 by default, at most 500) ' +
      'and `offset` page through the rest.',
    input: agendaPageSchema,
    output: 'AgendaPage',
    run: (ctx, input) => readAgendaPage(ctx, input),
  },
  {
    method: 'post',
    path: '/steps/{id}/done',
    tag: 'follow-up',
    summary: 'Mark a step done (a letter or call logs the touch it made)',
    input: stepPath(doneSchema),
    output: 'StepDone',
    run: (ctx, input) => completeStep(ctx, onStep(input)),
  },
  {
    method: 'post',
    path: '/steps/{id}/skip',
    tag: 'follow-up',
    summary: 'Skip a step: it will not be done, and the plan moves on',
    input: byId,
    output: 'Step',
    run: (ctx, input) => skipStep(ctx, input.id),
  },
  {
    method: 'post',
    path: '/steps/{id}/snooze',
    tag: 'follow-up',
    summary: 'Put a step off until a later day (YYYY-MM-DD or words such as "next monday")',
    input: stepPath(snoozeSchema),
    output: 'Step',
    run: (ctx, input) => snoozeStep(ctx, onStep(input)),
  },
  {
    method: 'get',
    path: '/steps/{id}/letter',
    tag: 'letters',
    summary: 'The letter of a step: its text, wordings, tone findings, similar notes and mailto: link',
    description: 'Without `variant`: your edited version when there is one, else the usual wording.',
    input: letterQuery,
    output: 'LetterView',
    run: async (ctx, raw) => {
      const q = parseInput(letterQuery, raw, 'draft the letter');
      return letterView(ctx, q.id, q.variant ?? null);
    },
  },
  {
    method: 'put',
    path: '/steps/{id}/letter',
    tag: 'letters',
    summary: 'Keep your edit of a letter; answers what in it could hurt you and which notes now read alike',
    input: stepPath(editSchema),
    output: 'LetterSaved',
    run: async (ctx, input): Promise<z.infer<typeof LetterSavedSchema>> => {
      const saved = await saveLetterEdit(ctx, onStep(input));
      const id = parseInput(idInput, input.id, 'save the letter');
      const { letter } = await renderLetter(ctx, { step: id });
      return { tone: saved.tone, similar: await similarFor(ctx, letter.step.applicationId, id) };
    },
  },
  {
    method: 'get',
    path: '/steps/{id}/letter.eml',
    tag: 'letters',
    summary: 'The letter as an .eml file, which mail apps open as a draft to send',
    input: letterQuery,
    produces: { type: 'message/rfc822', filename: (input) => `letter-step-${String(input.id)}.eml` },
    run: emlFile,
  },
  {
    method: 'get',
    path: '/steps/{id}/card.html',
    tag: 'letters',
    summary: 'The letter as a printable card (a folded A6 page)',
    input: letterQuery,
    produces: { type: 'text/html' },
    run: async (ctx, input) => (await renderLetter(ctx, { ...onStep(input), format: 'card' })).output,
  },
  {
    method: 'post',
    path: '/steps/{id}/send',
    tag: 'letters',
    summary: 'Send the letter through your SMTP server; logs the touch and completes the step',
    description:
      'Needs NOTNOW_SMTP_HOST (and user, password) where notnow runs; without it the answer says so.',
    input: byId,
    output: 'LetterSent',
    run: (ctx, input, env) => sendStepLetter(ctx, input.id, env.smtp),
  },
  {
    method: 'get',
    path: '/applications/{id}/letters',
    tag: 'letters',
    summary: 'Every open letter of an application’s plan, drafted so that no two read alike',
    input: byId,
    output: 'ApplicationLetters',
    run: async (ctx, raw): Promise<z.infer<typeof ApplicationLettersSchema>> => {
      const { id } = parseInput(byId, raw, 'list the letters');
      const r = await letterRound(ctx, id);
      return {
        letters: r.letters.map((l) => ({
          step: l.step.id,
          kind: l.step.kind,
          due: l.step.due,
          personId: l.person?.id ?? null,
          person: l.person?.name ?? null,
          subject: l.draft.subject,
          text: l.text,
          variant: l.draft.variant,
          edited: l.edited,
          missing: l.draft.missing,
          tone: l.tone,
        })),
        similar: r.warnings,
      };
    },
  },
  {
    method: 'post',
    path: '/tone',
    tag: 'letters',
    summary: 'Check any text for what could hurt you (resentment, blame, pressure…)',
    input: toneInput,
    output: ['ToneFinding'],
    run: async (_ctx, raw) => checkTone(parseInput(toneInput, raw, 'check the tone').text),
  },
];
