/**
 * The shapes the API answers with, as zod schemas. They are published under `components.schemas` of
 * the OpenAPI document, from which `scripts/gen-api-types.mjs` writes the web app's types; the type
 * checks at the bottom hold each one to the core type it describes, so the three cannot drift apart.
 */
import { z } from 'zod';
import type { PlaybookView } from '../app/playbook.js';
import type { SmtpStatus, TestMessageResult } from '../app/smtp.js';
import {
  APPLICATION_STATUSES,
  type Application,
  CHANNELS,
  CONTACT_STATES,
  type Company,
  DIRECTIONS,
  type Feedback,
  MOODS,
  type Participation,
  PERSON_ROLES,
  type Person,
  type Profile,
  SOURCES,
  STEP_KINDS,
  STEP_STATES,
  type StatusChange,
  type Step,
  TONES,
  type Touch,
} from '../core/model.js';
import { errorBodySchema } from './errors.js';

const id = z.number().int();
const localDate = z.string().describe('a day, YYYY-MM-DD, in the user’s time zone');
const instant = z.string().describe('a moment, ISO 8601 in UTC');
const text = z.string().nullable();

export const Status = z.enum(APPLICATION_STATUSES);
export const Source = z.enum(SOURCES);
export const Role = z.enum(PERSON_ROLES);
export const ContactState = z.enum(CONTACT_STATES);
export const Channel = z.enum(CHANNELS);
export const Direction = z.enum(DIRECTIONS);
export const Tone = z.enum(TONES);
export const Mood = z.enum(MOODS);
export const StepKind = z.enum(STEP_KINDS);
export const StepState = z.enum(STEP_STATES);

export const CompanySchema = z.object({
  id,
  name: z.string(),
  domains: z.array(z.string()),
  careersUrl: text,
  notes: text,
  createdAt: instant,
});
export const ApplicationSchema = z.object({
  id,
  companyId: id,
  role: z.string(),
  jobUrl: text,
  source: Source,
  status: Status,
  appliedOn: localDate.nullable(),
  notes: text,
  createdAt: instant,
  updatedAt: instant,
});
export const StatusChangeSchema = z.object({
  id,
  applicationId: id,
  status: Status,
  at: instant,
  reason: text,
  mood: Mood.nullable(),
});
export const PersonSchema = z.object({
  id,
  name: z.string(),
  emails: z.array(z.string()),
  phone: text,
  linkedinUrl: text,
  companyId: id.nullable(),
  title: text,
  role: Role,
  rapport: text,
  contactState: ContactState,
  notes: text,
  createdAt: instant,
});
export const ParticipationSchema = z.object({
  applicationId: id,
  personId: id,
  role: Role,
  interviewedOn: localDate.nullable(),
});
export const TouchSchema = z.object({
  id,
  personId: id.nullable(),
  applicationId: id.nullable(),
  at: instant,
  channel: Channel,
  direction: Direction,
  note: text,
  tone: Tone.nullable(),
  stepId: id.nullable(),
});
export const StepSchema = z.object({
  id,
  key: z.string(),
  applicationId: id.nullable(),
  personId: id.nullable(),
  kind: StepKind,
  due: localDate,
  channel: Channel.nullable(),
  why: z.string(),
  state: StepState,
  snoozedUntil: localDate.nullable(),
  cancelReason: text,
  touchId: id.nullable(),
  edited: z.boolean(),
  draft: text,
  createdAt: instant,
  updatedAt: instant,
});
export const FeedbackSchema = z.object({
  id,
  applicationId: id,
  personId: id.nullable(),
  receivedOn: localDate,
  text: z.string(),
});
export const ProfileSchema = z.object({
  name: text,
  email: text,
  signature: text,
  portfolioUrl: text,
  strengths: z.array(z.string()),
  timeZone: z.string().describe('IANA time zone, e.g. Europe/Paris'),
  workingDays: z.array(z.number().int().min(1).max(7)).describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
  prefersCards: z.boolean(),
});
export const ServerInfoSchema = z.object({
  calendarFeedPath: z.string(),
  smtpConfigured: z.boolean(),
  maxImportBytes: z.number().int().describe('the largest file POST /import takes'),
});

