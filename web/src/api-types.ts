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

export const LinkKindValues = ['portfolio', 'article', 'company-news', 'other'] as const;
export type LinkKind = (typeof LinkKindValues)[number];

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

export interface Link {
  id: number;
  url: string;
  title: string;
  kind: LinkKind;
  companyId: number | null;
  note: string | null;
  /** a moment, ISO 8601 in UTC */
  addedAt: string;
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

export interface Clock {
  /** a day, YYYY-MM-DD, in the user’s time zone */
  today: string;
  /** a moment, ISO 8601 in UTC */
  now: string;
  /** IANA time zone, e.g. Europe/Paris */
  timeZone: string;
}

export interface Session {
  /** how this request was let in */
  via: 'bearer' | 'session';
  /** for a browser session: the X-CSRF-Token header every change must carry; null for a bearer */
  csrfToken: string | null;
}

export interface ApplicationListItem {
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
  /** the company’s name */
  company: string;
}

export interface ApplicationsPage {
  /** newest change first */
  items: ApplicationListItem[];
  /** how many match, over every page */
  total: number;
  limit: number;
  offset: number;
}

export interface ApplicationAdded {
  application: Application;
  company: Company;
  /** the company was new and has been added */
  companyCreated: boolean;
}

export interface StatusChanged {
  application: Application;
  change: StatusChange;
}

export interface ApplicationPerson {
  person: Person;
  participation: Participation;
}

export interface ApplicationDetails {
  kind: 'application';
  application: Application;
  company: Company;
  /** oldest first */
  history: StatusChange[];
  people: ApplicationPerson[];
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
}

export interface PersonListItem {
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
  /** the company’s name */
  company: string | null;
}

export interface PersonAdded {
  person: Person;
  company: Company | null;
}

export interface PersonDetails {
  kind: 'person';
  person: Person;
  company: Company | null;
  participations: Participation[];
  touches: Touch[];
  steps: Step[];
  /** where the tact rules stand with this person, in plain words */
  backoff: string;
}

export interface LoggedTouch {
  touch: Touch;
  person: Person;
  /** pending steps cancelled because the person asked to stop */
  cancelledSteps: number;
}

export interface CompanyDetails {
  kind: 'company';
  company: Company;
}

export interface AgendaItem {
  id: number;
  kind: StepKind;
  personId: number | null;
  applicationId: number | null;
  /** the day it shows up on: its due date, or the day it was snoozed to */
  due: string;
  channel: Channel | null;
  why: string;
  state: 'pending' | 'snoozed';
  group: 'overdue' | 'today' | 'upcoming';
  person: string | null;
  company: string | null;
  role: string | null;
}

export interface AgendaCounts {
  overdue: number;
  today: number;
  upcoming: number;
}

export interface AgendaPage {
  /** a day, YYYY-MM-DD, in the user’s time zone */
  today: string;
  /** how far ahead upcoming reaches */
  days: number;
  /** this page: overdue, today’s, then upcoming steps, oldest first */
  items: AgendaItem[];
  counts: AgendaCounts;
  /** how many match, over every page */
  total: number;
  limit: number;
  offset: number;
}

export interface StepDone {
  step: Step;
  /** the touch logged for a letter or call to a person */
  touchId: number | null;
}

export const ToneRuleValues = [
  'resentment',
  'blame',
  'pressure',
  'sarcasm',
  'begging',
  'length',
  'shouting',
  'exclamation',
] as const;
export type ToneRule = (typeof ToneRuleValues)[number];

export interface ToneFinding {
  rule: ToneRule;
  /** the words found, exactly as written */
  phrase: string;
  reason: string;
  gentler: string;
  /** offset of the phrase in the text (UTF-16) */
  start: number;
  /** offset just past the phrase */
  end: number;
}

export interface SimilarNote {
  message: string;
  similarity: number;
  /** the step of the note that reads alike */
  otherStep: number | null;
}

export interface SimilarityWarning {
  /** index in `letters`; first < second */
  first: number;
  second: number;
  similarity: number;
  message: string;
}

export interface LetterView {
  step: {
    id: number;
    kind: StepKind;
    state: StepState;
    /** a day, YYYY-MM-DD, in the user’s time zone */
    due: string;
    why: string;
    applicationId: number | null;
  };
  person: {
    id: number;
    name: string;
    email: string | null;
  } | null;
  subject: string;
  text: string;
  edited: boolean;
  variant: number;
  /** every wording this kind of letter has */
  variants: number[];
  /** what the user could add to make the letter better */
  missing: string[];
  tone: ToneFinding[];
  /** notes of the same round that read too alike to this one */
  similar: SimilarNote[];
  mailto: string | null;
  /** why there is no mailto: link, in words */
  mailtoProblem: string | null;
}

export interface LetterSaved {
  tone: ToneFinding[];
  similar: SimilarNote[];
}

export interface LetterSent {
  messageId: string;
  to: string;
  touchId: number | null;
}

export interface PlanLetter {
  step: number;
  kind: StepKind;
  /** a day, YYYY-MM-DD, in the user’s time zone */
  due: string;
  personId: number | null;
  person: string | null;
  subject: string;
  text: string;
  variant: number;
  edited: boolean;
  missing: string[];
  /** checked on the user’s edits only */
  tone: ToneFinding[];
}

export interface ApplicationLetters {
  letters: PlanLetter[];
  similar: SimilarityWarning[];
}

export const ImportItemStatusValues = ['applied', 'review', 'duplicate', 'ignored', 'error'] as const;
export type ImportItemStatus = (typeof ImportItemStatusValues)[number];

export interface ImportStatus {
  id: string;
  /** the file’s name as it was sent */
  name: string;
  format: 'mbox' | 'eml';
  state: 'running' | 'done' | 'failed';
  /** bytes of the file */
  size: number;
  bytesRead: number;
  /** messages read so far */
  items: number;
  counts: {
    applied: number;
    review: number;
    duplicate: number;
    ignored: number;
    error: number;
  };
  /** once every message is read, the plans the import changed are brought up to date: how many so far (null until then, and when it changed none) */
  plans: {
    done: number;
    total: number;
  } | null;
  error: string | null;
  /** a moment, ISO 8601 in UTC */
  startedAt: string;
  finishedAt: string | null;
}

export const MailKindValues = [
  'rejection',
  'offer',
  'interview',
  'assessment',
  'acknowledgement',
  'recruiter-outreach',
  'other',
] as const;
export type MailKind = (typeof MailKindValues)[number];

export interface Suggestion {
  applicationId: number | null;
  matchConfidence: number;
  reason: string;
  status: Status;
  company: string | null;
  role: string | null;
}

export interface ReviewItem {
  id: number;
  receivedAt: string | null;
  from: string | null;
  subject: string;
  kind: MailKind;
  confidence: number;
  suggestion: Suggestion;
  /** the suggested application, as the user knows it */
  application: string | null;
}

export interface MessageAccepted {
  messageId: number;
  applicationId: number;
  status: Status;
}

export interface MessageDismissed {
  messageId: number;
}

export interface DemoLoaded {
  applications: number;
  people: number;
  touches: number;
}

export interface ExportData {
  companies: Company[];
  applications: Application[];
  statusChanges: StatusChange[];
  people: Person[];
  participations: Participation[];
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
  links: Link[];
  settings: Record<string, unknown>;
  /** imported job e-mails, as read */
  messages: {
    id: number;
    messageKey: string;
    sourceKey: string;
    receivedAt: string | null;
    fromName: string | null;
    fromAddress: string | null;
    subject: string;
    kind: MailKind;
    confidence: number;
    evidence: unknown;
    extraction: unknown;
    applicationId: number | null;
    state: 'applied' | 'review' | 'accepted' | 'dismissed';
    suggestion: unknown;
    body: string | null;
    /** a moment, ISO 8601 in UTC */
    importedAt: string;
  }[];
  importCheckpoints: {
    source: string;
    state: unknown;
    /** a moment, ISO 8601 in UTC */
    updatedAt: string;
  }[];
}

export interface ExportFile {
  format: 'notnow-export';
  version: number;
  /** a moment, ISO 8601 in UTC */
  exportedAt: string;
  /** the last database migration */
  schema: string;
  data: ExportData;
}
