/**
 * The kinds of letter notnow drafts. Every plan step kind has one, except the user's own
 * reflection step, which is a note to self and not a letter.
 */
import type { StepKind } from '../model.js';

export const LETTER_KINDS = [
  'interview-thank-you',
  'thank-you',
  'feedback-request',
  'recruiter-update',
  'resell',
  'follow-up',
  'keep-in-touch',
  'new-opening',
  'status-check',
] as const satisfies readonly StepKind[];
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/** The letter a step asks for, or null when the step has none (a reflection). */
export function letterKindForStep(step: StepKind): LetterKind | null {
  return isLetterKind(step) ? step : null;
}
