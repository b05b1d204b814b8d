/**
 * Errors of the letters core. Their `code`s are members of the app-wide error-code union
 * (`invalid-template`, `invalid-input`), so the edges map them to HTTP statuses and exit codes
 * like every other domain error.
 */

/** A template (built-in or the user's override) that cannot be used, and why. */
import { NotNowError } from '../errors.js';
export class TemplateError extends NotNowError {
  /** The template's name, e.g. `thank-you.2` or `thank-you.2.subject`. */
  readonly template: string;
  /** The field the problem is about, when there is one (e.g. `favouriteColour`). */
  readonly field: string | null;
  constructor(template: string, message: string, field: string | null = null) {
    super('invalid-template', `template ${template}: ${message}`);
    this.name = 'TemplateError';
    this.template = template;
    this.field = field;
  }
}

/** What a caller passed to draftLetter/draftRound cannot make a letter. */
export class LetterInputError extends NotNowError {
  constructor(message: string, issues: readonly string[] = []) {
    super('invalid-input', issues.length > 0 ? `${message}: ${issues.join('; ')}` : message, issues);
    this.name = 'LetterInputError';
  }
}
