/**
 * The shapes the JSON API answers with, as this app reads them. The app talks only to the API (never
 * to the server's code): every type comes from ./api-types.ts, generated from the server's OpenAPI
 * document (`npm run gen:api-types`), which describes every JSON answer of every route.
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
  AgendaItem,
  AgendaPage as Agenda,
  ApplicationAdded,
  ApplicationDetails,
  ApplicationListItem,
  ApplicationsPage,
  Clock,
  DemoLoaded,
  ErrorBody,
  ErrorCode,
  ImportItemStatus,
  ImportStatus,
  LetterSaved,
  LetterSent,
  LetterView,
  LoggedTouch,
  PersonAdded,
  PersonDetails,
  PersonListItem,
  PlaybookInterval,
  PlaybookSaved,
  PlaybookView,
  ReviewItem,
  Session,
  SimilarNote,
  SmtpStatus,
  TestMessage,
  ToneFinding,
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
