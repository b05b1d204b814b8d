/**
 * The shapes the API answers with, as zod schemas, by name. They are published under
 * `components.schemas` of the OpenAPI document, from which `scripts/gen-api-types.mjs` writes the web
 * app's types; a route names its answer here (`Route.output`), the API tests parse every real answer
 * with it (src/server/answer-check.ts), and the type checks at the bottom hold each schema to the type
 * of the code that produces it, so none of them can drift apart.
 */
import type { z } from 'zod';
import type { ApplicationDetails, addApplication, setStatus } from '../app/applications.js';
import type { ExportFile } from '../app/backup.js';
import type { loadDemo } from '../app/demo.js';
import type { acceptMessage, dismissMessage, ReviewItem, Suggestion } from '../app/inbox-review.js';
import type { letterRound, sendStepLetter } from '../app/letters.js';
import type { addPerson, PersonDetails, PersonListItem } from '../app/people.js';
import type { PlaybookView } from '../app/playbook.js';
import type { ApplicationsPage } from '../app/records-pages.js';
import type { SmtpStatus, TestMessageResult } from '../app/smtp.js';
import type { AgendaItem, AgendaPage, completeStep } from '../app/steps.js';
import type { LoggedTouch } from '../app/touches.js';
import type { SimilarityWarning, ToneFinding } from '../core/letters/index.js';
import type {
  Application,
  Company,
  Feedback,
  Link,
  Participation,
  Person,
  Profile,
  StatusChange,
  Step,
  Touch,
} from '../core/model.js';
import type { StoredMessage } from '../store/messages.js';
import * as A from './api-schemas-answers.js';
import * as R from './api-schemas-records.js';
import { errorBodySchema } from './errors.js';
import type { ImportStatus } from './import-jobs.js';
import type { LetterView } from './letter-view.js';

/** Every named schema of the document, by the name the web app's types take. */
export const API_SCHEMAS = {
  Status: R.Status,
  Source: R.Source,
  Role: R.Role,
  ContactState: R.ContactState,
  Channel: R.Channel,
  Direction: R.Direction,
  Tone: R.Tone,
  Mood: R.Mood,
  StepKind: R.StepKind,
  StepState: R.StepState,
  LinkKind: R.LinkKind,
  ErrorCode: errorBodySchema.shape.error.shape.code,
  ErrorBody: errorBodySchema,
  Company: R.CompanySchema,
  Application: R.ApplicationSchema,
  StatusChange: R.StatusChangeSchema,
  Person: R.PersonSchema,
  Participation: R.ParticipationSchema,
  Touch: R.TouchSchema,
  Step: R.StepSchema,
  Feedback: R.FeedbackSchema,
  Link: R.LinkSchema,
  Profile: R.ProfileSchema,
  ServerInfo: R.ServerInfoSchema,
  PlaybookInterval: R.PlaybookIntervalSchema,
  PlaybookView: R.PlaybookViewSchema,
  PlaybookSaved: R.PlaybookSavedSchema,
  SmtpStatus: R.SmtpStatusSchema,
  TestMessage: R.TestMessageSchema,
  Clock: A.ClockSchema,
  Session: A.SessionSchema,
  ApplicationListItem: A.ApplicationListItemSchema,
  ApplicationsPage: A.ApplicationsPageSchema,
  ApplicationAdded: A.ApplicationAddedSchema,
  StatusChanged: A.StatusChangedSchema,
  ApplicationPerson: A.ApplicationPersonSchema,
  ApplicationDetails: A.ApplicationDetailsSchema,
  PersonListItem: A.PersonListItemSchema,
  PersonAdded: A.PersonAddedSchema,
  PersonDetails: A.PersonDetailsSchema,
  LoggedTouch: A.LoggedTouchSchema,
  CompanyDetails: A.CompanyDetailsSchema,
  AgendaItem: A.AgendaItemSchema,
  AgendaCounts: A.AgendaCountsSchema,
  AgendaPage: A.AgendaPageSchema,
  StepDone: A.StepDoneSchema,
  ToneRule: A.ToneRule,
  ToneFinding: A.ToneFindingSchema,
  SimilarNote: A.SimilarNoteSchema,
  SimilarityWarning: A.SimilarityWarningSchema,
  LetterView: A.LetterViewSchema,
  LetterSaved: A.LetterSavedSchema,
  LetterSent: A.LetterSentSchema,
  PlanLetter: A.PlanLetterSchema,
  ApplicationLetters: A.ApplicationLettersSchema,
  ImportItemStatus: A.ImportItemStatus,
  ImportStatus: A.ImportStatusSchema,
  MailKind: A.MailKind,
  Suggestion: A.SuggestionSchema,
  ReviewItem: A.ReviewItemSchema,
  MessageAccepted: A.MessageAcceptedSchema,
  MessageDismissed: A.MessageDismissedSchema,
  DemoLoaded: A.DemoLoadedSchema,
  ExportData: A.ExportDataSchema,
  ExportFile: A.ExportFileSchema,
} as const;
export type ApiSchemaName = keyof typeof API_SCHEMAS;

