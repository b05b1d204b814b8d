import type { UserFiles } from '../adapters/config/user-files.js';
import { instantAt, localDateOf } from '../core/dates.js';
import type { Instant, LocalDate } from '../core/model.js';
import type { Store } from '../store/store.js';

/** The clock port. The core never reads the time; use cases ask this, in the user's time zone. */
export interface Clock {
  now(timeZone: string): Instant;
  today(timeZone: string): LocalDate;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: (tz) => localDateOf(new Date().toISOString(), tz),
};

/** A clock stopped on one day (`--today`, NOTNOW_TODAY): noon local time on that day. */
export function pinnedClock(day: LocalDate): Clock {
  return { now: (tz) => instantAt(day, '12:00', tz), today: () => day };
}

/** What every use case is given: the ports it may use. */
export interface AppContext {
  store: Store;
  clock: Clock;
  /** The user's playbook and template overrides. */
  files: UserFiles;
  /**
   * Tells the user about slow work under way, in a sentence (the CLI writes it to stderr, the server to
   * its log); absent where nobody is watching.
   */
  notice?: (message: string) => void;
}
