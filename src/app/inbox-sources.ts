/** The mail sources as imports: where each starts (its checkpoint) and how it advances. */
import { resolve } from 'node:path';
import { readEmlPaths } from '../adapters/mail/eml-source.js';
import { mboxFingerprint } from '../adapters/mail/fingerprint.js';
import type { ImapOptions, ImapState } from '../adapters/mail/imap-source.js';
import { readMbox } from '../adapters/mail/mbox-source.js';
import { NotNowError } from '../core/errors.js';
import { getCheckpoint } from '../store/messages.js';
import type { AppContext } from './context.js';
import { type ImportOptions, type ImportReport, importItems } from './inbox.js';

export function importEml(
  ctx: AppContext,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  // .eml files carry no order to resume from; Message-IDs make a second run add nothing.
  return importItems(ctx, readEmlPaths(paths), null, options);
}

interface MboxState {
  head: string;
  nextOffset: number;
}

export async function importMbox(
  ctx: AppContext,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport & { size: number; startOffset: number }> {
  const file = resolve(path);
  let fingerprint: { head: string; size: number };
  try {
    fingerprint = mboxFingerprint(file);
  } catch (e) {
    throw new NotNowError('invalid-input', `Cannot read ${path}: ${(e as Error).message}`);
  }
  const source = `mbox:${file}`;
  const prior = (await getCheckpoint(ctx.store.db, source)) as MboxState | undefined;
  const startOffset =
    prior && prior.head === fingerprint.head ? Math.min(prior.nextOffset, fingerprint.size) : 0;
  const report = await importItems(
    ctx,
    readMbox(file, { startOffset }),
    {
      source,
      advance: (state, resume) =>
        resume?.kind === 'mbox' ? { head: fingerprint.head, nextOffset: resume.nextOffset } : state,
    },
    options,
  );
  return { ...report, size: fingerprint.size, startOffset };
}

export async function importImap(
  ctx: AppContext,
  imap: ImapOptions,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const source = `imap:${imap.user}@${imap.host}:${imap.port ?? ''}`;
  const prior = (await getCheckpoint(ctx.store.db, source)) as ImapState | undefined;
  // imapflow and its dependencies are loaded only by an IMAP import (bench: ~0.8 s of start-up otherwise).
  const { advanceImapState, readImap } = await import('../adapters/mail/imap-source.js');
  return importItems(
    ctx,
    readImap({ ...imap, ...(prior ? { state: prior } : {}) }),
    { source, advance: (state, resume) => advanceImapState((state as ImapState | undefined) ?? {}, resume) },
    options,
  );
}
