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

/**
 * Days already read, by their text: plans read the same few hundred dates thousands of times, and the
 * check and parse cost more than the lookup. Bounded: past the cap it starts over.
 */
const parsedDays = new Map<string, number>();

function toUtcMs(date: LocalDate): number {
  const known = parsedDays.get(date);
  if (known !== undefined) return known;
  const m = LOCAL_DATE.exec(date);
  if (!m || !isLocalDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (parsedDays.size >= 20_000) parsedDays.clear();
  parsedDays.set(date, ms);
  return ms;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The UTC date of an instant, as `toISOString` writes it. Computed from the day number (H. Hinnant's
 * civil-from-days) because building a Date and an ISO string for it was a hot spot of planning.
 */
function fromUtcMs(ms: number): LocalDate {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years (and for an invalid instant) the ISO form is Date's own, or its error.
  if (!(year >= 0 && year <= 9999)) return new Date(ms).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function weekday(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday; 0 = Sunday, as Date's getUTCDay counts.
  const js = (((Math.floor(toUtcMs(date) / DAY_MS) + 4) % 7) + 7) % 7;
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

/**
 * What the formatter writes: "2026-11-02, 13:05:09". Read from the text, an answer costs about a third
 * of one read from `formatToParts` (~2 µs against ~6 µs); text of any other shape (another ICU, a year
 * outside four digits) is read from the parts, as before.
 */
const FORMATTED = /^(\d{4})-(\d{2})-(\d{2}), (\d{2}):(\d{2}):(\d{2})$/;

/** Wall-clock fields of an instant in a time zone, as if that wall clock were UTC, asked of Intl. */
export function intlWallClockMs(ms: number, tz: string): number {
  const formatter = partsFormatter(tz);
  const m = FORMATTED.exec(formatter.format(ms));
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
    return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  }
  return wallClockFromParts(formatter, ms);
}

/** `intlWallClockMs` read from the formatter's parts, whatever its text looks like. */
export function wallClockFromParts(formatter: Intl.DateTimeFormat, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

const HOUR_MS = 3_600_000;
/** Marks an hour in which the zone's offset changes: such an hour is always asked of Intl. */
const MIXED = Number.NaN;
/**
 * Each zone's UTC offset per UTC hour, as Intl gave it. Asking Intl costs a formatter call and
 * parsing its answer (an mbox import spent ~14 % of its time there, bench scale 1), while a plan or
 * an import asks about the same few hours again and again. Bounded: past the cap a zone starts over.
 */
const offsets = new Map<string, Map<number, number>>();
/** Each zone's offset at the first second of UTC hours: an hour's end is the next hour's start. */
const startOffsets = new Map<string, Map<number, number>>();
const OFFSET_HOURS_KEPT = 200_000;

/** Whole seconds below an instant (Intl's fields stop at the second). */
const floorSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

function zoneMap(maps: Map<string, Map<number, number>>, tz: string): Map<number, number> {
  let zone = maps.get(tz);
  if (!zone) {
    zone = new Map();
    maps.set(tz, zone);
  }
  return zone;
}

/** The zone's offset at the start of this UTC hour. */
function startOffset(hour: number, tz: string): number {
  const zone = zoneMap(startOffsets, tz);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const first = hour * HOUR_MS;
    offset = intlWallClockMs(first, tz) - first;
    if (zone.size >= OFFSET_HOURS_KEPT) zone.clear();
    zone.set(hour, offset);
  }
  return offset;
}

/**
 * The zone's offset throughout this UTC hour, or MIXED when it changes within it. Offsets change at
 * whole seconds and at most once in any hour (tzdb has no two transitions that close), so an hour
 * whose first and last second show the same offset keeps it throughout; and so does one whose start
 * shows the offset the next hour starts with (a change within the hour would still hold at its end).
 * Neighbouring hours share that sample, so most hours cost one question to Intl, not two.
 */
function hourOffset(hour: number, tz: string): number {
  const zone = zoneMap(offsets, tz);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const a = startOffset(hour, tz);
    if (a === startOffset(hour + 1, tz)) offset = a;
    else {
      const last = (hour + 1) * HOUR_MS - 1000;
      offset = intlWallClockMs(last, tz) - last === a ? a : MIXED;
    }
    if (zone.size >= OFFSET_HOURS_KEPT) zone.clear();
    zone.set(hour, offset);
  }
  return offset;
}

/** Wall-clock fields of an instant in a time zone, as if that wall clock were UTC. */
export function wallClockMs(ms: number, tz: string): number {
  const offset = hourOffset(Math.floor(ms / HOUR_MS), tz);
  return Number.isNaN(offset) ? intlWallClockMs(ms, tz) : floorSecond(ms) + offset;
}

/**
 * Local dates already found, per zone, by the instant's text: a re-plan reads the same touch times in
 * every plan of their people (scale 1: ~20,000 distinct a batch), and reading the text each time
 * (Date.parse) cost more than the lookup. Bounded: past the cap a zone starts over.
 */
const localDates = new Map<string, Map<Instant, LocalDate>>();
const LOCAL_DATES_KEPT = 50_000;

/** The local date of an instant in the user's time zone. */
export function localDateOf(instant: Instant, tz: string): LocalDate {
  let zone = localDates.get(tz);
  if (!zone) {
    zone = new Map();
    localDates.set(tz, zone);
  }
  let date = zone.get(instant);
  if (date === undefined) {
    date = fromUtcMs(wallClockMs(Date.parse(instant), tz));
    if (zone.size >= LOCAL_DATES_KEPT) zone.clear();
    zone.set(instant, date);
  }
  return date;
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
