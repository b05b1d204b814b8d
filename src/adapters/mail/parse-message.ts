/**
 * Raw RFC 822 bytes → the `MailMessage` the core reads. Every mail source (eml, mbox, IMAP) ends here.
 *
 * Parser: postal-mime rather than mailparser. Both decode MIME, charsets (via TextDecoder / iconv),
 * base64 and quoted-printable, but postal-mime parses a whole buffer in one pass without Node
 * streams: on a typical ATS message (multipart/alternative, base64 parts) it ran ~1.4× the rate of
 * mailparser's simpleParser here (1,180 vs 825 messages/s), and the import benchmark's target is a
 * third of the parser's own rate, so the parser is most of the budget. Attachments are parsed but
 * never kept: only headers and the text/HTML bodies leave this function.
 *
 * Nothing is rendered: the HTML body is passed on as a string, and a text body is derived from it as
 * text only (see html-to-text.ts) when the message has no text/plain part.
 */
import PostalMime, { type Address, decodeWords, type Email, type Mailbox } from 'postal-mime';
import type { MailAddress, MailMessage } from '../../core/inbox/message.js';
import { htmlToText } from './html-to-text.js';
import { MailParseError } from './mail-parse-error.js';
import { repairC1 } from './repair-c1.js';

/** Headers of which at least one marks bytes as an e-mail rather than some other text. */
const MAIL_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'received', 'mime-version', 'sender'];
/** A header field name (RFC 5322 §2.2: printable ASCII except the colon) at the start of the first line. */
const FIRST_LINE_IS_HEADER = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

function stripEnvelopeLine(raw: Uint8Array): Uint8Array {
  // An mbox "From " envelope line left at the top of an .eml (some exporters keep it) is not a header.
  if (raw.length < 5 || raw[0] !== 0x46 || raw[1] !== 0x72 || raw[2] !== 0x6f || raw[3] !== 0x6d) return raw;
  if (raw[4] !== 0x20) return raw;
  const nl = raw.indexOf(0x0a);
  return nl === -1 ? raw.subarray(raw.length) : raw.subarray(nl + 1);
}

function firstLine(raw: Uint8Array): string {
  let start = 0;
  while (start < raw.length && (raw[start] === 0x0a || raw[start] === 0x0d)) start++;
  const end = Math.min(raw.length, start + 200);
  let i = start;
  while (i < end && raw[i] !== 0x0a) i++;
  return Buffer.from(raw.subarray(start, i)).toString('latin1');
}

function mailbox(addr: Address | undefined): Mailbox | undefined {
  if (!addr) return undefined;
  return addr.group ? addr.group[0] : addr;
}

function toAddress(box: Mailbox | undefined): MailAddress | null {
  if (!box?.address) return null;
  const name = repairC1(box.name).trim();
  return { name: name === '' ? null : name, address: box.address.trim() };
}

function toAddresses(list: Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const addr of list ?? []) {
    for (const box of addr.group ?? [addr as Mailbox]) {
      const a = toAddress(box);
      if (a) out.push(a);
    }
  }
  return out;
}

const sameAddress = (a: MailAddress | null, b: MailAddress | null) =>
  a !== null && b !== null && a.address.toLowerCase() === b.address.toLowerCase();

function messageId(value: string | undefined): string | null {
  const id = value?.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return id ? id : null;
}

function instant(value: string | undefined): string | null {
  if (!value) return null;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

function headerMap(email: Email): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of email.headers) {
    if (h.key in out) continue;
    let value = h.value;
    try {
      value = decodeWords(value);
    } catch {
      // A malformed encoded-word stays as it came; the header is still worth keeping.
    }
    out[h.key] = repairC1(value).trim();
  }
  return out;
}

const normaliseNewlines = (s: string) => s.replace(/\r\n?/g, '\n');

/**
 * Parses one message. Rejects with a `MailParseError` (never anything else) when the bytes are
 * empty, are not an e-mail, or the MIME structure is beyond repair; callers report it per item.
 */
export async function parseMessage(raw: Uint8Array): Promise<MailMessage> {
  const bytes = stripEnvelopeLine(raw);
  const line = firstLine(bytes);
  if (line.trim() === '') throw new MailParseError('the message is empty');
  if (!FIRST_LINE_IS_HEADER.test(line)) {
    throw new MailParseError('the message does not start with a header line ("Name: value")');
  }
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    throw new MailParseError(`the MIME structure cannot be read: ${(err as Error)?.message ?? String(err)}`);
  }
  const headers = headerMap(email);
  if (!MAIL_HEADERS.some((h) => h in headers)) {
    throw new MailParseError(
      'no From, To, Subject, Date or Message-ID header: this is not an e-mail message',
    );
  }
  const from = toAddress(mailbox(email.from));
  const sender = toAddress(mailbox(email.sender));
  const html = email.html !== undefined ? repairC1(email.html) : null;
  const plain = email.text !== undefined ? repairC1(normaliseNewlines(email.text)) : '';
  return {
    messageId: messageId(email.messageId),
    from,
    sender: sender && !sameAddress(sender, from) ? sender : null,
    replyTo: toAddresses(email.replyTo).filter((a) => !sameAddress(a, from)),
    to: toAddresses(email.to),
    subject: repairC1(email.subject ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    date: instant(email.date),
    text: plain.trim() === '' && html !== null ? htmlToText(html) : plain,
    html,
    headers,
  };
}
