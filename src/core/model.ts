/**
 * The domain types of notnow, in the user's words. Plain data only: no classes, no I/O.
 *
 * Ids are integers drawn from one counter shared by every kind of record, so an id alone
 * (`notnow show 12`) always names exactly one thing.
 *
 * Instants (when a touch happened, when a status changed) are ISO-8601 strings in UTC.
 * Calendar dates the user thinks in (applied on, interviewed on, a step's due date) are
 * `LocalDate` strings, `YYYY-MM-DD`, in the user's time zone.
 */

export type Id = number;
/** `YYYY-MM-DD`, a day in the user's time zone. */
export type LocalDate = string;
/** ISO-8601 instant in UTC, e.g. `2026-11-03T09:00:00.000Z`. */
export type Instant = string;

export const APPLICATION_STATUSES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'rejected',
  'ghosted',
  'withdrawn',
  'hired',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** How the application came about. */
export const SOURCES = ['board', 'referral', 'recruiter', 'direct'] as const;
export type Source = (typeof SOURCES)[number];

/** A person's part in the hiring process. */
export const PERSON_ROLES = [
  'interviewer',
  'hiring-manager',
  'recruiter',
  'agency-recruiter',
  'referrer',
  'other',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const CONTACT_STATES = ['active', 'dormant', 'do-not-contact'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

export const CHANNELS = ['email', 'phone', 'linkedin', 'letter', 'card', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DIRECTIONS = ['in', 'out'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a reply read. `asked-to-stop` makes the person do-not-contact. */
export const TONES = ['warm', 'neutral', 'cool', 'asked-to-stop'] as const;
export type Tone = (typeof TONES)[number];

export const LINK_KINDS = ['portfolio', 'article', 'company-news', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How the user felt when a rejection was recorded; an upset user's plan starts later. */
export const MOODS = ['ok', 'disappointed', 'upset'] as const;
export type Mood = (typeof MOODS)[number];

export interface Company {
  id: Id;
  name: string;
  domains: string[];
  careersUrl: string | null;
  notes: string | null;
  createdAt: Instant;
}

export interface Application {
  id: Id;
  companyId: Id;
  role: string;
  jobUrl: string | null;
  source: Source;
  status: ApplicationStatus;
  appliedOn: LocalDate | null;
  notes: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One entry of an application's dated status history. */
export interface StatusChange {
  id: Id;
  applicationId: Id;
  status: ApplicationStatus;
  /** When the change happened (the day the user gave, or now). */
  at: Instant;
  reason: string | null;
  /** Only for rejections: how the user felt when recording it. */
  mood: Mood | null;
}

export interface Person {
  id: Id;
  name: string;
  emails: string[];
  phone: string | null;
  linkedinUrl: string | null;
  companyId: Id | null;
  title: string | null;
  role: PersonRole;
  /** What the user and this person share: an interest, a value, a topic that came up. */
  rapport: string | null;
  contactState: ContactState;
  notes: string | null;
  createdAt: Instant;
}

/** A person's part in one application: who interviewed you for which role, on which date. */
export interface Participation {
  applicationId: Id;
  personId: Id;
  role: PersonRole;
  interviewedOn: LocalDate | null;
}

/** A contact made or received. */
export interface Touch {
  id: Id;
  personId: Id | null;
  applicationId: Id | null;
  at: Instant;
  channel: Channel;
  direction: Direction;
  note: string | null;
  /** For replies (direction `in`): how it read. */
  tone: Tone | null;
  /** The plan step this touch completed, if any. */
  stepId: Id | null;
}

export interface Feedback {
  id: Id;
  applicationId: Id;
  personId: Id | null;
  receivedOn: LocalDate;
  text: string;
}

/** Something worth sharing in a keep-in-touch note. */
export interface Link {
  id: Id;
  url: string;
  title: string;
  kind: LinkKind;
  companyId: Id | null;
  note: string | null;
  addedAt: Instant;
}

/** The kinds of plan step; this list is part of the `agenda --json` contract. */
export const STEP_KINDS = [
  'interview-thank-you',
  'thank-you',
  'feedback-request',
  'recruiter-update',
  'reflection',
  'resell',
  'follow-up',
  'keep-in-touch',
  'status-check',
  'new-opening',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_STATES = ['pending', 'done', 'skipped', 'snoozed', 'cancelled'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** One dated thing to do in a follow-up plan. */
export interface Step {
  id: Id;
  /**
   * Stable identity of the step within its plan (e.g. `rejection:12:thank-you:7`).
   * Re-planning matches steps by key, which is what makes it idempotent.
   */
  key: string;
  applicationId: Id | null;
  /** Null for the user's own steps, such as a reflection. */
  personId: Id | null;
  kind: StepKind;
  due: LocalDate;
  channel: Channel | null;
  /** Why this step exists, in the user's words ("You promised on 3 Nov to follow up in 30 days"). */
  why: string;
  state: StepState;
  snoozedUntil: LocalDate | null;
  /** Why a step was cancelled ("back-off", "asked to stop"). */
  cancelReason: string | null;
  /** The touch a done step produced. */
  touchId: Id | null;
  /** The user changed this step (date, channel or text): re-planning never overwrites it. */
  edited: boolean;
  /** The letter text as the user last edited it, if they did. */
  draft: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The user: who signs the letters, and when and where they work. */
export interface Profile {
  name: string | null;
  email: string | null;
  signature: string | null;
  portfolioUrl: string | null;
  /** The user's own strengths, restated in resell letters. */
  strengths: string[];
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: string;
  workingDays: Weekday[];
  /** Offer a handwritten card rather than e-mail for thank-you notes. */
  prefersCards: boolean;
}

export const DEFAULT_PROFILE: Profile = {
  name: null,
  email: null,
  signature: null,
  portfolioUrl: null,
  strengths: [],
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  prefersCards: false,
};
