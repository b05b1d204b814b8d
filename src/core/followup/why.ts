/** Sentences shared by several steps' `why`. */
import { shortDate } from '../dates.js';
import type { LocalDate, Mood, Person } from '../model.js';
import { firstName } from './roster.js';

/** "Rejected on 6 Nov." or "Rejected on 2 Nov; you said you were upset, so this starts on 9 Nov." */
export function rejectedOn(day: LocalDate, mood: Mood, start: LocalDate): string {
  if (mood === 'ok') return `Rejected on ${shortDate(day)}.`;
  return `Rejected on ${shortDate(day)}; you said you were ${mood}, so this starts on ${shortDate(start)}.`;
}

/** The sentence explaining a step the spacing rule moved, or nothing. */
export function spacedNote(due: LocalDate, start: LocalDate, person: Person, spacingDays: number): string {
  if (due <= start) return '';
  return ` Moved to ${shortDate(due)} to keep ${spacingDays} days between letters to ${firstName(person)}.`;
}
