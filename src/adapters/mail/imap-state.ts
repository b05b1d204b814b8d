/**
 * What an incremental IMAP import remembers between runs, per folder: the folder's UIDVALIDITY and
 * the highest UID already stored. UIDs only grow within one UIDVALIDITY (RFC 3501 §2.3.1.1), so the
 * next run asks for UIDs above `lastUid`; a different UIDVALIDITY means the server renumbered the
 * folder, and it is read from the start again (re-imported messages are recognised by Message-ID).
 * Plain JSON, so the importer can keep it in its settings as it is.
 */
import type { ResumePoint } from './source-item.js';

export interface ImapFolderState {
  /** A decimal string: UIDVALIDITY is an unsigned 32-bit number, kept as text to stay exact in JSON. */
  uidValidity: string;
  lastUid: number;
}

/** Keyed by the folder's full path as the server names it (`INBOX`, `Jobs/2026`). */
export type ImapState = Record<string, ImapFolderState>;

/** The state once the message of `resume` is stored; earlier or foreign points leave it as it is. */
export function advanceImapState(state: ImapState, resume: ResumePoint | undefined): ImapState {
  if (resume?.kind !== 'imap') return state;
  const prior = state[resume.folder];
  if (prior && prior.uidValidity === resume.uidValidity && prior.lastUid >= resume.uid) return state;
  return { ...state, [resume.folder]: { uidValidity: resume.uidValidity, lastUid: resume.uid } };
}

/** Where to start in a folder: after `lastUid`, or from the start when the folder was renumbered. */
export function startUid(prior: ImapFolderState | undefined, uidValidity: string): number {
  return prior && prior.uidValidity === uidValidity ? prior.lastUid : 0;
}

/** A sorted UID list as an IMAP sequence set ("1:4,7,9:12"), so a long list stays a short command. */
export function uidSet(uids: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < uids.length) {
    const first = uids[i] as number;
    let last = first;
    while (i + 1 < uids.length && uids[i + 1] === last + 1) last = uids[++i] as number;
    parts.push(first === last ? `${first}` : `${first}:${last}`);
    i++;
  }
  return parts.join(',');
}
