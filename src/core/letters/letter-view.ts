/**
 * Turns a LetterInput into the flat values templates render: names split, dates put into words,
 * strengths joined, free text tidied. An absent or blank value becomes null, never "" or "undefined".
 */
import { addDays, onOrAfterWorkingDay } from '../dates.js';
import { DEFAULT_PROFILE } from '../model.js';
import { letterDate, letterDay, relativePastDay } from './letter-dates.js';
import type { LetterView } from './letter-fields.js';
import type { LetterInput } from './letter-input.js';

/** 30 days: the follow-up the resell letter promises (the seed articles' "follow up again in 30 days"). */
export const RESELL_FOLLOW_UP_DAYS = 30;

/** Strengths beyond three turn a restated fit into a list; the first three are the ones the user ranked. */
const MAX_STRENGTHS = 3;

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame']);

/** Collapses inner whitespace and trims; blank becomes null. */
export function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** A note used mid-sentence ("about {{rapport}}") loses its closing full stop. */
function phrase(value: string | null | undefined): string | null {
  const text = clean(value);
  return text === null ? null : clean(text.replace(/[.;,:\s]+$/u, ''));
}

/**
 * A rapport note is usually a topic ("long-distance cycling"), which the letters use after "our talk
 * about"; people also write it as a sentence ("we both ran the Lisbon half marathon"), which reads
 * after "about" only as "how we both ran …". Word for word either way, so the reader finds what the user wrote.
 */
const CLAUSE_START = /^(?:we|i|you|she|he|they|both of us|the two of us)\s+\S/iu;

function rapportOf(value: string | null | undefined): { rapport: string | null; rapportIsTopic: boolean } {
  const note = phrase(value);
  if (note === null) return { rapport: null, rapportIsTopic: false };
  if (!CLAUSE_START.test(note)) return { rapport: note, rapportIsTopic: true };
  // "We both…" mid-sentence is "we both…"; "I" keeps its capital.
  const lowered = /^I\b/u.test(note) ? note : note.charAt(0).toLowerCase() + note.slice(1);
  return { rapport: `how ${lowered}`, rapportIsTopic: false };
}

/** Free text used as its own sentence ends with punctuation. */
function sentence(value: string | null | undefined): string | null {
  const text = clean(value);
  if (text === null) return null;
  return /[.!?…"'”’)]$/u.test(text) ? text : `${text}.`;
}

export function firstNameOf(name: string): string | null {
  const words = clean(name)?.split(' ') ?? [];
  const first = words.find((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  return first ?? words[0] ?? null;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function buildView(input: LetterInput): LetterView {
  const { today, person, profile } = input;
  const role = person?.role ?? null;
  const strengths = profile.strengths.map(phrase).filter((s): s is string => s !== null);
  const followUpOn =
    input.followUpOn ??
    (input.kind === 'resell'
      ? onOrAfterWorkingDay(
          addDays(today, RESELL_FOLLOW_UP_DAYS),
          profile.workingDays?.length ? profile.workingDays : DEFAULT_PROFILE.workingDays,
        )
      : null);
  const link = input.link ?? null;
  const linkUrl = clean(link?.url);
  const appliedOn = input.application?.appliedOn ?? null;
  return {
    firstName: person ? firstNameOf(person.name) : null,
    fullName: clean(person?.name),
    personTitle: phrase(person?.title),
    isInterviewer: role === 'interviewer',
    isHiringManager: role === 'hiring-manager',
    isRecruiter: role === 'recruiter' || role === 'agency-recruiter',
    isAgencyRecruiter: role === 'agency-recruiter',
    company: clean(input.company.name) ?? '',
    role: phrase(input.application?.role),
    appliedOn: appliedOn ? letterDay(appliedOn, today) : null,
    interviewDay: input.interviewedOn ? relativePastDay(input.interviewedOn, today) : null,
    interviewDate: input.interviewedOn ? letterDate(input.interviewedOn, today) : null,
    ...rapportOf(input.rapport ?? person?.rapport),
    feedback: sentence(input.feedback),
    linkUrl,
    linkTitle: linkUrl ? phrase(link?.title) : null,
    linkNote: linkUrl ? sentence(link?.note) : null,
    linkIsNews: linkUrl !== null && link?.kind === 'company-news',
    followUpDate: followUpOn ? letterDate(followUpOn, today) : null,
    promisedOn: input.promisedOn ? letterDay(input.promisedOn, today) : null,
    strengths: joinList(strengths.slice(0, MAX_STRENGTHS)),
    topStrength: strengths[0] ?? null,
    portfolioUrl: clean(profile.portfolioUrl),
    myName: clean(profile.name),
    signature: profile.signature?.trim() ? profile.signature.trim() : clean(profile.name),
    openingRole: phrase(input.opening?.role),
    openingUrl: clean(input.opening?.url),
  };
}
