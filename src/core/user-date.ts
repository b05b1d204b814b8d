/**
 * Reading a date the user typed: `2026-11-03`, or words such as "yesterday", "last Friday", "3 Nov".
 * Words are read relative to `today` (passed in, never the clock), and the result is a local date.
 */
import { GB } from 'chrono-node/en';
import { isLocalDate } from './dates.js';
import { invalidInput } from './errors.js';
import type { LocalDate } from './model.js';

export function parseUserDate(text: string, today: LocalDate, field = 'date'): LocalDate {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (isLocalDate(value)) return value;
    throw invalidInput(`${field}: ${value} is not a real calendar date`, [`${field}: not a real date`]);
  }
  const [y, m, d] = today.split('-').map(Number);
  // A noon reference keeps chrono's arithmetic away from midnight edges; only the date is used.
  const reference = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const result = GB.parse(value, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
  if (!result || result.text.trim().length < value.replace(/[.,]$/, '').length) {
    throw invalidInput(
      `${field}: could not read "${value}" as a date; use YYYY-MM-DD (e.g. ${today}) or words like "yesterday"`,
      [`${field}: not a date`],
    );
  }
  const start = result.start;
  const date = [start.get('year'), start.get('month'), start.get('day')]
    .map((n, i) => String(n ?? 0).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  if (!isLocalDate(date)) throw invalidInput(`${field}: could not read "${value}" as a date`);
  return date;
}
