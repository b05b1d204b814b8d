import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, errorOutcome, NotNowError } from '../core/errors.js';

const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** The one shape of every error the API returns; also published in the OpenAPI document. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(codes).describe(
      `what kind of problem:\n${Object.entries(ERROR_CODES)
        .map(([code, meaning]) => `- \`${code}\` (${errorOutcome(code as ErrorCode).http}): ${meaning}`)
        .join('\n')}`,
    ),
    message: z.string().describe('what went wrong and what to do about it, in plain words'),
    issues: z.array(z.string()).optional().describe('field by field, when the input was wrong'),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(code: ErrorCode, message: string, issues?: readonly string[]): ErrorBody {
  return { error: { code, message, ...(issues && issues.length > 0 ? { issues: [...issues] } : {}) } };
}

/** An error answer; its status comes from the code, through `errorOutcome`, like every other. */
export function jsonError(c: Context, code: ErrorCode, message: string, issues?: readonly string[]) {
  const status = errorOutcome(code).http as ContentfulStatusCode;
  return c.json(errorBody(code, message, issues), status);
}

/** Domain errors become their status through `errorOutcome`, in this one place. */
export function handleError(err: Error, c: Context) {
  if (err instanceof NotNowError) return jsonError(c, err.code, err.message, err.issues);
  if (err instanceof HTTPException) {
    const code: ErrorCode =
      err.status === 413 ? 'too-large' : err.status === 401 ? 'unauthorized' : 'forbidden';
    return jsonError(c, code, err.message || 'The request was refused.');
  }
  process.stderr.write(`notnow: unexpected error in ${c.req.method} ${c.req.path}:\n${err.stack ?? err}\n`);
  return jsonError(c, 'internal', 'Something went wrong inside notnow; the terminal shows the details.');
}
