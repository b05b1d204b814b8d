import type { z } from 'zod';
import type { SmtpSettings } from '../adapters/mail/smtp/index.js';
import type { AppContext } from '../app/context.js';
import type { SmtpSetup } from '../config/smtp-setup.js';
import type { ApiSchemaName } from './api-schemas.js';
import type { ImportJobs } from './import-jobs.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What the server holds besides the use cases' context: its settings and its running imports. */
export interface RouteEnv {
  /** The user's SMTP server, or null when sending is not set up. */
  smtp: SmtpSettings | null;
  /** How sending is set up, as it may be shown (no password). */
  smtpSetup: SmtpSetup;
  imports: ImportJobs;
  /** `/calendar/<feed-token>.ics`: the secret address of the calendar feed. */
  calendarPath: string;
  /** The largest file POST /import accepts, in bytes. */
  maxImportBytes: number;
}

/**
 * One API operation. The same entry drives the Hono route and its OpenAPI description, so the two
 * cannot drift apart. `input` describes the path parameters, query and body together as one object;
 * `run` gets that object as it arrived (path parameters win) and hands it to one use case, which
 * validates it with the same schema.
 */
export interface Route {
  method: Method;
  /** Under /api, OpenAPI style: `/applications/{id}`. Path parameters are fields of `input`. */
  path: string;
  summary: string;
  /** What the operation does, in a sentence or two, for the reference page. */
  description?: string;
  /** The group it is listed under in the reference. */
  tag: string;
  input: z.ZodObject;
  /**
   * The answer's shape: a schema of `API_SCHEMAS` by name (`[name]` for a list of them). Every route
   * that answers JSON names one; the API tests parse each real answer with it (answer-check.ts).
   */
  output?: ApiSchemaName | [ApiSchemaName];
  /** 201 when the operation creates something; 202 when it goes on after the answer. */
  status?: 200 | 201 | 202;
  /** Served as a file to save rather than shown (e.g. the export). */
  download?: (result: unknown) => string;
  /** The result is a file of this type (a string or bytes), not JSON. */
  produces?: { type: string; filename?: (input: Record<string, unknown>) => string };
  /**
   * The body is a file (any type), streamed to a temporary file whose path the run gets as `file`;
   * the file is removed once the request is answered unless the run took it over.
   */
  upload?: { description: string };
  run(ctx: AppContext, input: Record<string, unknown>, env: RouteEnv): Promise<unknown>;
}

/** The names of the path parameters of an OpenAPI-style path. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);
}

/** `/applications/{id}` → `/applications/:id`, Hono's syntax. */
export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}

/** Whether the operation's non-path input travels in the body (else in the query string). */
export function hasBody(method: Method): boolean {
  return method === 'post' || method === 'put' || method === 'patch';
}
