/**
 * Rows read back from the database become domain records here, and only here: values stored as
 * text are checked against their unions, so a row edited by hand cannot smuggle an unknown status
 * into the rules.
 */
import { NotNowError } from '../core/errors.js';
import {
  APPLICATION_STATUSES,
  type Application,
  CHANNELS,
  CONTACT_STATES,
  type Company,
  DIRECTIONS,
  type Feedback,
  LINK_KINDS,
  type Link,
  MOODS,
  type Participation,
  PERSON_ROLES,
  type Person,
  SOURCES,
  STEP_KINDS,
  STEP_STATES,
  type StatusChange,
  type Step,
  TONES,
  type Touch,
} from '../core/model.js';
import type {
  ApplicationsTable,
  CompaniesTable,
  FeedbackTable,
  LinksTable,
  ParticipationsTable,
  PeopleTable,
  StatusChangesTable,
  StepsTable,
  TouchesTable,
} from './schema.js';

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new NotNowError('invalid-file', `The database holds an unknown ${what} "${value}".`);
}
function maybe<T extends string>(values: readonly T[], value: string | null, what: string): T | null {
  return value === null ? null : oneOf(values, value, what);
}
const num = (v: number | string) => Number(v);
const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

export const toCompany = (r: CompaniesTable, domains: string[]): Company => ({
  id: num(r.id),
  name: r.name,
  domains,
  careersUrl: r.careersUrl,
  notes: r.notes,
  createdAt: r.createdAt,
});

export const toApplication = (r: Omit<ApplicationsTable, 'replanOn'>): Application => ({
  id: num(r.id),
  companyId: num(r.companyId),
  role: r.role,
  jobUrl: r.jobUrl,
  source: oneOf(SOURCES, r.source, 'source'),
  status: oneOf(APPLICATION_STATUSES, r.status, 'status'),
  appliedOn: r.appliedOn,
  notes: r.notes,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toStatusChange = (r: StatusChangesTable): StatusChange => ({
  id: num(r.id),
  applicationId: num(r.applicationId),
  status: oneOf(APPLICATION_STATUSES, r.status, 'status'),
  at: r.at,
  reason: r.reason,
  mood: maybe(MOODS, r.mood, 'mood'),
});

export const toPerson = (r: PeopleTable, emails: string[]): Person => ({
  id: num(r.id),
  name: r.name,
  emails,
  phone: r.phone,
  linkedinUrl: r.linkedinUrl,
  companyId: numOrNull(r.companyId),
  title: r.title,
  role: oneOf(PERSON_ROLES, r.role, 'role'),
  rapport: r.rapport,
  contactState: oneOf(CONTACT_STATES, r.contactState, 'contact state'),
  notes: r.notes,
  createdAt: r.createdAt,
});

export const toParticipation = (r: ParticipationsTable): Participation => ({
  applicationId: num(r.applicationId),
  personId: num(r.personId),
  role: oneOf(PERSON_ROLES, r.role, 'role'),
  interviewedOn: r.interviewedOn,
});

export const toTouch = (r: TouchesTable): Touch => ({
  id: num(r.id),
  personId: numOrNull(r.personId),
  applicationId: numOrNull(r.applicationId),
  at: r.at,
  channel: oneOf(CHANNELS, r.channel, 'channel'),
  direction: oneOf(DIRECTIONS, r.direction, 'direction'),
  note: r.note,
  tone: maybe(TONES, r.tone, 'tone'),
  stepId: numOrNull(r.stepId),
});

export const toStep = (r: StepsTable): Step => ({
  id: num(r.id),
  key: r.key,
  applicationId: numOrNull(r.applicationId),
  personId: numOrNull(r.personId),
  kind: oneOf(STEP_KINDS, r.kind, 'step kind'),
  due: r.due,
  channel: maybe(CHANNELS, r.channel, 'channel'),
  why: r.why,
  state: oneOf(STEP_STATES, r.state, 'step state'),
  snoozedUntil: r.snoozedUntil,
  cancelReason: r.cancelReason,
  touchId: numOrNull(r.touchId),
  edited: Number(r.edited) === 1,
  draft: r.draft,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const fromStep = (s: Step): StepsTable => ({ ...s, edited: s.edited ? 1 : 0 });

export const toFeedback = (r: FeedbackTable): Feedback => ({
  id: num(r.id),
  applicationId: num(r.applicationId),
  personId: numOrNull(r.personId),
  receivedOn: r.receivedOn,
  text: r.text,
});

export const toLink = (r: LinksTable): Link => ({
  id: num(r.id),
  url: r.url,
  title: r.title,
  kind: oneOf(LINK_KINDS, r.kind, 'link kind'),
  companyId: numOrNull(r.companyId),
  note: r.note,
  addedAt: r.addedAt,
});
