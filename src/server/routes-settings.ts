/** Settings: the profile, the playbook's intervals, sending by SMTP, and what this server offers. */
import { z } from 'zod';
import { getPlaybookSettings, resetPlaybook, savePlaybook } from '../app/playbook.js';
import { INTERVAL_FIELDS } from '../app/playbook-fields.js';
import { getProfile, updateProfile, updateProfileSchema } from '../app/profile.js';
import { sendTestMessage, smtpStatus } from '../app/smtp.js';
import type { Route } from './route.js';

const nothing = z.object({});

const savePlaybookInput = z.object({
  intervals: z
    .object(
      Object.fromEntries(
        INTERVAL_FIELDS.map((f) => [
          f.key,
          z
            .number()
            .int()
            .min(f.min)
            .max(f.max)
            .optional()
            .describe(`${f.label} (${f.unit}; default ${f.default})`),
        ]),
      ),
    )
    .describe('the intervals to change, by key path; the others keep their value'),
});

export const settingsRoutes: Route[] = [
  {
    method: 'get',
    path: '/profile',
    tag: 'profile',
    summary: 'The user’s profile: name, signature, strengths, working days, time zone',
    input: nothing,
    output: 'Profile',
    run: (ctx) => getProfile(ctx),
  },
  {
    method: 'patch',
    path: '/profile',
    tag: 'profile',
    summary: 'Change the profile (only the fields given)',
    input: updateProfileSchema,
    output: 'Profile',
    run: (ctx, input) => updateProfile(ctx, input),
  },
  {
    method: 'get',
    path: '/playbook',
    tag: 'profile',
    summary: 'The playbook’s intervals: each value, its range, its default and where it comes from',
    description:
      'Values saved here sit over the default; a value set in playbook.json (in the config folder) wins ' +
      'over both and is reported with source "file".',
    input: nothing,
    output: 'PlaybookView',
    run: (ctx) => getPlaybookSettings(ctx),
  },
  {
    method: 'put',
    path: '/playbook',
    tag: 'profile',
    summary: 'Change playbook intervals, then re-plan: pending steps move to their new days',
    description:
      'A value out of range, or one that playbook.json sets differently, is refused (422 invalid-playbook) ' +
      'with one issue per field, named by its label.',
    input: savePlaybookInput,
    output: 'PlaybookSaved',
    run: (ctx, input) => savePlaybook(ctx, input),
  },
  {
    method: 'delete',
    path: '/playbook',
    tag: 'profile',
    summary: 'Restore the default intervals (playbook.json still applies), then re-plan',
    input: nothing,
    output: 'PlaybookSaved',
    run: (ctx) => resetPlaybook(ctx),
  },
  {
    method: 'get',
    path: '/smtp',
    tag: 'profile',
    summary: 'Whether sending by SMTP is set up: host, port, TLS, user, from-address (never the password)',
    input: nothing,
    output: 'SmtpStatus',
    run: (ctx, _input, env) => smtpStatus(ctx, env.smtpSetup),
  },
  {
    method: 'post',
    path: '/smtp/test',
    tag: 'profile',
    summary: 'Send a test message to the user’s own address through their SMTP server',
    input: nothing,
    output: 'TestMessage',
    run: (ctx, _input, env) => sendTestMessage(ctx, env.smtp),
  },
  {
    method: 'get',
    path: '/server',
    tag: 'profile',
    summary:
      'What this server offers: the calendar feed’s secret address, whether it can send, the import limit',
    input: nothing,
    output: 'ServerInfo',
    run: async (_ctx, _input, env) => ({
      calendarFeedPath: env.calendarPath,
      smtpConfigured: env.smtp !== null,
      maxImportBytes: env.maxImportBytes,
    }),
  },
];
