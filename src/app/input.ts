import { z } from 'zod';
import { invalidInput } from '../core/errors.js';
import {
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_STATES,
  DIRECTIONS,
  LINK_KINDS,
  MOODS,
  PERSON_ROLES,
  SOURCES,
  TONES,
} from '../core/model.js';

/**
 * Input from the edges (CLI flags, JSON bodies) is checked here, once, with messages that say what
 * to fix. Dates stay strings: the use case reads them against its own "today".
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
  throw invalidInput(`Cannot ${what}: ${issues.join('; ')}`, issues);
}

const listOf = (values: readonly string[]) => values.join(', ');
const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (i) => `${JSON.stringify(i.input)} is not a ${what}; use one of ${listOf(values)}`,
  });

export const statusInput = enumOf(APPLICATION_STATUSES, 'status');
export const sourceInput = enumOf(SOURCES, 'way an application came (via)');
export const roleInput = enumOf(PERSON_ROLES, 'role');
export const contactStateInput = enumOf(CONTACT_STATES, 'contact state');
export const channelInput = enumOf(CHANNELS, 'channel');
export const directionInput = enumOf(DIRECTIONS, 'direction');
export const toneInput = enumOf(TONES, 'tone');
export const moodInput = enumOf(MOODS, 'mood');
export const linkKindInput = enumOf(LINK_KINDS, 'link kind');

export const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(2000, `${what} is too long (2000 characters at most)`);
export const optionalText = z
  .string()
  .trim()
  .max(5000, 'too long (5000 characters at most)')
  .nullable()
  .optional();
export const emailInput = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.email({ error: (i) => `${JSON.stringify(i.input)} is not an e-mail address (like name@example.com)` }),
  );
export const urlInput = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: (i) => `${JSON.stringify(i.input)} is not a web address (http:// or https://)`,
    }),
  );
export const domainInput = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'is not a domain name (like acme.com)',
  );
export const idInput = z.coerce
  .number({ error: 'must be a number (an id)' })
  .int('must be a whole number (an id)')
  .positive('must be a positive id');
/** A day as the user typed it: `YYYY-MM-DD` or words ("yesterday"); read later against today. */
export const dateText = z.string().trim().min(1, 'give a date (YYYY-MM-DD)');