const intervalFields = {
  key: z.string().describe('key path in the playbook and in playbook.json'),
  group: z.enum(['pace', 'rejection', 'keep-in-touch', 'silence']),
  label: z.string(),
  help: z.string(),
  unit: z.enum(['days', 'business days', 'times', 'letters']),
  min: z.number().int(),
  max: z.number().int(),
  default: z.number().int(),
  value: z.number().int().describe('what the follow-up engine uses'),
  source: z
    .enum(['default', 'settings', 'file'])
    .describe('settings: saved on the Settings page; file: set in playbook.json, which wins'),
};
export const PlaybookIntervalSchema = z.object(intervalFields);
export const PlaybookViewSchema = z.object({
  intervals: z.array(PlaybookIntervalSchema),
  file: text.describe('playbook.json, when there is one'),
  fileProblem: text.describe('why playbook.json cannot be used'),
  customised: z.boolean(),
});
export const PlaybookSavedSchema = PlaybookViewSchema.extend({
  moved: z.number().int().describe('pending steps whose day changed'),
});

const source = z.enum(['env', 'file', 'default']);
const smtpKeys = ['host', 'port', 'secure', 'user', 'password'] as const;
export const SmtpStatusSchema = z.object({
  configured: z.boolean(),
  host: text,
  port: z.number().int(),
  secure: z.boolean().describe('TLS from the first byte (port 465); else STARTTLS when offered'),
  user: text,
  passwordSet: z.boolean().describe('the password itself is never shown'),
  sources: z.object(
    Object.fromEntries(smtpKeys.map((k) => [k, source])) as Record<(typeof smtpKeys)[number], typeof source>,
  ),
  env: z.object({
    host: z.literal('NOTNOW_SMTP_HOST'),
    port: z.literal('NOTNOW_SMTP_PORT'),
    secure: z.literal('NOTNOW_SMTP_SECURE'),
    user: z.literal('NOTNOW_SMTP_USER'),
    password: z.literal('NOTNOW_SMTP_PASSWORD'),
  }),
  configFile: z.string(),
  passwordFile: z.string(),
  fromAddress: text,
  fromName: text,
  problems: z.array(z.string()),
});
export const TestMessageSchema = z.object({
  to: z.string(),
  messageId: z.string(),
  accepted: z.array(z.string()),
});

/** Every named schema of the document, by the name the web app's types take. */
export const API_SCHEMAS = {
  Status,
  Source,
  Role,
  ContactState,
  Channel,
  Direction,
  Tone,
  Mood,
  StepKind,
  StepState,
  ErrorCode: errorBodySchema.shape.error.shape.code,
  ErrorBody: errorBodySchema,
  Company: CompanySchema,
  Application: ApplicationSchema,
  StatusChange: StatusChangeSchema,
  Person: PersonSchema,
  Participation: ParticipationSchema,
  Touch: TouchSchema,
  Step: StepSchema,
  Feedback: FeedbackSchema,
  Profile: ProfileSchema,
  ServerInfo: ServerInfoSchema,
  PlaybookInterval: PlaybookIntervalSchema,
  PlaybookView: PlaybookViewSchema,
  PlaybookSaved: PlaybookSavedSchema,
  SmtpStatus: SmtpStatusSchema,
  TestMessage: TestMessageSchema,
} as const;

// Each schema describes its core type exactly: a field added to one and not the other fails to compile.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Assignable both ways and with the same keys (so an optional field on one side is caught too). */
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
type Check<T extends true> = T;
export type SchemaChecks = [
  Check<Same<z.infer<typeof CompanySchema>, Company>>,
  Check<Same<z.infer<typeof ApplicationSchema>, Application>>,
  Check<Same<z.infer<typeof StatusChangeSchema>, StatusChange>>,
  Check<Same<z.infer<typeof PersonSchema>, Person>>,
  Check<Same<z.infer<typeof ParticipationSchema>, Participation>>,
  Check<Same<z.infer<typeof TouchSchema>, Touch>>,
  Check<Same<z.infer<typeof StepSchema>, Step>>,
  Check<Same<z.infer<typeof FeedbackSchema>, Feedback>>,
  Check<Same<Omit<z.infer<typeof ProfileSchema>, 'workingDays'>, Omit<Profile, 'workingDays'>>>,
  Check<Same<z.infer<typeof PlaybookViewSchema>, PlaybookView>>,
  Check<Same<z.infer<typeof SmtpStatusSchema>, SmtpStatus>>,
  Check<Same<z.infer<typeof TestMessageSchema>, TestMessageResult>>,
];
