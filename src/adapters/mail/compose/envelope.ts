/**
 * Who a letter is from and to, checked once for every way out (.eml, mailto:, SMTP): addresses are
 * parsed and validated, display names lose any line break or control character, so no name or subject
 * can smuggle in a header.
 */

import addressparser from 'nodemailer/lib/addressparser';
import { NotNowError } from '../../../core/errors.js';

export interface MailAddressInput {
  name?: string | null;
  address: string;
}
/** `dana@acme.example`, `Dana Whitfield <dana@acme.example>`, or `{ name, address }`. */
export type Recipient = string | MailAddressInput;

export interface MailAddress {
  name: string;
  address: string;
}

export interface Envelope {
  from: Recipient;
  to: Recipient | Recipient[];
  cc?: Recipient | Recipient[];
  replyTo?: Recipient;
}

/** An address or envelope that cannot be used; `code` is the app-wide `invalid-input`. */
export class EnvelopeError extends NotNowError {
  constructor(message: string) {
    super('invalid-input', message);
    this.name = 'EnvelopeError';
  }
}

// Deliberately plain: one @, no spaces, no brackets or quotes, a dot in the domain.
const ADDRESS = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\.]+$/u;

/** One line, no control characters: what a header value may hold. */
export function headerSafe(value: string): string {
  const oneLine = Array.from(value, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 ? ' ' : c;
  }).join('');
  return oneLine.replace(/\s+/g, ' ').trim();
}

function one(input: MailAddressInput, field: string, written: string = String(input.address)): MailAddress {
  const address = typeof input.address === 'string' ? input.address.trim() : '';
  if (!ADDRESS.test(address)) {
    throw new EnvelopeError(`${field}: "${headerSafe(written)}" is not an e-mail address`);
  }
  return { name: headerSafe(input.name ?? ''), address };
}

export function parseRecipients(value: Recipient | Recipient[] | undefined, field: string): MailAddress[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: MailAddress[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      out.push(one(item, field));
      continue;
    }
    if (/[\r\n]/.test(item)) throw new EnvelopeError(`${field}: an address cannot contain a line break`);
    const parsed = addressparser(item, { flatten: true });
    if (parsed.length === 0)
      throw new EnvelopeError(`${field}: "${headerSafe(item)}" is not an e-mail address`);
    for (const p of parsed) out.push(one({ name: p.name, address: p.address }, field, item));
  }
  return out;
}

export interface CheckedEnvelope {
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress | null;
}

export function checkEnvelope(envelope: Envelope): CheckedEnvelope {
  const from = parseRecipients(envelope.from, 'from');
  if (from.length !== 1) throw new EnvelopeError('from: give exactly one sender address');
  const to = parseRecipients(envelope.to, 'to');
  if (to.length === 0) throw new EnvelopeError('to: give at least one recipient');
  const replyTo = parseRecipients(envelope.replyTo, 'replyTo');
  return { from: from[0]!, to, cc: parseRecipients(envelope.cc, 'cc'), replyTo: replyTo[0] ?? null };
}
