import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  instantAt,
  intlWallClockMs,
  localDateOf,
  wallClockFromParts,
  wallClockMs,
  weekday,
} from './dates.js';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe', // a 30-minute daylight-saving shift
  'Asia/Kolkata', // a half-hour offset, no daylight saving
  'America/St_Johns',
  'Pacific/Chatham',
  'UTC',
];
const HOUR = 3_600_000;
const DAY = 86_400_000;
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2045, 0, 1);

/** What `localDateOf` gave before offsets were remembered: Intl asked for every instant. */
function uncachedLocalDate(ms: number, tz: string): string {
  return new Date(intlWallClockMs(ms, tz)).toISOString().slice(0, 10);
}

/** `instantAt` as it was, every step asked of Intl. */
function uncachedInstantAt(date: string, time: string, tz: string): string {
  const [h, m] = time.split(':').map(Number);
  const wanted = Date.parse(`${date}T00:00:00Z`) + ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
  let guess = wanted - (intlWallClockMs(wanted, tz) - wanted);
  guess = guess + (wanted - intlWallClockMs(guess, tz));
  if (intlWallClockMs(guess, tz) < wanted) guess += wanted - intlWallClockMs(guess, tz);
  return new Date(guess).toISOString();
}

/** The UTC hours in which each zone's offset changes, 2024–2027 (scanned with Intl). */
function transitions(tz: string): number[] {
  const found: number[] = [];
  const start = Date.UTC(2024, 0, 1);
  const end = Date.UTC(2028, 0, 1);
  let before = intlWallClockMs(start, tz) - start;
  for (let t = start + 6 * HOUR; t < end; t += 6 * HOUR) {
    const offset = intlWallClockMs(t, tz) - t;
    if (offset !== before) found.push(t - 6 * HOUR);
    before = offset;
  }
  return found;
}

const nearTransitions = ZONES.flatMap((tz) => transitions(tz).map((t) => ({ tz, t })));

describe('remembered time-zone offsets', () => {
  it('reads the same wall clock from the formatted text as from its parts, in any year', () => {
    const formatter = (tz: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    const formatters = new Map(ZONES.map((tz) => [tz, formatter(tz)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.oneof(
          fc.integer({ min: FROM, max: TO }),
          // Years of fewer or more than four digits, where the text takes another shape.
          fc.integer({ min: -8.64e15, max: 8.64e15 }),
          fc.integer({ min: Date.UTC(-50, 0, 1), max: Date.UTC(1200, 0, 1) }),
        ),
        (tz, ms) => {
          expect(intlWallClockMs(ms, tz)).toBe(wallClockFromParts(formatters.get(tz)!, ms));
        },
      ),
      { numRuns: 5000 },
    );
    expect(intlWallClockMs(Date.UTC(12_345, 5, 1), 'UTC')).toBe(Date.UTC(12_345, 5, 1));
  });

  it('remembers local dates per zone: the same instant, asked in turn in each zone, gives each its own', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), (ms) => {
        const instant = new Date(ms).toISOString();
        for (let round = 0; round < 2; round++) {
          for (const tz of ZONES) expect(localDateOf(instant, tz)).toBe(uncachedLocalDate(ms, tz));
        }
      }),
      { numRuns: 2000 },
    );
    expect(() => localDateOf('not an instant', 'UTC')).toThrow(RangeError);
    expect(() => localDateOf('not an instant', 'UTC')).toThrow(RangeError);
  });

  it('finds daylight-saving changes to test around', () => {
    expect(nearTransitions.filter((x) => x.tz === 'Australia/Lord_Howe').length).toBeGreaterThanOrEqual(6);
    expect(nearTransitions.filter((x) => x.tz === 'Asia/Kolkata')).toEqual([]);
  });

  it('reads the wall clock as Intl does, second by second around every change of offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nearTransitions),
        fc.integer({ min: 0, max: 6 * HOUR }),
        fc.integer({ min: 0, max: 999 }),
        ({ tz, t }, delta, extraMs) => {
          const ms = t + delta + extraMs;
          expect(wallClockMs(ms, tz)).toBe(intlWallClockMs(ms, tz));
        },
      ),
      { numRuns: 5000 },
    );
    // Every hour of each window (the hours holding a change are those a remembered offset could get wrong).
    for (const { tz, t } of nearTransitions) {
      for (let ms = t; ms <= t + 6 * HOUR; ms += 60_000)
        expect(wallClockMs(ms, tz)).toBe(intlWallClockMs(ms, tz));
    }
  });

  it('gives the local date Intl gives, at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (tz, ms) => {
        const instant = new Date(ms).toISOString();
        expect(localDateOf(instant, tz)).toBe(uncachedLocalDate(ms, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the local date Intl gives, second by second around daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nearTransitions),
        fc.integer({ min: 0, max: 6 * HOUR + 3 * HOUR }),
        ({ tz, t }, delta) => {
          // Local midnight falls in the changing hour in some zones; shift so both sides are seen.
          for (const ms of [t + delta, t + delta - 12 * HOUR, t + delta + 12 * HOUR]) {
            expect(localDateOf(new Date(ms).toISOString(), tz)).toBe(uncachedLocalDate(ms, tz));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds the instant of a wall-clock time as Intl does, also in gaps and overlaps', () => {
    const days = [...new Set(nearTransitions.map(({ t }) => new Date(t).toISOString().slice(0, 10)))];
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.oneof(
          fc.constantFrom(...days),
          fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
        ),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45, 59),
        (tz, day, shift, h, m) => {
          const date = addDays(day, shift);
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(instantAt(date, time, tz)).toBe(uncachedInstantAt(date, time, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('calendar arithmetic', () => {
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('adds days as Date does, across leap years and centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1) / DAY, max: Date.UTC(2400, 0, 1) / DAY }),
        fc.integer({ min: -4000, max: 4000 }),
        (day, n) => {
          expect(addDays(isoDay(day * DAY), n)).toBe(isoDay((day + n) * DAY));
          expect(daysBetween(isoDay(day * DAY), isoDay((day + n) * DAY))).toBe(n);
        },
      ),
    );
  });

  it('names the weekday as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / DAY, max: Date.UTC(2400, 0, 1) / DAY }), (day) => {
        const js = new Date(day * DAY).getUTCDay();
        expect(weekday(isoDay(day * DAY))).toBe(js === 0 ? 7 : js);
      }),
    );
  });

  it('refuses what is not a date, also the second time it is asked', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
      expect(() => addDays('2026-2-3', 1)).toThrow(RangeError);
    }
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });
});
