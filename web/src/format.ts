import type { Channel, ContactState, Mood, Role, Source, Status, Tone } from './types.js';

/** Dates in the reader's own locale; a calendar day is the same day everywhere. */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });

export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : dayFormat.format(d);
}

export function weekdayName(isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  return weekdayFormat.format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** The calendar day of an instant in the user's time zone, as YYYY-MM-DD. */
export function dayOf(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function formatInstantDay(instant: string, timeZone: string): string {
  return formatDay(dayOf(instant, timeZone));
}

export const STATUS_LABEL: Record<Status, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  ghosted: 'Went silent',
  withdrawn: 'Withdrawn',
  hired: 'Hired',
};

/** A shape per status, so the status never rests on colour alone. */
export const STATUS_MARK: Record<Status, string> = {
  saved: '☆',
  applied: '→',
  screening: '◔',
  interviewing: '◑',
  offer: '◕',
  rejected: '✕',
  ghosted: '…',
  withdrawn: '↩',
  hired: '★',
};

export const SOURCE_LABEL: Record<Source, string> = {
  board: 'Job board',
  referral: 'Referral',
  recruiter: 'Recruiter',
  direct: 'Applied directly',
};

export const ROLE_LABEL: Record<Role, string> = {
  interviewer: 'Interviewer',
  'hiring-manager': 'Hiring manager',
  recruiter: 'Recruiter',
  'agency-recruiter': 'Agency recruiter',
  referrer: 'Referrer',
  other: 'Other',
};

export const CONTACT_LABEL: Record<ContactState, string> = {
  active: 'In touch',
  dormant: 'Quiet for now',
  'do-not-contact': 'Do not contact',
};

export const CONTACT_MEANING: Record<ContactState, string> = {
  active: 'notnow may plan thank-you notes and keep-in-touch messages to this person.',
  dormant: 'No answer for a while: notnow backs off and plans nothing until they write again.',
  'do-not-contact': 'They asked not to be contacted. notnow plans nothing for them, ever.',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  email: 'E-mail',
  phone: 'Phone',
  linkedin: 'LinkedIn',
  letter: 'Letter',
  card: 'Handwritten card',
  meeting: 'Meeting',
};

export const TONE_LABEL: Record<Tone, string> = {
  warm: 'Warm',
  neutral: 'Neutral',
  cool: 'Cool',
  'asked-to-stop': 'Asked to stop',
};

export const MOOD_LABEL: Record<Mood, string> = {
  ok: 'I’m OK',
  disappointed: 'Disappointed',
  upset: 'Upset',
};

export const STEP_LABEL: Record<string, string> = {
  'interview-thank-you': 'Thank-you for the interview',
  'thank-you': 'Thank-you note',
  'feedback-request': 'Ask for feedback',
  'recruiter-update': 'Update the recruiter',
  reflection: 'Reflect',
  resell: 'Resell letter',
  'follow-up': 'Follow-up',
  'keep-in-touch': 'Keep in touch',
  'status-check': 'Status check',
  'new-opening': 'New opening',
};

/** Only web addresses become links: a stored `javascript:` never does. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
