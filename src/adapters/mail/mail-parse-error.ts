import { NotNowError } from '../../core/errors.js';

/** One message could not be read. Sources turn it into a per-item error and go on with the batch. */
export class MailParseError extends NotNowError {
  constructor(reason: string) {
    super('invalid-file', `Cannot read this e-mail: ${reason}.`);
    this.name = 'MailParseError';
  }
}
