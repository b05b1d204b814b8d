/**
 * The playbook: every interval, count and recipient rule of a follow-up plan, written as data.
 * A user overrides any part of it with a JSON file in the config folder; `parsePlaybook` merges that
 * partial file over `DEFAULT_PLAYBOOK` and refuses a bad one with the key path and the problem.
 */
import { z } from 'zod';
import { PERSON_ROLES, type PersonRole } from '../model.js';

/** A whole number of days in a range, with one message for every way to get it wrong. */
function count(min: number, max: number) {
  const error = `must be a number between ${min} and ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

const role = z.enum(PERSON_ROLES, { error: `must be one of ${PERSON_ROLES.join(', ')}` });
/** Roles in priority order; an empty list switches the letter off. */
const roles = z.array(role, { error: 'must be a list of roles' });

export const PlaybookSchema = z.strictObject({
  /** Once the first round of letters is out, at most one outbound touch per person within this many days. */
  spacingDays: count(7, 92),
  /**
   * Days between a rejection and the first step of its plan, by how the user said they felt.
   * At least 1: never any outreach on the day of the rejection.
   */
  coolDownDays: z.strictObject({ ok: count(1, 30), disappointed: count(1, 30), upset: count(1, 60) }),
  /** After any interview, whatever the outcome. */
  interviewThankYou: z.strictObject({ withinBusinessDays: count(0, 5), roles }),
  rejection: z.strictObject({
    /** A unique thank-you to each person with one of these roles, within N business days of the rejection. */
    thankYou: z.strictObject({ withinBusinessDays: count(1, 10), roles }),
    /** To the first person found in role order (the hiring manager, else the recruiter). */
    feedbackRequest: z.strictObject({ afterBusinessDays: count(0, 20), roles }),
    /** To every person with one of these roles, when the application came through a recruiter. */
    recruiterUpdate: z.strictObject({ afterBusinessDays: count(0, 20), roles }),
    /** The user's own step, counted from the day of the rejection. */
    reflection: z.strictObject({ afterDays: count(1, 60) }),
    /** To the first person found in role order; it promises a follow-up in `promiseDays`. */
    resell: z.strictObject({ afterDays: count(1, 60), promiseDays: count(7, 92), roles }),
  }),
  keepInTouch: z.strictObject({
    /** Every one to three months; 6 weeks by default. */
    everyDays: count(28, 92),
    /** Each unanswered keep-in-touch letter multiplies the interval by this. */
    backoffFactor: count(1, 4),
    /** After this many unanswered in a row the person goes dormant. */
    dormantAfterUnanswered: count(1, 10),
    roles,
  }),
  /** The ghosted path: an application nobody answers. */
  silence: z.strictObject({
    afterApplyingDays: count(1, 60),
    afterInterviewDays: count(1, 60),
    /** The second status check comes this long after the first. */
    secondCheckAfterDays: count(7, 92),
    /** Unanswered this long after the second check, the application is marked ghosted. */
    markGhostedAfterDays: count(1, 92),
    /** Who gets the status check: the first person found in role order. */
    roles,
    /** The slow keep-in-touch rhythm of a ghosted application. */
    keepInTouchEveryDays: count(28, 183),
  }),
});

export type Playbook = z.infer<typeof PlaybookSchema>;

const CONTACTS: PersonRole[] = ['hiring-manager', 'interviewer', 'recruiter', 'agency-recruiter', 'referrer'];

export const DEFAULT_PLAYBOOK: Playbook = {
  spacingDays: 21,
  // 1: not the same day. 2 for a disappointed user still keeps thank-yous within two business days.
  // 7 when upset: "take a week or so" before reconsidering (seed articles on rejection).
  coolDownDays: { ok: 1, disappointed: 2, upset: 7 },
  // Whoever interviewed you (a recruiter's screening call too); agencies and referrers do not interview.
  interviewThankYou: {
    withinBusinessDays: 1,
    roles: ['interviewer', 'hiring-manager', 'recruiter', 'other'],
  },
  rejection: {
    thankYou: { withinBusinessDays: 2, roles: ['interviewer', 'hiring-manager'] },
    // 3 business days: the hiring manager's thank-you goes first, the question a few days later.
    feedbackRequest: { afterBusinessDays: 3, roles: ['hiring-manager', 'recruiter'] },
    recruiterUpdate: { afterBusinessDays: 0, roles: ['agency-recruiter'] },
    reflection: { afterDays: 7 },
    // 10 days: after the reflection, so the letter can use what it found and any feedback received.
    resell: { afterDays: 10, promiseDays: 30, roles: ['hiring-manager', 'recruiter', 'interviewer'] },
  },
  keepInTouch: { everyDays: 42, backoffFactor: 2, dormantAfterUnanswered: 3, roles: CONTACTS },
  silence: {
    afterApplyingDays: 10,
    afterInterviewDays: 5,
    secondCheckAfterDays: 21,
    markGhostedAfterDays: 14,
    roles: ['recruiter', 'hiring-manager', 'agency-recruiter', 'interviewer', 'referrer'],
    keepInTouchEveryDays: 84,
  },
};

export interface PlaybookProblem {
  /** Key path, e.g. `keepInTouch.everyDays` or `rejection.thankYou.roles[1]`. */
  path: string;
  problem: string;
}

/** A playbook file that cannot be used; the message names the file, the key and the problem. */
export class PlaybookError extends Error {
  readonly code = 'invalid-playbook' as const;
  constructor(
    readonly source: string,
    readonly problems: PlaybookProblem[],
  ) {
    super(problems.map((p) => `${source}: ${p.path}: ${p.problem}`).join('\n'));
    this.name = 'PlaybookError';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; lists and values in the override replace the default's. */
function mergeOver(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override))
    out[key] = key in base ? mergeOver(base[key], value) : value;
  return out;
}

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path)
    text += typeof part === 'number' ? `[${part}]` : text ? `.${String(part)}` : String(part);
  return text || '(top level)';
}

/** The keys the default playbook has at `path`. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let node: unknown = DEFAULT_PLAYBOOK;
  for (const part of path) node = isPlainObject(node) ? node[String(part)] : undefined;
  return isPlainObject(node) ? Object.keys(node) : [];
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** A known key within a few typos of `key`, to suggest in the message. */
function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * A user's playbook: `raw` (parsed JSON, possibly partial) merged over the default and checked.
 * `source` names the file in error messages. Throws `PlaybookError` listing every problem.
 */
export function parsePlaybook(raw: unknown, source: string): Playbook {
  if (raw === undefined || raw === null) return DEFAULT_PLAYBOOK;
  if (!isPlainObject(raw)) {
    throw new PlaybookError(source, [{ path: '(top level)', problem: 'must be an object of settings' }]);
  }
  const result = PlaybookSchema.safeParse(mergeOver(DEFAULT_PLAYBOOK, raw));
  if (result.success) return result.data;
  const problems: PlaybookProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = closestKey(key, knownKeys(issue.path));
        const problem = near ? `unknown key (did you mean ${near}?)` : 'unknown key';
        problems.push({ path: pathText([...issue.path, key]), problem });
      }
    } else {
      problems.push({ path: pathText(issue.path), problem: issue.message });
    }
  }
  throw new PlaybookError(source, problems);
}
