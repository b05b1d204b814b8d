/**
 * The planner's working state: proposals of steps by key, placed on working days and kept apart per
 * person, turned into creates and updates against the existing steps. Pure; one builder per run.
 */
import { addDays, daysBetween, isWorkingDay, maxDate, onOrAfterWorkingDay } from '../dates.js';
import type { Channel, Id, LocalDate, Person, StepKind, StepState, Touch, Weekday } from '../model.js';
import type { NewStep, PlanChanges, PlanContext, StepPatch } from './context.js';
import { type PersonFacts, personFacts, stepDate } from './facts.js';

export interface Draft {
  key: string;
  personId: Id | null;
  kind: StepKind;
  /** The earliest day the playbook wants this step; moved to today when past, then to a working day. */
  nominal: LocalDate;
  /** Follows the spacing rule (outside the first round of letters). */
  spaced: boolean;
  /** A letter first planned more than a week after this day is no longer worth sending. */
  staleAfter?: LocalDate;
  /** `start` is where the step would fall without the spacing rule; `due` is where it falls. */
  why: (due: LocalDate, start: LocalDate) => string;
}

/** Where a proposed step stands after planning. */
export interface Placed {
  date: LocalDate;
  state: StepState;
}

function lastWorkingDayBefore(day: LocalDate, workingDays: readonly Weekday[]): LocalDate {
  let d = addDays(day, -1);
  while (!isWorkingDay(d, workingDays)) d = addDays(d, -1);
  return d;
}

/** A week past its deadline, a first letter would be more awkward than helpful. */
const STALE_GRACE_DAYS = 7;

const minDate = (a: LocalDate, b: LocalDate) => (a <= b ? a : b);

export class PlanBuilder {
  readonly changes: PlanChanges = { create: [], update: [], people: [], status: null };
  readonly desired = new Set<string>();
  readonly facts = new Map<Id, PersonFacts>();
  readonly touchesById: ReadonlyMap<Id, Touch>;
  private readonly byKey = new Map<string, PlanContext['steps'][number]>();
  private readonly patches = new Map<Id, StepPatch>();
  private wakeOn: LocalDate | null = null;

  constructor(readonly ctx: PlanContext) {
    this.touchesById = new Map(ctx.touches.map((t) => [t.id, t]));
    for (const s of ctx.steps) this.byKey.set(s.key, s);
    const appId = ctx.application.id;
    const movable = (s: PlanContext['steps'][number]) =>
      s.state === 'pending' && !s.edited && s.applicationId === appId;
    for (const { person } of ctx.people) {
      if (!this.facts.has(person.id)) {
        this.facts.set(
          person.id,
          personFacts(person, ctx.touches, ctx.steps, ctx.profile.timeZone, movable, this.touchesById),
        );
      }
    }
  }

  get today(): LocalDate {
    return this.ctx.today;
  }

  /**
   * Notes a day after today on which this plan could come out differently with no new data (a wait
   * running out, a day arriving). `replanOn` is the earliest of them: until then, planning again
   * gives nothing new.
   */
  wake(day: LocalDate): void {
    if (day > this.ctx.today && (this.wakeOn === null || day < this.wakeOn)) this.wakeOn = day;
  }

  /** The first day planning again could change something without new data; null: never. */
  get replanOn(): LocalDate | null {
    return this.wakeOn;
  }

  existing(key: string) {
    return this.byKey.get(key);
  }

  /** The state the person is in for this run (the planner may have just made them dormant). */
  contactState(personId: Id): Person['contactState'] {
    const change = this.changes.people.find((p) => p.personId === personId);
    return change ? change.contactState : (this.facts.get(personId)?.person.contactState ?? 'active');
  }

  patch(id: Id, patch: StepPatch): void {
    const merged = { ...this.patches.get(id), ...patch };
    if (!this.patches.has(id)) this.changes.update.push({ id, patch: merged });
    else {
      const entry = this.changes.update.find((u) => u.id === id);
      if (entry) entry.patch = merged;
    }
    this.patches.set(id, merged);
  }

  isPatched(id: Id): boolean {
    return this.patches.has(id);
  }

  /** The step's state once this run's changes are applied. */
  stateAfter(step: PlanContext['steps'][number]): StepState {
    return this.patches.get(step.id)?.state ?? step.state;
  }

