/**
 * A job e-mail as every mail source (eml, mbox, IMAP) hands it to the core: already decoded
 * (MIME, charsets, transfer encodings), never rendered. Sources normalise into this shape and
 * the classifier, extractor and matcher read only this.
 */
import type { Instant } from '../model.js';

export interface MailAddress {
  name: string | null;
  address: string;
}

export interface MailMessage {
  /** The Message-ID header without angle brackets, or null when the message has none. */
  messageId: string | null;
  from: MailAddress | null;
  /** Sender / Reply-To when they differ from From (ATS "on behalf of" forms live here). */
  sender: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  subject: string;
  /** Date header as an instant, or null when missing or unreadable. */
  date: Instant | null;
  /** The plain-text body; derived from the HTML part (as text, never rendered) when only HTML exists. */
  text: string;
  /** The raw HTML part, if any; it is never rendered unsanitised. */
  html: string | null;
  /** Lower-cased header names to their first value (List-Unsubscribe, Auto-Submitted, In-Reply-To, ...). */
  headers: Record<string, string>;
}
