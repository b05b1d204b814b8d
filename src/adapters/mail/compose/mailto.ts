/**
 * A `mailto:` link (RFC 6068) that opens the letter in the user's mail program, ready to send.
 */
import type { LetterContent } from './eml.js';
import { parseRecipients, type Recipient } from './envelope.js';

/** Above about 2,000 characters some browsers and mail programs cut a link short. */
export const MAILTO_SAFE_LENGTH = 2000;

function encode(value: string): string {
  // RFC 6068: line breaks in a body are CRLF, percent-encoded.
  return encodeURIComponent(value.replace(/\r\n?|\n/g, '\r\n'));
}

/** `to` may be empty: the link then opens a draft without a recipient. Names are dropped: mailto has none. */
export function toMailto(letter: LetterContent, to: Recipient | Recipient[] = []): string {
  const addresses = parseRecipients(to, 'to').map((a) => encodeURIComponent(a.address).replace(/%40/g, '@'));
  const subject = letter.subject.replace(/[\r\n]+/g, ' ').trim();
  return `mailto:${addresses.join(',')}?subject=${encode(subject)}&body=${encode(letter.text)}`;
}
