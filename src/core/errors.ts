/**
 * Every error a user can cause or meet carries a code from one union. The edges map codes to an HTTP
 * status and an exit code through `errorOutcome` and nowhere else.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'database-unavailable'
  | 'database-too-new'
  | 'invalid-playbook'
  | 'invalid-template'
  | 'invalid-file'
  | 'send-failed'
  | 'unauthorized';

export class NotNowError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems ("email: not an e-mail address"), when the error is about input. */
  readonly issues: readonly string[];
  constructor(code: ErrorCode, message: string, issues: readonly string[] = []) {
    super(message);
    this.name = 'NotNowError';
    this.code = code;
    this.issues = issues;
  }
}

export const invalidInput = (message: string, issues: readonly string[] = []) =>
  new NotNowError('invalid-input', message, issues);
export const notFound = (message: string) => new NotNowError('not-found', message);
export const conflict = (message: string) => new NotNowError('conflict', message);

const OUTCOMES: Record<ErrorCode, { http: number; exit: number }> = {
  // Exit codes follow BSD sysexits where one fits, so scripts can tell input mistakes from outages.
  'invalid-input': { http: 400, exit: 64 },
  'invalid-file': { http: 400, exit: 65 },
  'invalid-playbook': { http: 422, exit: 78 },
  'invalid-template': { http: 422, exit: 78 },
  'not-found': { http: 404, exit: 66 },
  conflict: { http: 409, exit: 65 },
  'database-unavailable': { http: 503, exit: 69 },
  'database-too-new': { http: 503, exit: 69 },
  'send-failed': { http: 502, exit: 75 },
  unauthorized: { http: 401, exit: 77 },
};

export function errorOutcome(code: ErrorCode): { http: number; exit: number } {
  return OUTCOMES[code];
}
