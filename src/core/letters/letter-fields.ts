/**
 * The fields a letter template may use. This list is the contract with template authors (ours and the
 * user's overrides): a template naming anything else is rejected, and a field that can be empty must be
 * printed inside `{{#if field}}…{{/if}}` so that a missing value drops the sentence instead of leaving a
 * blank in a sent letter.
 */
import type { LetterKind } from './letter-kind.js';

export interface FieldSpec {
  description: string;
  /** Kinds for which the field always has a value and may be printed without a guard. */
  always: 'all' | readonly LetterKind[];
  /** A yes/no field: usable only as a condition, never printed. */
  flag?: true;
  /** What the user could add when the field is empty and the template uses it; `who` is the reader. */
  hint?: (who: string) => string;
  /** Only worth asking for once this other field has a value (a link's title needs a link). */
  dependsOn?: string;
}

const personHint = () => 'Add the person you are writing to, so the letter greets them by name.';
const dayHint = (who: string) => `Add the day you met ${who}, so the note can mention it.`;
const linkHint = () =>
  'Add a link or a piece of company news to share: a note that brings something is more welcome.';
const strengthsHint = () =>
  'Add two or three of your strengths to your profile, so the letter can restate your fit.';
const nameHint = () => 'Add your name (and a signature) to your profile, so the letter is signed.';

export const FIELDS = {
  firstName: { description: "The reader's first name", always: [], hint: personHint },
  fullName: { description: "The reader's full name", always: [], hint: personHint },
  personTitle: {
    description: "The reader's job title, e.g. Head of Design",
    always: [],
    hint: (who) => `Add ${who}'s job title, so the letter can speak to their part in the process.`,
  },
  isInterviewer: { description: 'The reader interviewed you', always: 'all', flag: true },
  isHiringManager: { description: 'The reader is the hiring manager', always: 'all', flag: true },
  isRecruiter: { description: 'The reader is a recruiter (in-house or agency)', always: 'all', flag: true },
  isAgencyRecruiter: { description: 'The reader is an agency recruiter', always: 'all', flag: true },
  company: { description: 'The company name', always: 'all' },
  role: {
    description: 'The role you applied for',
    always: [],
    hint: () => 'Add the role you applied for, so the letter can name it.',
  },
  appliedOn: {
    description: 'The day you applied, e.g. 3 October',
    always: [],
    hint: () => 'Add the day you applied, so the letter can say how long it has been.',
  },
  interviewDay: {
    description: 'When you met, as words: today, yesterday, on Tuesday, on 3 November',
    always: [],
    hint: dayHint,
  },
  interviewDate: { description: 'The interview date, e.g. Tuesday 3 November', always: [], hint: dayHint },
  rapport: {
    description:
      'What you and the reader share (the rapport note), e.g. accessible design systems; a note written as a ' +
      'sentence ("we both ran the Lisbon half marathon") comes as "how we both ran the Lisbon half marathon"',
    always: [],
    hint: (who) => `Add what you and ${who} talked about (a rapport note) to make this more personal.`,
  },
  feedback: {
    description: 'The feedback you received, as text',
    always: [],
    hint: () => 'Add the feedback you received, so the letter can mention what you took from it.',
  },
  linkUrl: { description: 'The address of the link you share', always: [], hint: linkHint },
  linkTitle: {
    description: 'The title of the link you share',
    always: [],
    hint: () => 'Add a title for the link, so the letter can name it.',
    dependsOn: 'linkUrl',
  },
  linkNote: {
    description: 'Your note on why the link is worth their time',
    always: [],
    hint: (who) => `Add a line on why the link made you think of ${who}.`,
    dependsOn: 'linkUrl',
  },
  linkIsNews: { description: 'The link is news about their company', always: 'all', flag: true },
  rapportIsTopic: {
    description:
      'The rapport note names a topic ("jazz piano"), so it reads after "an interest in"; false for a note ' +
      'written as a sentence, and when there is none',
    always: 'all',
    flag: true,
  },
  followUpDate: {
    description: 'The day you promise to be back in touch, e.g. Thursday 3 December',
    always: ['resell'],
    hint: () => 'Add the day you will follow up, so the letter can name it.',
  },
  promisedOn: {
    description: 'The day of the earlier letter that promised this one, e.g. 3 November',
    always: [],
    hint: () => 'Add the date of your earlier letter, so this one can say it keeps that promise.',
  },
  strengths: {
    description: 'Your strengths from your profile, joined: a, b and c',
    always: [],
    hint: strengthsHint,
  },
  topStrength: { description: 'The first of your strengths', always: [], hint: strengthsHint },
  portfolioUrl: {
    description: 'Your portfolio address',
    always: [],
    hint: () => 'Add your portfolio link to your profile, so the letter can point to your work.',
  },
  myName: { description: 'Your name', always: [], hint: nameHint },
  signature: { description: 'Your signature, or your name when you have none', always: [], hint: nameHint },
  openingRole: {
    description: 'The newly opened role (new-opening letters)',
    always: [],
    hint: () => 'Add the title of the new opening, so the letter can name it.',
  },
  openingUrl: {
    description: 'The link to the newly opened role',
    always: [],
    hint: () => 'Add the link to the new opening.',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(FIELDS, name);
}

/** Whether `kind`'s view always carries a value for `field`. */
export function alwaysPresent(field: FieldName, kind: LetterKind): boolean {
  const spec: FieldSpec = FIELDS[field];
  return spec.always === 'all' || spec.always.includes(kind);
}

/** The values a template renders with: text for fields that have one, null otherwise; flags as booleans. */
export type LetterView = {
  [K in FieldName]: (typeof FIELDS)[K] extends { flag: true } ? boolean : string | null;
};
