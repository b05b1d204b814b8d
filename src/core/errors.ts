/**
 * Every error a user can cause or meet carries a code from one union, the HTTP layer's own refusals
 * (no secret, a foreign site, a body too large) included, so a client handles one documented list.
 * The edges map codes to an HTTP status and an exit code through `errorOutcome` and nowhere else.
 */
export const ERROR_CODES = {
  'invalid-input': 'the input was wrong; `issues` says field by field what to fix',
  'invalid-file': 'a file to import or restore could not be read',
  'invalid-playbook': 'the playbook (playbook.json or the one saved in Settings) breaks a rule',
  'invalid-template': 'a letter template override does not compile or names an unknown field',
  'not-found': 'no record with that id',
  conflict: 'the change clashes with what is stored (a duplicate, a record still in use)',
  'database-unavailable': 'the database cannot be opened or reached',
  'database-too-new': 'the database was written by a newer notnow',
  'send-failed': 'the SMTP server refused or could not be reached, or sending is not set up',
  unauthorized: 'no valid secret, session or bearer token',
  forbidden: 'refused before any use case: a foreign site, a wrong Host header, a missing CSRF token',
  'unsupported-media-type': 'the body was not sent as application/json',
  'too-large': 'the body or upload is larger than this server takes; the message names the limit',
  'no-such-route': 'there is no such API operation',
  internal: 'a fault inside notnow; the terminal shows the details',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

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
  forbidden: { http: 403, exit: 77 },
  'unsupported-media-type': { http: 415, exit: 64 },
  'too-large': { http: 413, exit: 65 },
  'no-such-route': { http: 404, exit: 64 },
  internal: { http: 500, exit: 70 },
};

export function errorOutcome(code: ErrorCode): { http: number; exit: number } {
  return OUTCOMES[code];
}
