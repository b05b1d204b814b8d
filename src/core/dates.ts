/**
 * Pure calendar arithmetic on `YYYY-MM-DD` local dates and time-zone conversion through Intl.
 * Nothing here reads the clock: "today" is always an argument.
 */
import type { Instant, LocalDate, Weekday } from './model.js';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtcMs(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m || !isLocalDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function weekday(date: LocalDate): Weekday {
  const js = new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
  return (js === 0 ? 7 : js) as Weekday;
}

export function isWorkingDay(date: LocalDate, workingDays: readonly Weekday[]): boolean {
  return workingDays.includes(weekday(date));
}

/** The date itself when it is a working day, else the next working day. */
export function onOrAfterWorkingDay(date: LocalDate, workingDays: readonly Weekday[]): LocalDate {
  if (workingDays.length === 0) throw new RangeError('at least one working day is needed');
  let d = date;
  while (!isWorkingDay(d, workingDays)) d = addDays(d, 1);
  return d;
}

/** `n` working days after `date` (n = 0 gives the date itself, moved to a working day). */
export function addWorkingDays(date: LocalDate, n: number, workingDays: readonly Weekday[]): LocalDate {
  let d = onOrAfterWorkingDay(date, workingDays);
  for (let i = 0; i < n; i++) d = onOrAfterWorkingDay(addDays(d, 1), workingDays);
  return d;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function isTimeZone(tz: string): boolean {
  try {
    // Building a formatter is the check; the one kept for the zone answers again at no cost.
    partsFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone, as if that wall clock were UTC. */
function wallClockMs(ms: number, tz: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(tz).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

/** The local date of an instant in the user's time zone. */
export function localDateOf(instant: Instant, tz: string): LocalDate {
  return fromUtcMs(wallClockMs(Date.parse(instant), tz));
}

/**
 * The instant at which the wall clock in `tz` shows `date` at `hh:mm`. In a daylight-saving gap
 * the time is pushed forward to the first valid wall-clock moment after it.
 */
export function instantAt(date: LocalDate, time: string, tz: string): Instant {
  const tm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!tm) throw new RangeError(`not a time (HH:MM): ${time}`);
  const wanted = toUtcMs(date) + (Number(tm[1]) * 60 + Number(tm[2])) * 60_000;
  // Two corrections converge for every real zone (offsets change at most once near a moment).
  let guess = wanted - (wallClockMs(wanted, tz) - wanted);
  guess = guess + (wanted - wallClockMs(guess, tz));
  if (wallClockMs(guess, tz) < wanted) guess += wanted - wallClockMs(guess, tz);
  return new Date(guess).toISOString();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov" — the short form used in plan explanations. */
export function shortDate(date: LocalDate): string {
  const [, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]}`;
}

/** "3 Nov 2026". */
export function longDate(date: LocalDate): string {
  return `${shortDate(date)} ${date.slice(0, 4)}`;
}
