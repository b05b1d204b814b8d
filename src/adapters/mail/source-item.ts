/**
 * What every mail source (eml files, mbox, IMAP) yields: one item per message, in a stable order,
 * as an async iterable read lazily, so a consumer holds one message at a time however large the
 * mailbox. A message that cannot be read becomes an error item and the source goes on: the batch
 * never fails for one bad message (per-item results). Only opening the source itself (a missing
 * mbox, a refused IMAP login) throws, before the first item.
 *
 * The consumer (the importer) checkpoints from the items: after it has stored an item it may save
 * `resume`, and hand it back to the same source to continue after that item next time.
 */

/** Where a source may continue after an item. */
export type ResumePoint =
  /** mbox: pass `nextOffset` as `startOffset` to continue with the message after this one. */
  | { kind: 'mbox'; path: string; offset: number; nextOffset: number }
  /** IMAP: this folder's state once this message is stored (UIDs are fetched in ascending order). */
  | { kind: 'imap'; folder: string; uidValidity: string; uid: number };

interface ItemBase {
  /**
   * Identifies the item within its source, stable across runs, for reports and as the fallback
   * identity of a message: eml `path`, mbox `path@offset`, IMAP `imap://user@host/folder;UIDVALIDITY=v/;UID=u`.
   */
  key: string;
  resume?: ResumePoint;
}

export interface MessageItem extends ItemBase {
  /** The message exactly as stored (RFC 822 bytes, mbox quoting removed); parse with `parseMessage`. */
  raw: Uint8Array;
  error?: undefined;
}

export interface ErrorItem extends ItemBase {
  raw?: undefined;
  /** Why this message was skipped, in words for the user; never contains a password. */
  error: string;
}

export type SourceItem = MessageItem | ErrorItem;

/**
 * Largest message a source will hold in memory. Gmail accepts 25 MB of attachments, which base64
 * turns into about 34 MB of message; 40 MiB keeps every real message and still caps a corrupt
 * mbox (one with its separators lost) instead of buffering it whole.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export const formatBytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
