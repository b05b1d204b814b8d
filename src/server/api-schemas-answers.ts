/**
 * The composite answers of the API — pages, details, the agenda, letters, imports, the review queue —
 * built from the records of api-schemas-records.ts (the same instances, so the document refers to them
 * by `$ref`). api-schemas.ts names them and holds each to the type of the code that produces it.
 */
import { z } from 'zod';
import { MAIL_KINDS } from '../core/inbox/kinds.js';
import { TONE_RULES } from '../core/letters/index.js';
import {
  ApplicationSchema,
  Channel,
  CompanySchema,
  FeedbackSchema,
  id,
  instant,
  LinkSchema,
  localDate,
  ParticipationSchema,
  PersonSchema,
  Status,
  StatusChangeSchema,
  StepKind,
  StepSchema,
  StepState,
  TouchSchema,
  text,
} from './api-schemas-records.js';

const count = z.number().int().min(0);
const paging = {
  total: count.describe('how many match, over every page'),
  limit: z.number().int(),
  offset: z.number().int(),
};

export const SessionSchema = z.object({
  via: z.enum(['bearer', 'session']).describe('how this request was let in'),
  csrfToken: z
    .string()
    .nullable()
    .describe('for a browser session: the X-CSRF-Token header every change must carry; null for a bearer'),
});

export const ClockSchema = z.object({
  today: localDate,
  now: instant,
  timeZone: z.string().describe('IANA time zone, e.g. Europe/Paris'),
});

export const ApplicationListItemSchema = ApplicationSchema.extend({
  company: z.string().describe('the company’s name'),
});
export const ApplicationsPageSchema = z.object({
  items: z.array(ApplicationListItemSchema).describe('newest change first'),
  ...paging,
});
export const ApplicationAddedSchema = z.object({
  application: ApplicationSchema,
  company: CompanySchema,
  companyCreated: z.boolean().describe('the company was new and has been added'),
});
export const StatusChangedSchema = z.object({
  /** With its current status: a back-dated change goes into the history without moving it. */
  application: ApplicationSchema,
  change: StatusChangeSchema,
});
export const ApplicationPersonSchema = z.object({ person: PersonSchema, participation: ParticipationSchema });
export const ApplicationDetailsSchema = z.object({
  kind: z.literal('application'),
  application: ApplicationSchema,
  company: CompanySchema,
  history: z.array(StatusChangeSchema).describe('oldest first'),
  people: z.array(ApplicationPersonSchema),
  touches: z.array(TouchSchema),
  steps: z.array(StepSchema),
  feedback: z.array(FeedbackSchema),
});

export const PersonListItemSchema = PersonSchema.extend({
  company: text.describe('the company’s name'),
});
export const PersonAddedSchema = z.object({ person: PersonSchema, company: CompanySchema.nullable() });
export const PersonDetailsSchema = z.object({
  kind: z.literal('person'),
  person: PersonSchema,
  company: CompanySchema.nullable(),
  participations: z.array(ParticipationSchema),
  touches: z.array(TouchSchema),
  steps: z.array(StepSchema),
  backoff: z.string().describe('where the tact rules stand with this person, in plain words'),
});
export const LoggedTouchSchema = z.object({
  touch: TouchSchema,
  /** As it is now: asked-to-stop makes them do-not-contact. */
  person: PersonSchema,
  cancelledSteps: count.describe('pending steps cancelled because the person asked to stop'),
});
export const CompanyDetailsSchema = z.object({ kind: z.literal('company'), company: CompanySchema });

export const AgendaItemSchema = z.object({
  id,
  kind: StepKind,
  personId: id.nullable(),
  applicationId: id.nullable(),
  due: localDate.describe('the day it shows up on: its due date, or the day it was snoozed to'),
  channel: Channel.nullable(),
  why: z.string(),
  state: z.enum(['pending', 'snoozed']),
  group: z.enum(['overdue', 'today', 'upcoming']),
  person: text,
  company: text,
  role: text,
});
export const AgendaCountsSchema = z.object({ overdue: count, today: count, upcoming: count });
export const AgendaPageSchema = z.object({
  today: localDate,
  days: z.number().int().describe('how far ahead upcoming reaches'),
  items: z.array(AgendaItemSchema).describe('this page: overdue, today’s, then upcoming steps, oldest first'),
  /** How many steps each group holds over every page. */
  counts: AgendaCountsSchema,
  ...paging,
});
export const StepDoneSchema = z.object({
  step: StepSchema,
  touchId: id.nullable().describe('the touch logged for a letter or call to a person'),
});