  /**
   * Propose a step. Returns where it stands, or null when it is not (or no longer) planned:
   * the person may not be written to, or the letter is too late to start.
   */
  propose(draft: Draft, channel: Channel | null): Placed | null {
    const { today, profile } = this.ctx;
    if (draft.personId !== null) {
      const state = this.contactState(draft.personId);
      if (state === 'do-not-contact') return null;
      if (state === 'dormant' && draft.kind !== 'new-opening') return null;
    }
    const existing = this.byKey.get(draft.key);
    if (existing && existing.applicationId !== this.ctx.application.id && existing.applicationId !== null) {
      // Another application's plan owns this step (a person-level keep-in-touch); leave it to that plan.
      return existing.state === 'cancelled' ? null : { date: this.dateOf(existing), state: existing.state };
    }
    const starting = !existing || existing.state === 'cancelled';
    // No day to note for a letter not yet stale: it is planned now, and then no longer starting.
    if (starting && draft.staleAfter && today >= addDays(draft.staleAfter, STALE_GRACE_DAYS + 1)) return null;
    this.desired.add(draft.key);
    if (existing) {
      const fixed = existing.state !== 'pending' && existing.state !== 'cancelled';
      if (fixed || existing.edited) {
        if (existing.state === 'cancelled') return null;
        return { date: this.dateOf(existing), state: existing.state };
      }
    }
    // A pending step keeps its (possibly overdue) day; a new one starts no earlier than today.
    const floor = existing?.state === 'pending' ? minDate(existing.due, today) : today;
    const start = onOrAfterWorkingDay(maxDate(draft.nominal, floor), profile.workingDays);
    const due =
      draft.spaced && draft.personId !== null ? this.spacedDay(draft.personId, draft.key, start) : start;
    // The spacing note compares with the day the step would have without spacing, from today's view
    // only (not the step's stored date), so planning twice gives the same words.
    const unspaced = onOrAfterWorkingDay(maxDate(draft.nominal, today), profile.workingDays);
    const why = draft.why(due, unspaced);
    // A placed step stays where it is as days pass (once today passes its day, the floor is that day).
    // Only the spacing note reads today, through `unspaced`, and it changes once `unspaced` reaches
    // the step's day: the day after the last working day before it.
    if (due > unspaced) this.wake(addDays(lastWorkingDayBefore(due, profile.workingDays), 1));
    if (draft.personId !== null)
      this.facts.get(draft.personId)?.activities.push({ date: due, key: draft.key });
    if (!existing) {
      const step: NewStep = {
        key: draft.key,
        applicationId: this.ctx.application.id,
        personId: draft.personId,
        kind: draft.kind,
        due,
        channel,
        why,
        state: 'pending',
        snoozedUntil: null,
        cancelReason: null,
        touchId: null,
        edited: false,
        draft: null,
      };
      this.changes.create.push(step);
    } else {
      const patch: StepPatch = {};
      if (existing.state === 'cancelled') Object.assign(patch, { state: 'pending', cancelReason: null });
      if (existing.due !== due) patch.due = due;
      if (existing.why !== why) patch.why = why;
      if (existing.channel !== channel) patch.channel = channel;
      if (Object.keys(patch).length > 0) this.patch(existing.id, patch);
    }
    return { date: due, state: 'pending' };
  }

  private dateOf(step: PlanContext['steps'][number]): LocalDate {
    return stepDate(step, this.touchesById, this.ctx.profile.timeZone);
  }

  /**
   * The first working day on or after `start` that keeps the spacing from every other letter to the
   * person. Always the earliest such day, so a reply that resets the back-off brings a letter forward.
   */
  private spacedDay(personId: Id, key: string, start: LocalDate): LocalDate {
    const { spacingDays } = this.ctx.playbook;
    const { workingDays } = this.ctx.profile;
    const others = (this.facts.get(personId)?.activities ?? []).filter((a) => a.key !== key);
    const clash = (day: LocalDate) => others.find((a) => Math.abs(daysBetween(a.date, day)) < spacingDays);
    let day = start;
    for (let hit = clash(day); hit; hit = clash(day)) {
      day = onOrAfterWorkingDay(addDays(hit.date, spacingDays), workingDays);
    }
    return day;
  }
}
