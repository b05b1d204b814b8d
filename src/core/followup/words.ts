/** Small pieces of the user's words shared by every `why`, and the channel a step suggests. */
import type { Channel, Person, PersonRole, Profile, StepKind } from '../model.js';

const ROLE_LABELS: Record<PersonRole, string> = {
  interviewer: 'interviewer',
  'hiring-manager': 'hiring manager',
  recruiter: 'recruiter',
  'agency-recruiter': 'agency recruiter',
  referrer: 'referrer',
  other: 'contact',
};

export function roleLabel(role: PersonRole): string {
  return ROLE_LABELS[role];
}

/** "Ana Ruiz (interviewer)". */
export function who(person: Person, role: PersonRole): string {
  return `${person.name} (${roleLabel(role)})`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "about every 6 weeks" for whole weeks, else "about every 40 days". */
export function everyPhrase(days: number): string {
  return days % 7 === 0 ? `about every ${plural(days / 7, 'week')}` : `about every ${plural(days, 'day')}`;
}

const THANK_YOUS: readonly StepKind[] = ['thank-you', 'interview-thank-you'];

/**
 * A card for thank-you notes when the user prefers them; otherwise the way this person can actually
 * be reached: e-mail, else LinkedIn, else phone (e-mail when nothing is on file, so the user adds it).
 */
export function channelFor(kind: StepKind, person: Person | null, profile: Profile): Channel | null {
  if (kind === 'reflection') return null;
  if (profile.prefersCards && THANK_YOUS.includes(kind)) return 'card';
  if (!person || person.emails.length > 0) return 'email';
  if (person.linkedinUrl) return 'linkedin';
  if (person.phone) return 'phone';
  return 'email';
}
