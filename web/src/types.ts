/**
 * The shapes the JSON API answers with, as this app reads them. The app talks only to the API (never
 * to the server's code): the base types come from ./api-types.ts, generated from the server's OpenAPI
 * document (`npm run gen:api-types`); the composite answers below are described here until their
 * routes publish a schema.
 */
import {
  type Application,
  type Channel,
  ChannelValues,
  type Company,
  type ContactState,
  ContactStateValues,
  type Feedback,
  type Mood,
  MoodValues,
  type Participation,
  type Person,
  type Profile,
  type Role,
  RoleValues,
  type ServerInfo,
  type Source,
  SourceValues,
  type Status,
  type StatusChange,
  StatusValues,
  type Step,
  type Tone,
  ToneValues,
  type Touch,
} from './api-types.js';

export type {
  ErrorBody,
  ErrorCode,
  PlaybookInterval,
  PlaybookSaved,
  PlaybookView,
  SmtpStatus,
  TestMessage,
} from './api-types.js';
export type {
  Application,
  Channel,
  Company,
  ContactState,
  Feedback,
  Mood,
  Participation,
  Person,
  Profile,
  Role,
  ServerInfo,
  Source,
  Status,
  StatusChange,
  Step,
  Tone,
  Touch,
};

export type Id = number;
export type LocalDate = string;
export type Instant = string;

export const STATUSES = StatusValues;
export const SOURCES = SourceValues;
export const ROLES = RoleValues;
export const CONTACT_STATES = ContactStateValues;
export const CHANNELS = ChannelValues;
export const TONES = ToneValues;
export const MOODS = MoodValues;

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

export interface PersonListItem extends Person {
  company: string | null;
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
