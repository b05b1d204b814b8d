import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Column names are snake_case in SQL and camelCase here
 * (CamelCasePlugin). Instants are ISO-8601 UTC text and local dates `YYYY-MM-DD` text on both
 * engines, so one query works on SQLite and PostgreSQL and sorts the same way.
 */
export interface CompaniesTable {
  id: number;
  name: string;
  careersUrl: string | null;
  notes: string | null;
  createdAt: string;
}
export interface CompanyDomainsTable {
  companyId: number;
  domain: string;
}
export interface ApplicationsTable {
  id: number;
  companyId: number;
  role: string;
  jobUrl: string | null;
  source: string;
  status: string;
  appliedOn: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * The first day the plan could change with no new data; '0000-01-01': re-plan at the next refresh;
   * '0000-00-00' (`REPLAN_PENDING`): changed by an import that has not re-planned it yet.
   */
  replanOn: Generated<string>;
}
export interface StatusChangesTable {
  id: number;
  applicationId: number;
  status: string;
  at: string;
  reason: string | null;
  mood: string | null;
}
export interface PeopleTable {
  id: number;
  name: string;
  phone: string | null;
  linkedinUrl: string | null;
  companyId: number | null;
  title: string | null;
  role: string;
  rapport: string | null;
  contactState: string;
  notes: string | null;
  createdAt: string;
}
export interface PersonEmailsTable {
  personId: number;
  email: string;
}
export interface ParticipationsTable {
  applicationId: number;
  personId: number;
  role: string;
  interviewedOn: string | null;
}
export interface TouchesTable {
  id: number;
  personId: number | null;
  applicationId: number | null;
  at: string;
  channel: string;
  direction: string;
  note: string | null;
  tone: string | null;
  stepId: number | null;
}
export interface StepsTable {
  id: number;
  key: string;
  applicationId: number | null;
  personId: number | null;
  kind: string;
  due: string;
  channel: string | null;
  why: string;
  state: string;
  snoozedUntil: string | null;
  cancelReason: string | null;
  touchId: number | null;
  /** 0 or 1 on both engines. */
  edited: number;
  draft: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface FeedbackTable {
  id: number;
  applicationId: number;
  personId: number | null;
  receivedOn: string;
  text: string;
}
export interface LinksTable {
  id: number;
  url: string;
  title: string;
  kind: string;
  companyId: number | null;
  note: string | null;
  addedAt: string;
}
export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
}
export interface IdCounterTable {
  name: string;
  value: number;
}

export interface MessagesTable {
  id: number;
  messageKey: string;
  sourceKey: string;
  receivedAt: string | null;
  fromName: string | null;
  fromAddress: string | null;
  subject: string;
  kind: string;
  confidence: number;
  /** JSON: the classifier's evidence. */
  evidence: string;
  /** JSON: what was extracted (company, role, person, date). */
  extraction: string;
  applicationId: number | null;
  state: string;
  /** JSON: what notnow suggests for a message waiting for review. */
  suggestion: string | null;
  body: string | null;
  importedAt: string;
}
export interface ImportCheckpointsTable {
  source: string;
  /** JSON: where the source got to (an mbox offset, IMAP folder states). */
  state: string;
  updatedAt: string;
}

export interface Database {
  companies: CompaniesTable;
  companyDomains: CompanyDomainsTable;
  applications: ApplicationsTable;
  statusChanges: StatusChangesTable;
  people: PeopleTable;
  personEmails: PersonEmailsTable;
  participations: ParticipationsTable;
  touches: TouchesTable;
  steps: StepsTable;
  feedback: FeedbackTable;
  links: LinksTable;
  settings: SettingsTable;
  idCounter: IdCounterTable;
  messages: MessagesTable;
  importCheckpoints: ImportCheckpointsTable;
}
