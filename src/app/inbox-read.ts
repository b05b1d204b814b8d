/**
 * The part of an import that needs no database: parsing a message, its identity, its classification
 * and (for job mail) what it says. It runs in a worker thread beside the one that writes (see
 * inbox-reader.ts), so it hands back only plain data, and only what the import keeps.
 */
import { createHash } from 'node:crypto';
import type { SourceItem } from '../adapters/mail/source-item.js';
import { classify } from '../core/inbox/classify.js';
import { type Extraction, extract } from '../core/inbox/extract.js';
import type { Classification } from '../core/inbox/kinds.js';
import type { MailAddress, MailMessage } from '../core/inbox/message.js';
import type { Instant } from '../core/model.js';

/** What the import needs of a message once it is read. */
export interface ReadMessage {
  /** Its identity across imports (see `messageKey`). */
  key: string;
  subject: string;
  date: Instant | null;
  from: MailAddress | null;
  /** The text, only when the user keeps bodies. */
  text: string | null;
  classification: Classification;
  /** What it says; null for mail that is not about a job search (nothing of it is kept). */
  extraction: Extraction | null;
}

/** The item without its bytes: what the import reports and checkpoints from. */
export type ItemRef = Omit<SourceItem, 'raw' | 'error'>;

/** An item as read: its message, or why it cannot be read. */
export type Read =
  | { item: ItemRef; message: ReadMessage; error?: undefined }
  | { item: ItemRef; error: string };

/** The identity of a message across imports: its Message-ID, or a hash of its bytes when it has none. */
export function messageKey(msg: MailMessage, raw: Uint8Array): string {
  return msg.messageId ? `mid:${msg.messageId}` : `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

type ParseMessage = typeof import('../adapters/mail/parse-message.js').parseMessage;
let parser: Promise<ParseMessage> | undefined;
/** The MIME parser (postal-mime, htmlparser2), loaded by the first import rather than at every start. */
function mimeParser(): Promise<ParseMessage> {
  parser ??= import('../adapters/mail/parse-message.js').then((m) => m.parseMessage);
  return parser;
}

export async function readItem(item: SourceItem, keepBodies: boolean): Promise<Read> {
  const ref: ItemRef = item.resume ? { key: item.key, resume: item.resume } : { key: item.key };
  if (item.error !== undefined) return { item: ref, error: item.error };
  try {
    const msg = await (await mimeParser())(item.raw);
    const classification = classify(msg);
    return {
      item: ref,
      message: {
        key: messageKey(msg, item.raw),
        subject: msg.subject,
        date: msg.date,
        from: msg.from,
        text: keepBodies ? msg.text : null,
        classification,
        extraction: classification.kind === 'other' ? null : extract(msg),
      },
    };
  } catch (e) {
    return { item: ref, error: (e as Error).message };
  }
}
