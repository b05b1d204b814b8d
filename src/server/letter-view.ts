import type { AppContext } from '../app/context.js';
import { letterRound, renderLetter, type StepLetter } from '../app/letters.js';
import { NotNowError } from '../core/errors.js';
import { compileTemplates, type SimilarityWarning } from '../core/letters/index.js';
import type { Id, Step } from '../core/model.js';

/** A step's letter as the composer shows it: the words, their variants, what to watch, the ways out. */
export interface LetterView {
  step: {
    id: Id;
    kind: Step['kind'];
    state: Step['state'];
    due: string;
    why: string;
    applicationId: Id | null;
  };
  person: { id: Id; name: string; email: string | null } | null;
  subject: string;
  text: string;
  edited: boolean;
  variant: number;
  /** Every wording this kind of letter has, to offer "another wording". */
  variants: number[];
  missing: string[];
  tone: StepLetter['tone'];
  /** Notes of the same round that read too alike to this one. */
  similar: Array<{ message: string; similarity: number; otherStep: Id | null }>;
  mailto: string | null;
  /** Why there is no mailto: link (no address), in words. */
  mailtoProblem: string | null;
}

function variantsOf(ctx: AppContext, kind: StepLetter['draft']['kind']): number[] {
  return compileTemplates(ctx.files.templates())
    .variants(kind)
    .map((v) => v.variant);
}

/** The round's warnings that involve this step, naming the other step of each pair. */
export async function similarFor(ctx: AppContext, applicationId: Id | null, stepId: Id) {
  if (applicationId === null) return [];
  const { letters, warnings } = await letterRound(ctx, applicationId);
  const mine = letters.findIndex((l) => l.step.id === stepId);
  if (mine < 0) return [];
  return warnings
    .filter((w: SimilarityWarning) => w.first === mine || w.second === mine)
    .map((w) => ({
      message: w.message,
      similarity: w.similarity,
      otherStep: letters[w.first === mine ? w.second : w.first]?.step.id ?? null,
    }));
}

export async function letterView(ctx: AppContext, step: Id, variant: number | null): Promise<LetterView> {
  const { letter } = await renderLetter(ctx, { step, ...(variant === null ? {} : { variant }) });
  let mailto: string | null = null;
  let mailtoProblem: string | null = null;
  try {
    const m = await renderLetter(ctx, { step, ...(variant === null ? {} : { variant }), format: 'mailto' });
    mailto = String(m.output).trim();
  } catch (e) {
    if (!(e instanceof NotNowError)) throw e;
    mailtoProblem = e.message;
  }
  const s = letter.step;
  const text = variant === null ? letter.text : letter.draft.text;
  return {
    step: { id: s.id, kind: s.kind, state: s.state, due: s.due, why: s.why, applicationId: s.applicationId },
    person: letter.person
      ? { id: letter.person.id, name: letter.person.name, email: letter.person.emails[0] ?? null }
      : null,
    subject: letter.draft.subject,
    text,
    edited: letter.edited,
    variant: letter.draft.variant,
    variants: variantsOf(ctx, letter.draft.kind),
    missing: letter.draft.missing,
    tone: letter.tone,
    similar: await similarFor(ctx, s.applicationId, s.id),
    mailto,
    mailtoProblem,
  };
}
