/**
 * The shapes the JSON API answers with, as this app reads them. The app talks only to the API
 * (never to the server's code), so these are its own copy; the API reference is at /api/docs.
 */
export type Id = number;
export type LocalDate = string;
export type Instant = string;

export const STATUSES = [
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
export type Status = (typeof STATUSES)[number];
export const SOURCES = ['board', 'referral', 'recruiter', 'direct'] as const;
export type Source = (typeof SOURCES)[number];
export const ROLES = [
  'interviewer',
  'hiring-manager',
  'recruiter',
  'agency-recruiter',
  'referrer',
  'other',
] as const;
export type Role = (typeof ROLES)[number];
export const CONTACT_STATES = ['active', 'dormant', 'do-not-contact'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];
export const CHANNELS = ['email', 'phone', 'linkedin', 'letter', 'card', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];
export const TONES = ['warm', 'neutral', 'cool', 'asked-to-stop'] as const;
export type Tone = (typeof TONES)[number];
export const MOODS = ['ok', 'disappointed', 'upset'] as const;
export type Mood = (typeof MOODS)[number];

export interface Company {
  id: Id;
  name: string;
  domains: string[];
  careersUrl: string | null;
  notes: string | null;
}

export interface Application {
  id: Id;
  companyId: Id;
  role: string;
  jobUrl: string | null;
  source: Source;
  status: Status;
  appliedOn: LocalDate | null;
  notes: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}
export interface ApplicationListItem extends Application {
  company: string;
}

/** A page of GET /api/applications: newest change first, and how many match in all. */
export interface ApplicationsPage {
  items: ApplicationListItem[];
  total: number;
  limit: number;
  offset: number;
}

export interface StatusChange {
  id: Id;
  status: Status;
  at: Instant;
  reason: string | null;
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
  role: Role;
  rapport: string | null;
  contactState: ContactState;
  notes: string | null;
  createdAt: Instant;
}
export interface PersonListItem extends Person {
  company: string | null;
}

export interface Participation {
  applicationId: Id;
  personId: Id;
  role: Role;
  interviewedOn: LocalDate | null;
}

export interface Touch {
  id: Id;
  personId: Id | null;
  applicationId: Id | null;
  at: Instant;
  channel: Channel;
  direction: 'in' | 'out';
  note: string | null;
  tone: Tone | null;
}

export interface Step {
  id: Id;
  applicationId: Id | null;
  personId: Id | null;
  kind: string;
  due: LocalDate;
  channel: Channel | null;
  why: string;
  state: 'pending' | 'done' | 'skipped' | 'snoozed' | 'cancelled';
  snoozedUntil: LocalDate | null;
  cancelReason: string | null;
}

export interface Feedback {
  id: Id;
  applicationId: Id;
  personId: Id | null;
  receivedOn: LocalDate;
  text: string;
}

export interface ApplicationDetails {
  kind: 'application';
  application: Application;
  company: Company;
  history: StatusChange[];
  people: Array<{ person: Person; participation: Participation }>;
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
}

export interface PersonDetails {
  kind: 'person';
  person: Person;
  company: Company | null;
  participations: Participation[];
  touches: Touch[];
  steps: Step[];
  /** Where the tact rules stand, in plain words. */
  backoff?: string;
}

export interface Profile {
  name: string | null;
  email: string | null;
  signature: string | null;
  portfolioUrl: string | null;
  strengths: string[];
  timeZone: string;
  workingDays: number[];
  prefersCards: boolean;
}

export interface Clock {
  today: LocalDate;
  now: Instant;
  timeZone: string;
}

/** One line of GET /api/agenda (the `notnow agenda --json` contract). */
export interface AgendaItem {
  id: number;
  kind: string;
  personId: number | null;
  applicationId: number | null;
  due: string;
  channel: Channel | null;
  why: string;
  state: 'pending' | 'snoozed';
  group: 'overdue' | 'today' | 'upcoming';
  person: string | null;
  company: string | null;
  role: string | null;
}
/** A page of GET /api/agenda: the items of this page, and how many each group holds in all. */
export interface Agenda {
  today: string;
  days: number;
  items: AgendaItem[];
  counts: Record<AgendaItem['group'], number>;
  total: number;
  limit: number;
  offset: number;
}

export interface ToneFinding {
  rule: string;
  phrase: string;
  reason: string;
  gentler: string;
  start: number;
  end: number;
}
export interface SimilarNote {
  message: string;
  similarity: number;
  otherStep: number | null;
}
export interface LetterView {
  step: { id: number; kind: string; state: string; due: string; why: string; applicationId: number | null };
  person: { id: number; name: string; email: string | null } | null;
  subject: string;
  text: string;
  edited: boolean;
  variant: number;
  variants: number[];
  missing: string[];
  tone: ToneFinding[];
  similar: SimilarNote[];
  mailto: string | null;
  mailtoProblem: string | null;
}
export interface ServerInfo {
  calendarFeedPath: string;
  smtpConfigured: boolean;
  maxImportBytes: number;
}

export type ImportItemStatus = 'applied' | 'review' | 'duplicate' | 'ignored' | 'error';
export interface ImportStatus {
  id: string;
  name: string;
  format: 'mbox' | 'eml';
  state: 'running' | 'done' | 'failed';
  size: number;
  bytesRead: number;
  items: number;
  counts: Record<ImportItemStatus, number>;
  error: string | null;
}
export interface ReviewItem {
  id: number;
  receivedAt: string | null;
  from: string | null;
  subject: string;
  kind: string;
  confidence: number;
  suggestion: {
    applicationId: number | null;
    matchConfidence: number;
    reason: string;
    status: Status;
    company: string | null;
    role: string | null;
  };
  application: string | null;
}
