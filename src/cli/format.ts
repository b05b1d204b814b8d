import { localDateOf } from '../core/dates.js';
import type { Instant, Step } from '../core/model.js';

/** An instant as the user's local date and time: "2026-11-03 09:15". */
export function localTime(instant: Instant, tz: string): string {
  const date = localDateOf(instant, tz);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return `${date} ${time}`;
}

export function stepDate(step: Step): string {
  return step.state === 'snoozed' && step.snoozedUntil ? `${step.snoozedUntil} (snoozed)` : step.due;
}
