/**
 * An IMAP mailbox as source items, read-only: every folder is opened with EXAMINE (readOnly) and
 * messages are fetched with BODY.PEEK[] (imapflow's `source`), so no flag changes, not even \Seen;
 * nothing is ever stored, moved, copied, expunged or appended.
 *
 * Incremental: the caller passes the per-folder state of the last run and gets the new one in
 * `source.state` (or advances its own copy with `advanceImapState` after storing each item, to
 * checkpoint mid-run). Memory stays bounded: sizes are asked first, so a message over the cap is
 * reported without being downloaded, and sources are fetched in batches of limited total size.
 */
import { ImapFlow, type ListResponse } from 'imapflow';
import { NotNowError } from '../../core/errors.js';
import {
  describeImapError,
  type ImapOptions,
  type ResolvedImap,
  resolveImapOptions,
  scrub,
} from './imap-options.js';
import { type ImapState, startUid, uidSet } from './imap-state.js';
import { DEFAULT_MAX_MESSAGE_BYTES, formatBytes, type SourceItem } from './source-item.js';

export type { ImapOptions } from './imap-options.js';
export { advanceImapState, type ImapFolderState, type ImapState } from './imap-state.js';

/** Per FETCH: enough to keep the round trips few, small enough to hold in memory at once. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 16 * 1024 * 1024;
/** Folders that hold no mail the user received, or only copies of it. */
const SKIPPED_SPECIAL_USE = new Set(['\\Trash', '\\Junk', '\\Drafts', '\\Sent', '\\Flagged', '\\Important']);

export interface ImapSource extends AsyncIterable<SourceItem> {
  /**
   * Per-folder state covering every item yielded so far (so after `break` it includes the item in
   * hand); after a full run, what to pass next time. To checkpoint only what is safely stored, apply
   * each item's `resume` with `advanceImapState` instead.
   */
  readonly state: ImapState;
}

/**
 * Which folders to read. Named folders must exist (a typo is an error, not an empty import).
 * Without names: Gmail's "All Mail" (\All) alone when the server has it, since it holds every
 * label's mail once; otherwise every selectable folder except trash, spam, drafts and sent mail.
 */
export function chooseFolders(list: ListResponse[], wanted: string[] | undefined): string[] {
  const selectable = list.filter((f) => !f.flags.has('\\Noselect') && !f.flags.has('\\NonExistent'));
  if (wanted && wanted.length > 0) {
    const byPath = new Map(selectable.map((f) => [f.path.toLowerCase(), f.path]));
    const missing = wanted.filter((w) => !byPath.has(w.toLowerCase()));
    if (missing.length > 0) {
      throw new NotNowError(
        'invalid-input',
        `No folder named ${missing.map((m) => `"${m}"`).join(', ')} on the server. Its folders: ${selectable.map((f) => f.path).join(', ')}.`,
      );
    }
    return [...new Set(wanted.map((w) => byPath.get(w.toLowerCase()) as string))];
  }
  const all = selectable.find((f) => f.specialUse === '\\All' || f.flags.has('\\All'));
  if (all) return [all.path];
  return selectable
    .filter(
      (f) =>
        !SKIPPED_SPECIAL_USE.has(f.specialUse ?? '') && ![...f.flags].some((x) => SKIPPED_SPECIAL_USE.has(x)),
    )
    .map((f) => f.path);
}

