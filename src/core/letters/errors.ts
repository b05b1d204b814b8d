/**
 * Errors of the letters core. Their `code`s are members of the app-wide error-code union
 * (`invalid-template`, `invalid-input`), so the edges map them to HTTP statuses and exit codes
 * like every other domain error.
 */

/** A template (built-in or the user's override) that cannot be used, and why. */
export class TemplateError extends Error {
  readonly code = 'invalid-template' as const;
  /** The template's name, e.g. `thank-you.2` or `thank-you.2.subject`. */
  readonly template: string;
  /** The field the problem is about, when there is one (e.g. `favouriteColour`). */
  readonly field: string | null;
  constructor(template: string, message: string, field: string | null = null) {
    super(`template ${template}: ${message}`);
    this.name = 'TemplateError';
    this.template = template;
    this.field = field;
  }
}

/** What a caller passed to draftLetter/draftRound cannot make a letter. */
export class LetterInputError extends Error {
  readonly code = 'invalid-input' as const;
  readonly issues: readonly string[];
  constructor(message: string, issues: readonly string[] = []) {
    super(issues.length > 0 ? `${message}: ${issues.join('; ')}` : message);
    this.name = 'LetterInputError';
    this.issues = issues;
  }
}