// Each schema describes its type exactly: a field added to one and not the other fails to compile.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Assignable both ways and with the same keys (so an optional field on one side is caught too). */
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
type Check<T extends true> = T;
type Of<K extends ApiSchemaName> = z.infer<(typeof API_SCHEMAS)[K]>;
type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Elements<T> = T extends Array<infer E> ? E : never;
export type SchemaChecks = [
  Check<Same<Of<'Company'>, Company>>,
  Check<Same<Of<'Application'>, Application>>,
  Check<Same<Of<'StatusChange'>, StatusChange>>,
  Check<Same<Of<'Person'>, Person>>,
  Check<Same<Of<'Participation'>, Participation>>,
  Check<Same<Of<'Touch'>, Touch>>,
  Check<Same<Of<'Step'>, Step>>,
  Check<Same<Of<'Feedback'>, Feedback>>,
  Check<Same<Of<'Link'>, Link>>,
  Check<Same<Omit<Of<'Profile'>, 'workingDays'>, Omit<Profile, 'workingDays'>>>,
  Check<Same<Of<'PlaybookView'>, PlaybookView>>,
  Check<Same<Of<'SmtpStatus'>, SmtpStatus>>,
  Check<Same<Of<'TestMessage'>, TestMessageResult>>,
  Check<Same<Of<'ApplicationsPage'>, ApplicationsPage>>,
  Check<Same<Of<'ApplicationListItem'>, Elements<ApplicationsPage['items']>>>,
  Check<Same<Of<'ApplicationAdded'>, Answer<typeof addApplication>>>,
  Check<Same<Of<'StatusChanged'>, Answer<typeof setStatus>>>,
  Check<Same<Of<'ApplicationDetails'>, { kind: 'application' } & ApplicationDetails>>,
  Check<Same<Of<'PersonListItem'>, PersonListItem>>,
  Check<Same<Of<'PersonAdded'>, Answer<typeof addPerson>>>,
  Check<Same<Of<'PersonDetails'>, { kind: 'person'; backoff: string } & PersonDetails>>,
  Check<Same<Of<'LoggedTouch'>, LoggedTouch>>,
  Check<Same<Of<'AgendaItem'>, AgendaItem>>,
  Check<Same<Of<'AgendaPage'>, AgendaPage>>,
  Check<Same<Of<'StepDone'>, Answer<typeof completeStep>>>,
  Check<Same<Of<'ToneFinding'>, ToneFinding>>,
  Check<Same<Of<'SimilarityWarning'>, SimilarityWarning>>,
  Check<Same<Of<'LetterView'>, LetterView>>,
  Check<Same<Of<'LetterSent'>, Answer<typeof sendStepLetter>>>,
  Check<Same<Of<'ApplicationLetters'>['similar'], Answer<typeof letterRound>['warnings']>>,
  Check<Same<Of<'ImportStatus'>, ImportStatus>>,
  Check<Same<Of<'Suggestion'>, Suggestion>>,
  Check<Same<Of<'ReviewItem'>, ReviewItem>>,
  Check<Same<Of<'MessageAccepted'>, Answer<typeof acceptMessage>>>,
  Check<Same<Of<'MessageDismissed'>, Answer<typeof dismissMessage>>>,
  Check<Same<Of<'DemoLoaded'>, Answer<typeof loadDemo>>>,
  Check<Same<Omit<Of<'ExportFile'>, 'data'>, Omit<ExportFile, 'data'>>>,
  Check<Same<Omit<Of<'ExportData'>, 'messages'>, Omit<ExportFile['data'], 'messages'>>>,
  // The store keeps a message's kind and state as text; the schema names the values it writes.
  Check<
    Same<
      Omit<Elements<Of<'ExportData'>['messages']>, 'kind' | 'state'>,
      Omit<StoredMessage, 'kind' | 'state'>
    >
  >,
];
