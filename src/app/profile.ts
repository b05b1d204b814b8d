import { z } from 'zod';
import { isTimeZone } from '../core/dates.js';
import { DEFAULT_PROFILE, type Profile, type Weekday } from '../core/model.js';
import { getSetting, setSetting } from '../store/settings.js';
import type { Db } from '../store/store.js';
import type { AppContext } from './context.js';
import { emailInput, optionalText, parseInput, urlInput } from './input.js';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "mon-fri", "mon,tue,thu" or [1,2,3] → ISO weekdays. */
export function parseWorkingDays(value: string | number[]): Weekday[] {
  if (Array.isArray(value)) return [...new Set(value)].sort() as Weekday[];
  const days = new Set<number>();
  for (const part of value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const [from, to] = part.split('-').map((d) => DAY_NAMES.indexOf(d.slice(0, 3)) + 1);
    if (!from || (part.includes('-') && !to)) throw new Error(`"${part}" is not a day (mon … sun)`);
    const end = to ?? from;
    for (let d = from; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === end) break;
    }
  }
  return [...days].sort() as Weekday[];
}

export const updateProfileSchema = z.object({
  name: optionalText,
  email: emailInput.nullable().optional(),
  signature: optionalText,
  portfolioUrl: urlInput.nullable().optional(),
  strengths: z.array(z.string().trim().min(1).max(300)).max(12, 'at most 12 strengths').optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, {
      error: (i) => `"${String(i.input)}" is not a time zone (like Europe/Paris or America/New_York)`,
    })
    .optional(),
  workingDays: z
    .union([z.string(), z.array(z.number().int().min(1).max(7))])
    .transform((v, ctx) => {
      try {
        const days = parseWorkingDays(v);
        if (days.length === 0) ctx.addIssue({ code: 'custom', message: 'give at least one working day' });
        return days;
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  prefersCards: z.boolean().optional(),
});
export type ProfileInput = z.input<typeof updateProfileSchema>;

let systemZone: string | undefined;

/** The system's time zone is the default until the user sets one (asked once: it costs a formatter). */
export function defaultTimeZone(): string {
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemZone;
}

export async function loadProfile(db: Db): Promise<Profile> {
  const stored = (await getSetting(db, 'profile')) as Partial<Profile> | undefined;
  const profile = { ...DEFAULT_PROFILE, timeZone: defaultTimeZone(), ...stored };
  // A zone renamed or removed from the platform's database must not stop the app.
  if (!isTimeZone(profile.timeZone)) profile.timeZone = 'UTC';
  return profile;
}

export async function getProfile(ctx: AppContext): Promise<Profile> {
  return loadProfile(ctx.store.db);
}

export async function updateProfile(ctx: AppContext, input: unknown): Promise<Profile> {
  const patch = parseInput(updateProfileSchema, input, 'update the profile');
  return ctx.store.tx(async (db) => {
    const current = await loadProfile(db);
    const next: Profile = { ...current };
    for (const [k, v] of Object.entries(patch))
      if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
    await setSetting(db, 'profile', next);
    return next;
  });
}

/** Today and now for the user, in their time zone. */
export async function userTime(ctx: AppContext, db: Db = ctx.store.db) {
  const profile = await loadProfile(db);
  return { profile, today: ctx.clock.today(profile.timeZone), now: ctx.clock.now(profile.timeZone) };
}
