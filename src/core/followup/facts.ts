/**
 * What the planner knows about one person from the raw records: the dates they were written to,
 * the replies they sent, how many keep-in-touch letters went unanswered in a row.
 */
import { localDateOf } from '../dates.js';
import type { Id, Instant, LocalDate, Person, Step, StepKind, Touch } from '../model.js';

/** An outbound touch or a planned letter to a person, on the day it happens. */
export interface Activity {
  date: LocalDate;
  /** The step's key, so a step being placed can ignore its own earlier position. */
  key: string | null;
}

export interface PersonFacts {
  person: Person;
  /** The last reply from this person (any application), as an instant. */
  lastReplyAt: Instant | null;
  /** The day of the last outbound touch to this person (any application), or null. */
  lastOut: LocalDate | null;
  /** Keep-in-touch letters sent since the last reply. */
  unanswered: number;
  /** The date of the last keep-in-touch letter sent or skipped. */
  lastKeepInTouch: LocalDate | null;
  activities: Activity[];
}

/** When a done step was sent: its touch when known, else when it was marked done. */
export function sentAt(step: Step, touches: ReadonlyMap<Id, Touch>): Instant {
  const touch = step.touchId === null ? undefined : touches.get(step.touchId);
  return touch ? touch.at : step.updatedAt;
}

/** The day a step happens or happened: sent (done), snoozed-to, or due. */
export function stepDate(step: Step, touches: ReadonlyMap<Id, Touch>, timeZone: string): LocalDate {
  if (step.state === 'done') return localDateOf(sentAt(step, touches), timeZone);
  if (step.state === 'snoozed' && step.snoozedUntil) return step.snoozedUntil;
  return step.due;
}

export function isActive(step: Step): boolean {
  return step.state === 'pending' || step.state === 'snoozed';
}

const KIT: StepKind = 'keep-in-touch';

export function personFacts(
  person: Person,
  touches: readonly Touch[],
  steps: readonly Step[],
  timeZone: string,
  /** Steps the current planning run will place again; their old dates must not block anything. */
  isMovable: (step: Step) => boolean,
  /** `touches` by id, when the caller has them so already (a plan asks for each of its people). */
  byId: ReadonlyMap<Id, Touch> = new Map(touches.map((t) => [t.id, t])),
): PersonFacts {
  let lastReplyAt: Instant | null = null;
  // The last reply's time, read once rather than at every comparison.
  let lastReplyMs = Number.NaN;
  let lastOut: LocalDate | null = null;
  const activities: Activity[] = [];
  for (const t of touches) {
    if (t.personId !== person.id) continue;
    if (t.direction === 'in') {
      const ms = Date.parse(t.at);
      if (lastReplyAt === null || ms > lastReplyMs) [lastReplyAt, lastReplyMs] = [t.at, ms];
    } else {
      const day = localDateOf(t.at, timeZone);
      if (lastOut === null || day > lastOut) lastOut = day;
      activities.push({ date: day, key: null });
    }
  }
  let unanswered = 0;
  let lastKeepInTouch: LocalDate | null = null;
  for (const s of steps) {
    if (s.personId !== person.id) continue;
    if (s.state === 'done') {
      const inTouches = s.touchId !== null && byId.has(s.touchId);
      const day = stepDate(s, byId, timeZone);
      if (!inTouches) {
        activities.push({ date: day, key: s.key });
        if (lastOut === null || day > lastOut) lastOut = day;
      }
      if (s.kind === KIT && (lastReplyAt === null || Date.parse(sentAt(s, byId)) > lastReplyMs)) unanswered++;
    } else if (isActive(s) && !isMovable(s)) {
      activities.push({ date: stepDate(s, byId, timeZone), key: s.key });
    }
    if (s.kind === KIT && (s.state === 'done' || s.state === 'skipped')) {
      const day = stepDate(s, byId, timeZone);
      if (lastKeepInTouch === null || day > lastKeepInTouch) lastKeepInTouch = day;
    }
  }
  return { person, lastReplyAt, lastOut, unanswered, lastKeepInTouch, activities };
}
