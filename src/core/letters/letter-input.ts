/**
 * What the letters core needs to draft one letter. Record shapes are `Pick`s of the model types so the
 * app layer can pass its records as they are.
 */
import { isLocalDate } from '../dates.js';
import type { Application, Company, Link, LocalDate, Person, Profile } from '../model.js';
import { LetterInputError } from './errors.js';
import { isLetterKind, type LetterKind } from './letter-kind.js';

export type LetterProfile = Pick<Profile, 'name' | 'signature' | 'portfolioUrl' | 'strengths'> &
  Partial<Pick<Profile, 'workingDays'>>;
export type LetterPerson = Pick<Person, 'name' | 'role' | 'title'> & Partial<Pick<Person, 'rapport'>>;
export type LetterApplication = Pick<Application, 'role'> & Partial<Pick<Application, 'appliedOn'>>;
export type LetterLink = Pick<Link, 'url' | 'title' | 'kind'> & Partial<Pick<Link, 'note'>>;

/** A newly opened role the user writes about (`new-opening`). */
export interface LetterOpening {
  role: string;
  url?: string | null;
}

export interface LetterInput {
  kind: LetterKind;
  /** 1-based; when absent a stable choice is made from the kind, person and company. */
  variant?: number | null;
  /** The day the letter is drafted; relative words ("yesterday") are computed from it. */
  today: LocalDate;
  profile: LetterProfile;
  /** Who the letter is to; null when it goes to a team or an unknown reader. */
  person?: LetterPerson | null;
  company: Pick<Company, 'name'>;
  /** The application the letter is about (its role; `appliedOn` for status checks). */
  application?: LetterApplication | null;
  interviewedOn?: LocalDate | null;
  /** What the user and this person share; defaults to `person.rapport`. */
  rapport?: string | null;
  /** Feedback the user received, as text. */
  feedback?: string | null;
  /** The link or company news being shared (keep-in-touch). */
  link?: LetterLink | null;
  /**
   * The day the letter promises to be back in touch (resell). When absent for a resell letter it is
   * `today` + RESELL_FOLLOW_UP_DAYS, moved to a working day; pass the follow-up step's due date so letter and plan agree.
   */
  followUpOn?: LocalDate | null;
  /** The day of the earlier letter whose promise a follow-up keeps. */
  promisedOn?: LocalDate | null;
  /** The new role (new-opening). */
  opening?: LetterOpening | null;
}

/** Checks what TypeScript cannot (dates, numbers, empty names) and says what to fix. */
export function validateLetterInput(input: LetterInput): void {
  const issues: string[] = [];
  if (!isLetterKind(input.kind)) issues.push(`kind: "${String(input.kind)}" is not a letter kind`);
  if (typeof input.today !== 'string' || !isLocalDate(input.today)) {
    issues.push(`today: "${String(input.today)}" is not a date (YYYY-MM-DD)`);
  }
  for (const key of ['interviewedOn', 'followUpOn', 'promisedOn'] as const) {
    const value = input[key];
    if (value != null && !isLocalDate(value)) issues.push(`${key}: "${value}" is not a date (YYYY-MM-DD)`);
  }
  const appliedOn = input.application?.appliedOn;
  if (appliedOn != null && !isLocalDate(appliedOn)) {
    issues.push(`application.appliedOn: "${appliedOn}" is not a date (YYYY-MM-DD)`);
  }
  if (input.variant != null && (!Number.isInteger(input.variant) || input.variant < 1)) {
    issues.push(`variant: ${input.variant} is not a variant number (1, 2, 3, ...)`);
  }
  if (!input.company || typeof input.company.name !== 'string' || input.company.name.trim() === '') {
    issues.push('company.name: the company needs a name');
  }
  if (input.person && (typeof input.person.name !== 'string' || input.person.name.trim() === '')) {
    issues.push('person.name: the person needs a name (or pass no person)');
  }
  if (!input.profile || !Array.isArray(input.profile.strengths)) {
    issues.push('profile: the profile is missing or has no strengths list');
  }
  if (issues.length > 0) throw new LetterInputError('cannot draft this letter', issues);
}
