/**
 * What an accepted job e-mail does to its application: the writer becomes a person on it, the e-mail a
 * reply from them, and the status moves on (never backwards). An import records many and re-plans what
 * they changed once, at its end; accepting one from the review queue re-plans at once.
 */
import type { Extraction } from '../core/inbox/extract.js';
import type { MailKind } from '../core/inbox/kinds.js';
import { nextStatus } from '../core/inbox/match.js';
import type { Application, ApplicationStatus, Id, PersonRole } from '../core/model.js';
import { insertStatusChange, statusHistory, updateApplication } from '../store/applications.js';
import { findPeopleByEmail, insertPerson, participationsOf, upsertParticipation } from '../store/people.js';
import { type Db, nextId } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import { type PlanRun, replanAround } from './plan.js';

/** What a message says about an application that does not exist yet. */
export function statusForNew(kind: MailKind): ApplicationStatus {
  const map: Partial<Record<MailKind, ApplicationStatus>> = {
    rejection: 'rejected',
    interview: 'interviewing',
    assessment: 'screening',
    offer: 'offer',
    acknowledgement: 'applied',
    'recruiter-outreach': 'saved',
  };
  return map[kind] ?? 'applied';
}

/**
 * Records what a job e-mail says: the writer as a person on the application (when they wrote from a
 * personal address), the e-mail as a reply from them, and the status it moves to (never backwards);
 * then re-plans. Returns the new status, or null when the status stayed.
 */
export async function applyMessage(
  db: Db,
  run: PlanRun,
  application: Application,
  kind: MailKind,
  extraction: Extraction,
  at: string,
  subject: string,
): Promise<ApplicationStatus | null> {
  const recorded = await recordMessage(db, run, application, kind, extraction, at, subject);
  if (recorded.changed) {
    await replanAround(db, run, {
      applicationIds: [application.id],
      personIds: recorded.personId === null ? [] : [recorded.personId],
    });
  }
  return recorded.newStatus;
}

export interface Recorded {
  /** The application as stored afterwards. */
  application: Application;
  newStatus: ApplicationStatus | null;
  /** The writer, when the e-mail was recorded as a reply from them. */
  personId: Id | null;
  /** Whether anything a plan reads changed (a touch or a status): only then is re-planning needed. */
  changed: boolean;
}

/**
 * What `applyMessage` does short of re-planning, which an import does at its end. `newId` hands out
 * the ids of the rows it inserts (an import takes them from the counter many at a time).
 */
export async function recordMessage(
  db: Db,
  run: PlanRun,
  application: Application,
  kind: MailKind,
  extraction: Extraction,
  at: string,
  subject: string,
  newId: () => Promise<Id> = () => nextId(db),
): Promise<Recorded> {
  const personId = await writerOf(db, run, application, extraction, newId);
  if (personId !== null) {
    await insertTouch(
      db,
      {
        personId,
        applicationId: application.id,
        at,
        channel: 'email',
        direction: 'in',
        note: `E-mail: ${subject}`.slice(0, 500),
        tone: kind === 'rejection' ? 'neutral' : null,
        stepId: null,
      },
      await newId(),
    );
  }
  const next = await statusNews(db, application, kind, at);
  const moved = next !== null && next !== application.status;
  let after = application;
  if (moved) {
    await insertStatusChange(
      db,
      {
        applicationId: application.id,
        status: next,
        at,
        reason: `from the e-mail "${subject}"`.slice(0, 500),
        mood: null,
      },
      await newId(),
    );
    after = { ...application, status: next, updatedAt: run.now };
    await updateApplication(db, after);
  }
  return {
    application: after,
    newStatus: moved ? next : null,
    personId,
    changed: moved || personId !== null,
  };
}

/**
 * The status a message written at `at` moves its application to, or null. Any answer ends a silence,
 * but only an answer that came after it: an acknowledgement of the application, imported after the
 * silence was called (a mailbox read in order of folders, not of dates), is old news and does not
 * reopen a ghosted application; a rejection still closes it, whenever it was written. The review queue
 * asks the same question, so what it suggests is what accepting does.
 */
export async function statusNews(
  db: Db,
  application: Application,
  kind: MailKind,
  at: string,
): Promise<ApplicationStatus | null> {
  const next = nextStatus(application.status, kind);
  if (next === null || application.status !== 'ghosted' || next === 'rejected') return next;
  const ghosted = (await statusHistory(db, application.id)).findLast((h) => h.status === 'ghosted');
  return ghosted && at <= ghosted.at ? null : next;
}

/** A writer's part, from the title in their signature: talent people recruit, managers hire. */
export function roleFromTitle(title: string | null, agency: boolean): PersonRole {
  if (agency) return 'agency-recruiter';
  if (!title) return 'recruiter';
  if (/recruit|talent|sourc|people (ops|partner)|human resources|\bhr\b/i.test(title)) return 'recruiter';
  if (
    /hiring manager|\bhead\b|director|manager|\blead\b|\bvp\b|vice president|chief|founder|\bcto\b|\bceo\b/i.test(
      title,
    )
  ) {
    return 'hiring-manager';
  }
  return 'recruiter';
}

const NO_REPLY =
  /^(no-?reply|do-?not-?reply|notifications?|jobs|careers|talent|recruiting|hr|hello|info)[@+.]/i;

async function writerOf(
  db: Db,
  run: PlanRun,
  application: Application,
  extraction: Extraction,
  newId: () => Promise<Id>,
): Promise<Id | null> {
  const writer = extraction.person;
  if (!writer?.email || NO_REPLY.test(writer.email.value)) return null;
  const email = writer.email.value.toLowerCase();
  const known = (await findPeopleByEmail(db, email))[0];
  const role = roleFromTitle(writer.title?.value ?? null, extraction.agency !== null);
  let personId = known?.id;
  if (personId === undefined) {
    if (!writer.name) return null;
    const person = await insertPerson(
      db,
      {
        name: writer.name.value,
        emails: [email],
        phone: null,
        linkedinUrl: null,
        companyId: extraction.agency ? null : application.companyId,
        title: writer.title?.value ?? null,
        role,
        rapport: null,
        contactState: 'active',
        notes: null,
        createdAt: run.now,
      },
      await newId(),
    );
    personId = person.id;
  }
  const linked = await participationsOf(db, { applicationId: application.id, personId });
  if (linked.length === 0) {
    await upsertParticipation(db, {
      applicationId: application.id,
      personId,
      role: known?.role ?? role,
      interviewedOn: null,
    });
  }
  return personId;
}
