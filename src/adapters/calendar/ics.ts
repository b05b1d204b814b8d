/**
 * The calendar feed: plan steps as iCalendar events, one string, no I/O. `notnow calendar --out` writes
 * it to a file and the web server serves it at a secret URL, so both give calendar apps the same feed.
 *
 * - Each step is an event at 09:00 in the user's time zone, 30 minutes long, its `why` in the description.
 * - UIDs are `step-<id>@notnow`: importing or refreshing again updates the same events, never duplicates.
 * - Steps no longer to do (cancelled, done, skipped) stay in the feed as STATUS:CANCELLED, so a calendar
 *   that imported them earlier drops them on the next import; the description says what happened.
 * - SEQUENCE grows with the step's `updatedAt`, which is what makes clients take an update.
 * - Times are written in UTC (computed for the user's zone, daylight saving included), which every client
 *   reads the same way without a VTIMEZONE block; X-WR-TIMEZONE names the zone for display.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { instantAt, isTimeZone, longDate } from '../../core/dates.js';
import type { Step } from '../../core/model.js';

export interface IcsItem {
  step: Step;
  /** What the event is called, e.g. "Thank-you note to Ana Ruiz (Acme)". */
  title: string;
}

export interface IcsOptions {
  /** The user's IANA time zone (the profile's). */
  timeZone: string;
  calendarName: string;
}

/** 09:00: a reminder at the start of the working day. */
const START = '09:00';
const MINUTES = 30;
/** Seconds counted from here keep SEQUENCE a small positive integer (32-bit safe until 2088). */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

function sequenceOf(step: Step): number {
  const ms = Date.parse(step.updatedAt);
  if (Number.isNaN(ms))
    throw new RangeError(`step ${step.id}: updatedAt is not an instant: ${step.updatedAt}`);
  return Math.max(0, Math.floor((ms - SEQUENCE_EPOCH) / 1000));
}

function descriptionOf(step: Step): string {
  const lines: string[] = [];
  if (step.state === 'cancelled')
    lines.push(`Cancelled${step.cancelReason ? `: ${step.cancelReason}` : ''}.`);
  if (step.state === 'done') lines.push('Done.');
  if (step.state === 'skipped') lines.push('Skipped.');
  if (step.state === 'snoozed') lines.push(`Snoozed from ${longDate(step.due)}.`);
  lines.push(step.why);
  if (step.channel) lines.push(`Channel: ${step.channel}.`);
  lines.push(`notnow step ${step.id} (${step.kind})`);
  return lines.join('\n');
}

export function stepsToIcs(items: readonly IcsItem[], opts: IcsOptions): string {
  if (!isTimeZone(opts.timeZone)) throw new RangeError(`unknown time zone: ${opts.timeZone}`);
  const cal = ical({
    name: opts.calendarName,
    prodId: { company: 'notnow', product: 'follow-ups' },
    // Subscribed calendars look again every hour, so a done or snoozed step soon shows there too.
    ttl: 60 * 60,
  });
  cal.x('X-WR-TIMEZONE', opts.timeZone);
  const sorted = [...items].sort((a, b) => a.step.id - b.step.id);
  for (const { step, title } of sorted) {
    const day = step.state === 'snoozed' && step.snoozedUntil ? step.snoozedUntil : step.due;
    const start = new Date(instantAt(day, START, opts.timeZone));
    const open = step.state === 'pending' || step.state === 'snoozed';
    cal.createEvent({
      id: `step-${step.id}@notnow`,
      sequence: sequenceOf(step),
      start,
      end: new Date(start.getTime() + MINUTES * 60_000),
      stamp: step.updatedAt,
      created: step.createdAt,
      lastModified: step.updatedAt,
      summary: title,
      description: descriptionOf(step),
      status: open ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    });
  }
  return cal.toString();
}
