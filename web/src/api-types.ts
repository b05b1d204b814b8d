// Generated from the server’s OpenAPI document (GET /api/openapi.json) by
// scripts/gen-api-types.mjs. Do not edit: change the schemas in src/server/api-schemas.ts and run
// `npm run gen:api-types`; a test fails while this file is stale.

export const StatusValues = [
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
export type Status = (typeof StatusValues)[number];

export const SourceValues = ['board', 'referral', 'recruiter', 'direct'] as const;
export type Source = (typeof SourceValues)[number];

export const RoleValues = [
  'interviewer',
  'hiring-manager',
  'recruiter',
  'agency-recruiter',
  'referrer',
  'other',
] as const;
export type Role = (typeof RoleValues)[number];

export const ContactStateValues = ['active', 'dormant', 'do-not-contact'] as const;
export type ContactState = (typeof ContactStateValues)[number];

export const ChannelValues = ['email', 'phone', 'linkedin', 'letter', 'card', 'meeting'] as const;
export type Channel = (typeof ChannelValues)[number];

export const DirectionValues = ['in', 'out'] as const;
export type Direction = (typeof DirectionValues)[number];

export const ToneValues = ['warm', 'neutral', 'cool', 'asked-to-stop'] as const;
export type Tone = (typeof ToneValues)[number];

export const MoodValues = ['ok', 'disappointed', 'upset'] as const;
export type Mood = (typeof MoodValues)[number];

export const StepKindValues = [
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
export type StepKind = (typeof StepKindValues)[number];

export const StepStateValues = ['pending', 'done', 'skipped', 'snoozed', 'cancelled'] as const;
export type StepState = (typeof StepStateValues)[number];

export const ErrorCodeValues = [
  'invalid-input',
  'invalid-file',
  'invalid-playbook',
  'invalid-template',
  'not-found',
  'conflict',
  'database-unavailable',
  'database-too-new',
  'send-failed',
  'unauthorized',
  'forbidden',
  'unsupported-media-type',
  'too-large',
  'no-such-route',
  'internal',
] as const;
/**
 * what kind of problem:
 * - `invalid-input` (400): the input was wrong; `issues` says field by field what to fix
 * - `invalid-file` (400): a file to import or restore could not be read
 * - `invalid-playbook` (422): the playbook (playbook.json or the one saved in Settings) breaks a rule
 * - `invalid-template` (422): a letter template override does not compile or names an unknown field
 * - `not-found` (404): no record with that id
 * - `conflict` (409): the change clashes with what is stored (a duplicate, a record still in use)
 * - `database-unavailable` (503): the database cannot be opened or reached
 * - `database-too-new` (503): the database was written by a newer notnow
 * - `send-failed` (502): the SMTP server refused or could not be reached, or sending is not set up
 * - `unauthorized` (401): no valid secret, session or bearer token
 * - `forbidden` (403): refused before any use case: a foreign site, a wrong Host header, a missing CSRF token
 * - `unsupported-media-type` (415): the body was not sent as application/json
 * - `too-large` (413): the body or upload is larger than this server takes; the message names the limit
 * - `no-such-route` (404): there is no such API operation
 * - `internal` (500): a fault inside notnow; the terminal shows the details
 */
export type ErrorCode = (typeof ErrorCodeValues)[number];

export interface ErrorBody {
  error: {
    code: ErrorCode;
    /** what went wrong and what to do about it, in plain words */
    message: string;
    /** field by field, when the input was wrong */
    issues?: string[];
  };
}

export interface Company {
  id: number;
  name: string;
  domains: string[];
  careersUrl: string | null;
  notes: string | null;
  /** a moment, ISO 8601 in UTC */
  createdAt: string;
}

export interface Application {
  id: number;
  companyId: number;
  role: string;
  jobUrl: string | null;
  source: Source;
  status: Status;
  appliedOn: string | null;
  notes: string | null;
  /** a moment, ISO 8601 in UTC */
  createdAt: string;
  /** a moment, ISO 8601 in UTC */
  updatedAt: string;
}

export interface StatusChange {
  id: number;
  applicationId: number;
  status: Status;
  /** a moment, ISO 8601 in UTC */
  at: string;
  reason: string | null;
  mood: Mood | null;
}

export interface Person {
  id: number;
  name: string;
  emails: string[];
  phone: string | null;
  linkedinUrl: string | null;
  companyId: number | null;
  title: string | null;
  role: Role;
  rapport: string | null;
  contactState: ContactState;
  notes: string | null;
  /** a moment, ISO 8601 in UTC */
  createdAt: string;
}

export interface Participation {
  applicationId: number;
  personId: number;
  role: Role;
  interviewedOn: string | null;
}

export interface Touch {
  id: number;
  personId: number | null;
  applicationId: number | null;
  /** a moment, ISO 8601 in UTC */
  at: string;
  channel: Channel;
  direction: Direction;
  note: string | null;
  tone: Tone | null;
  stepId: number | null;
}

export interface Step {
  id: number;
  key: string;
  applicationId: number | null;
  personId: number | null;
  kind: StepKind;
  /** a day, YYYY-MM-DD, in the user’s time zone */
  due: string;
  channel: Channel | null;
  why: string;
  state: StepState;
  snoozedUntil: string | null;
  cancelReason: string | null;
  touchId: number | null;
  edited: boolean;
  draft: string | null;
  /** a moment, ISO 8601 in UTC */
  createdAt: string;
  /** a moment, ISO 8601 in UTC */
  updatedAt: string;
}

export interface Feedback {
  id: number;
  applicationId: number;
  personId: number | null;
  /** a day, YYYY-MM-DD, in the user’s time zone */
  receivedOn: string;
  text: string;
}

export interface Profile {
  name: string | null;
  email: string | null;
  signature: string | null;
  portfolioUrl: string | null;
  strengths: string[];
  /** IANA time zone, e.g. Europe/Paris */
  timeZone: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  workingDays: number[];
  prefersCards: boolean;
}

export interface ServerInfo {
  calendarFeedPath: string;
  smtpConfigured: boolean;
  /** the largest file POST /import takes */
  maxImportBytes: number;
}

export interface PlaybookInterval {
  /** key path in the playbook and in playbook.json */
  key: string;
  group: 'pace' | 'rejection' | 'keep-in-touch' | 'silence';
  label: string;
  help: string;
  unit: 'days' | 'business days' | 'times' | 'letters';
  min: number;
  max: number;
  default: number;
  /** what the follow-up engine uses */
  value: number;
  /** settings: saved on the Settings page; file: set in playbook.json, which wins */
  source: 'default' | 'settings' | 'file';
}

export interface PlaybookView {
  intervals: PlaybookInterval[];
  /** playbook.json, when there is one */
  file: string | null;
  /** why playbook.json cannot be used */
  fileProblem: string | null;
  customised: boolean;
}

export interface PlaybookSaved {
  intervals: PlaybookInterval[];
  /** playbook.json, when there is one */
  file: string | null;
  /** why playbook.json cannot be used */
  fileProblem: string | null;
  customised: boolean;
  /** pending steps whose day changed */
  moved: number;
}

export interface SmtpStatus {
  configured: boolean;
  host: string | null;
  port: number;
  /** TLS from the first byte (port 465); else STARTTLS when offered */
  secure: boolean;
  user: string | null;
  /** the password itself is never shown */
  passwordSet: boolean;
  sources: {
    host: 'env' | 'file' | 'default';
    port: 'env' | 'file' | 'default';
    secure: 'env' | 'file' | 'default';
    user: 'env' | 'file' | 'default';
    password: 'env' | 'file' | 'default';
  };
  env: {
    host: 'NOTNOW_SMTP_HOST';
    port: 'NOTNOW_SMTP_PORT';
    secure: 'NOTNOW_SMTP_SECURE';
    user: 'NOTNOW_SMTP_USER';
    password: 'NOTNOW_SMTP_PASSWORD';
  };
  configFile: string;
  passwordFile: string;
  fromAddress: string | null;
  fromName: string | null;
  problems: string[];
}

export interface TestMessage {
  to: string;
  messageId: string;
  accepted: string[];
}
