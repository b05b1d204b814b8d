/** The user's to-do list: what is overdue, what is for today, what comes in the next days. */
import { addDays } from '../dates.js';
import type { LocalDate, Step } from '../model.js';

export interface Agenda {
  overdue: Step[];
  today: Step[];
  upcoming: Step[];
}

/** The day a step shows up on: its due date, or for a snoozed step the day it was snoozed to. */
export function agendaDay(step: Step): LocalDate {
  return step.state === 'snoozed' && step.snoozedUntil ? step.snoozedUntil : step.due;
}

/**
 * Pending and snoozed steps, grouped and oldest first; `upcoming` holds the `days` days after today
 * (`days` = 0 gives none). Ties are ordered by id, so the list is stable. This is the agenda's
 * definition: the store reads it in SQL, a page at a time (src/store/agenda.ts), and its property
 * test holds those queries to this function on random steps.
 */
export function agenda(steps: readonly Step[], today: LocalDate, days: number): Agenda {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  const last = addDays(today, days);
  const open = steps
    .filter((s) => s.state === 'pending' || s.state === 'snoozed')
    .map((s) => ({ s, day: agendaDay(s) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.s.id - b.s.id);
  return {
    overdue: open.filter((x) => x.day < today).map((x) => x.s),
    today: open.filter((x) => x.day === today).map((x) => x.s),
    upcoming: open.filter((x) => x.day > today && x.day <= last).map((x) => x.s),
  };
}