function batches(uids: number[], sizes: Map<number, number>): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let bytes = 0;
  for (const uid of uids) {
    const size = sizes.get(uid) ?? 0;
    if (cur.length > 0 && (cur.length >= BATCH_MESSAGES || bytes + size > BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(uid);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

class ImapReader implements ImapSource {
  state: ImapState;
  private readonly r: ResolvedImap;
  private readonly max: number;

  constructor(private readonly options: ImapOptions) {
    this.r = resolveImapOptions(options);
    this.state = { ...(options.state ?? {}) };
    this.max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SourceItem> {
    const client = new ImapFlow(this.r.flow);
    // Errors also arrive as events; without a listener an 'error' event would crash the process.
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (err) {
      throw describeImapError(err, this.r);
    }
    try {
      const folders = chooseFolders(await client.list(), this.options.folders);
      for (const folder of folders) yield* this.folder(client, folder);
    } catch (err) {
      throw describeImapError(err, this.r);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  private tooLarge(size: number): string {
    return `the message is ${formatBytes(size)}, larger than the ${formatBytes(this.max)} limit; skipped`;
  }

  private key(folder: string, uidValidity: string, uid: number): string {
    const user = encodeURIComponent(this.r.user);
    return `imap://${user}@${this.r.host}:${this.r.port}/${encodeURIComponent(folder)};UIDVALIDITY=${uidValidity}/;UID=${uid}`;
  }

  private async *folder(client: ImapFlow, folder: string): AsyncGenerator<SourceItem> {
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    try {
      const box = client.mailbox;
      if (!box) return;
      const uidValidity = String(box.uidValidity);
      const after = startUid(this.state[folder], uidValidity);
      this.state[folder] = { uidValidity, lastUid: after };
      if (box.exists === 0) return;
      const query = {
        uid: `${after + 1}:*`,
        ...(this.options.since ? { since: new Date(`${this.options.since}T00:00:00Z`) } : {}),
      };
      // "n:*" always matches the highest UID, even below n (RFC 3501 §6.4.8), hence the filter.
      const found = ((await client.search(query, { uid: true })) || [])
        .filter((u) => u > after)
        .sort((a, b) => a - b);
      if (found.length === 0) return;
      const sizes = new Map<number, number>();
      for await (const m of client.fetch(uidSet(found), { uid: true, size: true }, { uid: true })) {
        sizes.set(m.uid, m.size ?? 0);
      }
      const wanted = found.filter((uid) => sizes.has(uid));
      const small = wanted.filter((uid) => (sizes.get(uid) ?? 0) <= this.max);
      const sources = new Map<number, Buffer>();
      let next = 0;
      for (const batch of batches(small, sizes)) {
        sources.clear();
        let failed: string | null = null;
        try {
          for await (const m of client.fetch(uidSet(batch), { uid: true, source: true }, { uid: true })) {
            if (m.source) sources.set(m.uid, m.source);
          }
        } catch (err) {
          if (!client.usable) throw err;
          failed = scrub((err as Error)?.message ?? String(err), this.r);
        }
        // Oversized messages are reported in their UID order, between the fetched ones.
        const last = batch[batch.length - 1] as number;
        while (next < wanted.length && (wanted[next] as number) <= last) {
          const uid = wanted[next++] as number;
          const resume = { kind: 'imap' as const, folder, uidValidity, uid };
          const key = this.key(folder, uidValidity, uid);
          const size = sizes.get(uid) ?? 0;
          const raw = sources.get(uid);
          this.state[folder] = { uidValidity, lastUid: uid };
          // A message missing from the answer was deleted since the search: nothing to report.
          if (size > this.max) yield { key, resume, error: this.tooLarge(size) };
          else if (failed !== null)
            yield { key, resume, error: `the server could not send this message: ${failed}` };
          else if (raw)
            yield { key, resume, raw: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) };
        }
      }
      for (const uid of wanted.slice(next)) {
        const resume = { kind: 'imap' as const, folder, uidValidity, uid };
        const size = sizes.get(uid) ?? 0;
        this.state[folder] = { uidValidity, lastUid: uid };
        yield { key: this.key(folder, uidValidity, uid), resume, error: this.tooLarge(size) };
      }
    } finally {
      lock.release();
    }
  }
}

/**
 * The messages of an IMAP account, folder by folder, oldest UID first. Settings are checked at
 * once (throws NotNowError 'invalid-input'); connecting and logging in happen when iteration
 * starts, and their failures are thrown from the first `next()` as NotNowError ('unauthorized' for
 * a refused login), never carrying the password.
 */
export function readImap(options: ImapOptions): ImapSource {
  return new ImapReader(options);
}
