import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { errorOutcome, NotNowError } from '../core/errors.js';

/** The one shape of every error the API returns; also published in the OpenAPI document. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('what kind of problem: invalid-input, not-found, conflict, unauthorized, …'),
    message: z.string().describe('what went wrong and what to do about it, in plain words'),
    issues: z.array(z.string()).optional().describe('field by field, when the input was wrong'),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Refusals of the HTTP layer itself (no secret, a foreign site, a wrong Host) that have no domain
 * error code: they never reach a use case.
 */
export type HttpOnlyCode =
  | 'forbidden'
  | 'unsupported-media-type'
  | 'too-large'
  | 'no-such-route'
  | 'internal';

export function errorBody(code: string, message: string, issues?: readonly string[]): ErrorBody {
  return { error: { code, message, ...(issues && issues.length > 0 ? { issues: [...issues] } : {}) } };
}

export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json(errorBody(code, message), status);
}

/** Domain errors become their status through `errorOutcome`, in this one place. */
export function handleError(err: Error, c: Context) {
  if (err instanceof NotNowError) {
    const status = errorOutcome(err.code).http as ContentfulStatusCode;
    return c.json(errorBody(err.code, err.message, err.issues), status);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code: HttpOnlyCode | 'unauthorized' =
      status === 413 ? 'too-large' : status === 401 ? 'unauthorized' : 'forbidden';
    return jsonError(c, status, code, err.message || 'The request was refused.');
  }
  process.stderr.write(`notnow: unexpected error in ${c.req.method} ${c.req.path}:\n${err.stack ?? err}\n`);
  return jsonError(c, 500, 'internal', 'Something went wrong inside notnow; the terminal shows the details.');
}
