import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceImapState, startUid, uidSet } from './imap-state.js';

describe('imap state', () => {
  it('advances a folder to a stored item and never backwards', () => {
    const s1 = advanceImapState({}, { kind: 'imap', folder: 'INBOX', uidValidity: '7', uid: 5 });
    expect(s1).toEqual({ INBOX: { uidValidity: '7', lastUid: 5 } });
    expect(advanceImapState(s1, { kind: 'imap', folder: 'INBOX', uidValidity: '7', uid: 3 })).toBe(s1);
    expect(advanceImapState(s1, { kind: 'imap', folder: 'INBOX', uidValidity: '8', uid: 1 })).toEqual({
      INBOX: { uidValidity: '8', lastUid: 1 },
    });
    expect(advanceImapState(s1, { kind: 'mbox', path: 'x', offset: 0, nextOffset: 9 })).toBe(s1);
    expect(s1).toEqual({ INBOX: { uidValidity: '7', lastUid: 5 } });
  });

  it('starts after the last UID, or from the start when UIDVALIDITY changed', () => {
    expect(startUid({ uidValidity: '7', lastUid: 5 }, '7')).toBe(5);
    expect(startUid({ uidValidity: '7', lastUid: 5 }, '9')).toBe(0);
    expect(startUid(undefined, '7')).toBe(0);
  });

  it('writes UID lists as short sequence sets that stand for the same UIDs', () => {
    expect(uidSet([1, 2, 3, 4, 7, 9, 10, 11])).toBe('1:4,7,9:11');
    expect(uidSet([])).toBe('');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 })), (raw) => {
        const uids = [...raw].sort((a, b) => a - b);
        const back = uidSet(uids)
          .split(',')
          .filter(Boolean)
          .flatMap((p) => {
            const [a, b] = p.split(':').map(Number) as [number, number?];
            return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
          });
        expect(back).toEqual(uids);
      }),
    );
  });
});
