/**
 * Dates as a letter says them: "Thursday 3 December", with the year only when it is not this year,
 * and "yesterday" or "on Tuesday" for the last few days.
 */
import { daysBetween } from '../dates.js';
import type { LocalDate } from '../model.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(date: LocalDate): { year: number; month: number; day: number; weekday: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "3 December", or "3 December 2027" when the year differs from today's. */
export function letterDay(date: LocalDate, today: LocalDate): string {
  const p = parts(date);
  const base = `${p.day} ${MONTHS[p.month - 1]}`;
  return p.year === parts(today).year ? base : `${base} ${p.year}`;
}

/** "Thursday 3 December" (the year added when it differs from today's). */
export function letterDate(date: LocalDate, today: LocalDate): string {
  return `${WEEKDAYS[parts(date).weekday]} ${letterDay(date, today)}`;
}

/**
 * A past day as it reads after "I met you …": "today", "yesterday", "on Tuesday" within the last
 * week (a weekday name further back would be ambiguous), else "on 3 November".
 */
export function relativePastDay(date: LocalDate, today: LocalDate): string {
  const ago = daysBetween(date, today);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago > 1 && ago < 7) return `on ${WEEKDAYS[parts(date).weekday]}`;
  return `on ${letterDay(date, today)}`;
}