export const ToneRule = z.enum(TONE_RULES);
export const ToneFindingSchema = z.object({
  rule: ToneRule,
  phrase: z.string().describe('the words found, exactly as written'),
  reason: z.string(),
  gentler: z.string(),
  start: z.number().int().describe('offset of the phrase in the text (UTF-16)'),
  end: z.number().int().describe('offset just past the phrase'),
});
const toneFindings = z.array(ToneFindingSchema);
export const SimilarNoteSchema = z.object({
  message: z.string(),
  similarity: z.number().min(0).max(1),
  otherStep: id.nullable().describe('the step of the note that reads alike'),
});
export const SimilarityWarningSchema = z.object({
  first: z.number().int().describe('index in `letters`; first < second'),
  second: z.number().int(),
  similarity: z.number().min(0).max(1),
  message: z.string(),
});
export const LetterViewSchema = z.object({
  step: z.object({
    id,
    kind: StepKind,
    state: StepState,
    due: localDate,
    why: z.string(),
    applicationId: id.nullable(),
  }),
  person: z.object({ id, name: z.string(), email: text }).nullable(),
  subject: z.string(),
  text: z.string(),
  edited: z.boolean(),
  variant: z.number().int(),
  variants: z.array(z.number().int()).describe('every wording this kind of letter has'),
  missing: z.array(z.string()).describe('what the user could add to make the letter better'),
  tone: toneFindings,
  similar: z.array(SimilarNoteSchema).describe('notes of the same round that read too alike to this one'),
  mailto: text,
  mailtoProblem: text.describe('why there is no mailto: link, in words'),
});
export const LetterSavedSchema = z.object({ tone: toneFindings, similar: z.array(SimilarNoteSchema) });
export const LetterSentSchema = z.object({
  messageId: z.string(),
  to: z.string(),
  touchId: id.nullable(),
});
export const PlanLetterSchema = z.object({
  step: id,
  kind: StepKind,
  due: localDate,
  personId: id.nullable(),
  person: text,
  subject: z.string(),
  text: z.string(),
  variant: z.number().int(),
  edited: z.boolean(),
  missing: z.array(z.string()),
  tone: toneFindings.describe('checked on the user’s edits only'),
});
export const ApplicationLettersSchema = z.object({
  letters: z.array(PlanLetterSchema),
  similar: z.array(SimilarityWarningSchema),
});

export const ImportItemStatus = z.enum(['applied', 'review', 'duplicate', 'ignored', 'error']);
export const ImportStatusSchema = z.object({
  id: z.string(),
  name: z.string().describe('the file’s name as it was sent'),
  format: z.enum(['mbox', 'eml']),
  state: z.enum(['running', 'done', 'failed']),
  size: count.describe('bytes of the file'),
  bytesRead: count,
  items: count.describe('messages read so far'),
  counts: z.object(
    Object.fromEntries(ImportItemStatus.options.map((s) => [s, count])) as Record<
      z.infer<typeof ImportItemStatus>,
      typeof count
    >,
  ),
  plans: z
    .object({ done: count, total: count })
    .nullable()
    .describe(
      'once every message is read, the plans the import changed are brought up to date: how many so far ' +
        '(null until then, and when it changed none)',
    ),
  error: text,
  startedAt: instant,
  finishedAt: instant.nullable(),
});
export const MailKind = z.enum(MAIL_KINDS);
export const SuggestionSchema = z.object({
  applicationId: id.nullable(),
  matchConfidence: z.number().min(0).max(1),
  reason: z.string(),
  status: Status,
  company: text,
  role: text,
});
export const ReviewItemSchema = z.object({
  id,
  receivedAt: instant.nullable(),
  from: text,
  subject: z.string(),
  kind: MailKind,
  confidence: z.number().min(0).max(1),
  suggestion: SuggestionSchema,
  application: text.describe('the suggested application, as the user knows it'),
});
export const MessageAcceptedSchema = z.object({ messageId: id, applicationId: id, status: Status });
export const MessageDismissedSchema = z.object({ messageId: id });

export const DemoLoadedSchema = z.object({ applications: count, people: count, touches: count });

const StoredMessageSchema = z.object({
  id,
  messageKey: z.string(),
  sourceKey: z.string(),
  receivedAt: instant.nullable(),
  fromName: text,
  fromAddress: text,
  subject: z.string(),
  kind: MailKind,
  confidence: z.number(),
  evidence: z.unknown(),
  extraction: z.unknown(),
  applicationId: id.nullable(),
  state: z.enum(['applied', 'review', 'accepted', 'dismissed']),
  suggestion: z.unknown(),
  body: text,
  importedAt: instant,
});
export const ExportDataSchema = z.object({
  companies: z.array(CompanySchema),
  applications: z.array(ApplicationSchema),
  statusChanges: z.array(StatusChangeSchema),
  people: z.array(PersonSchema),
  participations: z.array(ParticipationSchema),
  touches: z.array(TouchSchema),
  steps: z.array(StepSchema),
  feedback: z.array(FeedbackSchema),
  links: z.array(LinkSchema),
  settings: z.record(z.string(), z.unknown()),
  messages: z.array(StoredMessageSchema).describe('imported job e-mails, as read'),
  importCheckpoints: z.array(z.object({ source: z.string(), state: z.unknown(), updatedAt: instant })),
});
export const ExportFileSchema = z.object({
  format: z.literal('notnow-export'),
  version: z.number().int(),
  exportedAt: instant,
  schema: z.string().describe('the last database migration'),
  data: ExportDataSchema,
});
