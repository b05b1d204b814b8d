/** Builds MailMessage values for tests: a plain personal e-mail unless told otherwise. */
import type { MailAddress, MailMessage } from './message.js';

export function address(spec: string): MailAddress {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(spec);
  if (m) return { name: m[1]?.trim() || null, address: m[2]!.trim() };
  return { name: null, address: spec.trim() };
}

export interface TestMail {
  from?: string;
  replyTo?: string;
  /** The recipient; Sam at a company domain unless told otherwise. */
  to?: string;
  subject?: string;
  text: string;
  headers?: Record<string, string>;
  date?: string | null;
}

export function mail(spec: TestMail): MailMessage {
  return {
    messageId: 'test@example.com',
    from: address(spec.from ?? 'Jane Roe <jane.roe@acme.com>'),
    sender: null,
    replyTo: spec.replyTo ? [address(spec.replyTo)] : [],
    to: [address(spec.to ?? 'Sam Taylor <sam@example.org>')],
    subject: spec.subject ?? 'Hello',
    date: spec.date === undefined ? '2025-03-04T10:00:00.000Z' : spec.date,
    text: spec.text,
    html: null,
    headers: spec.headers ?? {},
  };
}
