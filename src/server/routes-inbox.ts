import { basename } from 'node:path';
import { z } from 'zod';
import { acceptMessage, acceptSchema, dismissMessage, reviewQueue } from '../app/inbox-review.js';
import { idInput, parseInput } from '../app/input.js';
import { notFound } from '../core/errors.js';
import type { Route } from './route.js';

const byId = z.object({ id: idInput });
const importQuery = z.object({
  name: z
    .string()
    .trim()
    .max(255)
    .optional()
    .describe('the file’s name (.mbox or .eml); without it, the content decides'),
});
const importInput = importQuery.extend({ file: z.string(), size: z.number().int().min(0) });
const jobId = z.object({ id: z.string().uuid('id: the id POST /import answered') });
const acceptInput = acceptSchema.omit({ message: true }).extend({ id: idInput });

/** Importing e-mail files, and the queue of messages that wait for the user's word. */
export const inboxRoutes: Route[] = [
  {
    method: 'post',
    path: '/import',
    tag: 'inbox',
    summary: 'Import an .eml or .mbox file sent as the request body; answers at once, then poll its status',
    description:
      'The body is the file itself (any Content-Type). The answer (202) is the import’s status; ' +
      'GET /imports/{id} tells how far it got and, at the end, how many messages were applied, left for ' +
      'review, duplicates, ignored or unreadable.',
    input: importQuery,
    output: 'ImportStatus',
    upload: { description: 'the .eml or .mbox file' },
    status: 202,
    run: async (_ctx, raw, env) => {
      const i = parseInput(importInput, raw, 'import the file');
      return env.imports.start(i.file, basename(i.name || 'upload'), i.size);
    },
  },
  {
    method: 'get',
    path: '/imports',
    tag: 'inbox',
    summary: 'The imports of this session, running and finished',
    input: z.object({}),
    output: ['ImportStatus'],
    run: async (_ctx, _input, env) => env.imports.list(),
  },
  {
    method: 'get',
    path: '/imports/{id}',
    tag: 'inbox',
    summary: 'How far an import got, and its counts',
    input: jobId,
    output: 'ImportStatus',
    run: async (_ctx, raw, env) => {
      const { id } = parseInput(jobId, raw, 'read the import');
      const job = env.imports.get(id);
      if (!job) throw notFound(`There is no import ${id} (imports are forgotten an hour after they end).`);
      return job;
    },
  },
  {
    method: 'get',
    path: '/inbox/review',
    tag: 'inbox',
    summary: 'E-mails notnow was not sure about, with its suggestion for each',
    input: z.object({}),
    output: ['ReviewItem'],
    run: (ctx) => reviewQueue(ctx),
  },
  {
    method: 'post',
    path: '/inbox/{id}/accept',
    tag: 'inbox',
    summary: 'Accept the suggestion for a message, or correct it (another application, or a new one)',
    input: acceptInput,
    output: 'MessageAccepted',
    run: (ctx, input) => {
      const { id, ...rest } = input;
      return acceptMessage(ctx, { ...rest, message: id });
    },
  },
  {
    method: 'post',
    path: '/inbox/{id}/dismiss',
    tag: 'inbox',
    summary: 'Dismiss a message: it is not about an application',
    input: byId,
    output: 'MessageDismissed',
    run: (ctx, input) => dismissMessage(ctx, input.id),
  },
];
