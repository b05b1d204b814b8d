/**
 * The records the API answers with (the core types, the profile and the settings), as zod schemas;
 * api-schemas.ts names them for the OpenAPI document and holds each to the type it describes.
 */
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_STATES,
  DIRECTIONS,
  LINK_KINDS,
  MOODS,
  PERSON_ROLES,
  SOURCES,
  STEP_KINDS,
  STEP_STATES,
  TONES,
} from '../core/model.js';

export const id = z.number().int();
export const localDate = z.iso.date().describe('a day, YYYY-MM-DD, in the user’s time zone');
export const instant = z.iso.datetime().describe('a moment, ISO 8601 in UTC');
export const text = z.string().nullable();

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
export const LinkKind = z.enum(LINK_KINDS);
export const LinkSchema = z.object({
  id,
  url: z.string(),
  title: z.string(),
  kind: LinkKind,
  companyId: id.nullable(),
  note: text,
  addedAt: instant,
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
