/**
 * An in-memory stand-in for the store, for tests only: it holds one application's records and applies
 * `PlanChanges` the way the use case does (ids, timestamps, contact states, the ghosted status).
 */
import { instantAt } from '../dates.js';
import {
  type Application,
  type Company,
  DEFAULT_PROFILE,
  type Feedback,
  type Id,
  type Link,
  type LocalDate,
  type Mood,
  type Participation,
  type Person,
  type PersonRole,
  type Profile,
  type StatusChange,
  type Step,
  type Tone,
  type Touch,
} from '../model.js';
import { contactStateAfterTouch } from './contact-state.js';
import type { Opening, PlanChanges, PlanContext } from './context.js';
import { planApplication } from './plan.js';
import { DEFAULT_PLAYBOOK, type Playbook } from './playbook.js';

export interface World {
  nextId: number;
  profile: Profile;
  playbook: Playbook;
  company: Company;
  application: Application;
  history: StatusChange[];
  people: Array<{ person: Person; participation: Participation }>;
  touches: Touch[];
  steps: Step[];
  feedback: Feedback[];
  links: Link[];
  openings: Opening[];
}

export const TZ = 'Europe/Paris';
/** Noon local time on `day`: when the test "user" acts. */
export const at = (day: LocalDate, tz = TZ) => instantAt(day, '12:00', tz);

export function newWorld(opts: {
  appliedOn: LocalDate;
  profile?: Partial<Profile>;
  playbook?: Playbook;
}): World {
  const created = at(opts.appliedOn, opts.profile?.timeZone ?? TZ);
  return {
    nextId: 100,
    profile: { ...DEFAULT_PROFILE, name: 'Sam Doe', timeZone: TZ, ...opts.profile },
    playbook: opts.playbook ?? DEFAULT_PLAYBOOK,
    company: {
      id: 1,
      name: 'Acme',
      domains: ['acme.example'],
      careersUrl: null,
      notes: null,
      createdAt: created,
    },
    application: {
      id: 2,
      companyId: 1,
      role: 'Product Designer',
      jobUrl: null,
      source: 'board',
      status: 'applied',
      appliedOn: opts.appliedOn,
      notes: null,
      createdAt: created,
      updatedAt: created,
    },
    history: [{ id: 3, applicationId: 2, status: 'applied', at: created, reason: null, mood: null }],
    people: [],
    touches: [],
    steps: [],
    feedback: [],
    links: [],
    openings: [],
  };
}

export function addPerson(
  w: World,
  name: string,
  role: PersonRole,
  interviewedOn: LocalDate | null = null,
): Person {
  const person: Person = {
    id: w.nextId++,
    name,
    emails: [`${name.split(' ')[0]?.toLowerCase()}@acme.example`],
    phone: null,
    linkedinUrl: null,
    companyId: role === 'agency-recruiter' ? null : 1,
    title: null,
    role,
    rapport: null,
    contactState: 'active',
    notes: null,
    createdAt: w.application.createdAt,
  };
  w.people.push({
    person,
    participation: { applicationId: w.application.id, personId: person.id, role, interviewedOn },
  });
  return person;
}

export function setStatus(w: World, status: Application['status'], day: LocalDate, mood: Mood | null = null) {
  w.application = { ...w.application, status, updatedAt: at(day, w.profile.timeZone) };
  w.history.push({
    id: w.nextId++,
    applicationId: w.application.id,
    status,
    at: at(day, w.profile.timeZone),
    reason: null,
    mood,
  });
}

export function contextOf(w: World, today: LocalDate): PlanContext {
  return { today, ...w };
}

export function apply(w: World, changes: PlanChanges, today: LocalDate): void {
  const now = at(today, w.profile.timeZone);
  for (const s of changes.create) w.steps.push({ ...s, id: w.nextId++, createdAt: now, updatedAt: now });
  for (const { id, patch } of changes.update) {
    const i = w.steps.findIndex((s) => s.id === id);
    const old = w.steps[i];
    if (!old) throw new Error(`no step ${id}`);
    w.steps[i] = { ...old, ...patch, updatedAt: now };
  }
  for (const { personId, contactState } of changes.people) {
    const entry = w.people.find((p) => p.person.id === personId);
    if (entry) entry.person = { ...entry.person, contactState };
  }
  if (changes.status) setStatus(w, changes.status.status, changes.status.on);
}

export function replan(w: World, today: LocalDate): PlanChanges {
  const changes = planApplication(contextOf(w, today));
  apply(w, changes, today);
  return changes;
}

function setStep(w: World, id: Id, patch: Partial<Step>, today: LocalDate): Step {
  const i = w.steps.findIndex((s) => s.id === id);
  const old = w.steps[i];
  if (!old) throw new Error(`no step ${id}`);
  const step = { ...old, ...patch, updatedAt: at(today, w.profile.timeZone) };
  w.steps[i] = step;
  return step;
}

/** The user sends the letter of a step on `today` (as `notnow done` does: it logs the touch). */
export function markDone(w: World, id: Id, today: LocalDate): Touch {
  const step = w.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  const touch: Touch = {
    id: w.nextId++,
    personId: step.personId,
    applicationId: step.applicationId,
    at: at(today, w.profile.timeZone),
    channel: step.channel ?? 'email',
    direction: 'out',
    note: null,
    tone: null,
    stepId: id,
  };
  w.touches.push(touch);
  setStep(w, id, { state: 'done', touchId: touch.id }, today);
  return touch;
}

export const skip = (w: World, id: Id, today: LocalDate) => setStep(w, id, { state: 'skipped' }, today);
export const snooze = (w: World, id: Id, until: LocalDate, today: LocalDate) =>
  setStep(w, id, { state: 'snoozed', snoozedUntil: until }, today);

/** A reply from a person, logged as the use case does (contact state updated from the tone). */
export function reply(w: World, personId: Id, today: LocalDate, tone: Tone = 'warm'): Touch {
  const touch: Touch = {
    id: w.nextId++,
    personId,
    applicationId: w.application.id,
    at: at(today, w.profile.timeZone),
    channel: 'email',
    direction: 'in',
    note: null,
    tone,
    stepId: null,
  };
  w.touches.push(touch);
  const entry = w.people.find((p) => p.person.id === personId);
  if (entry) entry.person = { ...entry.person, contactState: contactStateAfterTouch(entry.person, touch) };
  return touch;
}

export const pending = (w: World) => w.steps.filter((s) => s.state === 'pending' || s.state === 'snoozed');
