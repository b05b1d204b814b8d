import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotNowError } from '../../core/errors.js';
import { findDovecot, INSTALL_HINT, type RunningDovecot, startDovecot } from '../../test-support/dovecot.js';
import { type ImapOptions, readImap } from './imap-source.js';
import type { ImapState } from './imap-state.js';
import { parseMessage } from './parse-message.js';
import type { SourceItem } from './source-item.js';

const skip = process.env.NOTNOW_SKIP_IMAP === '1';
let d: RunningDovecot;

const mail = (subject: string, extra = '') =>
  `From: Jo <jo@acme.example>\nTo: ana@example.com\nSubject: ${subject}\nMessage-ID: <${subject.replace(/\W/g, '')}@acme.example>\n${extra}\nHello, about ${subject}.\n`;

function options(more: Partial<ImapOptions> = {}): ImapOptions {
  return { host: d.host, port: d.imapsPort, user: d.user, password: d.password, ca: d.ca, ...more };
}

async function run(o: ImapOptions): Promise<{ items: SourceItem[]; subjects: string[]; state: ImapState }> {
  const source = readImap(o);
  const items: SourceItem[] = [];
  for await (const item of source) items.push(item);
  const subjects = await Promise.all(
    items.filter((i) => i.raw).map(async (i) => (await parseMessage(i.raw!)).subject),
  );
  return { items, subjects, state: source.state };
}

async function imapFlags(folder: string): Promise<string[][]> {
  const c = new ImapFlow({
    host: d.host,
    port: d.imapsPort,
    secure: true,
    auth: { user: d.user, pass: d.password },
    tls: { ca: [d.ca] },
    logger: false,
  });
  await c.connect();
  const lock = await c.getMailboxLock(folder, { readOnly: true });
  const out: string[][] = [];
  try {
    for await (const m of c.fetch('1:*', { uid: true, flags: true }))
      out.push([...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort());
  } finally {
    lock.release();
    await c.logout();
  }
  return out;
}

describe.skipIf(skip)('readImap against a real Dovecot', () => {
  beforeAll(async () => {
    if (!findDovecot()) {
      throw new Error(`The IMAP tests need Dovecot. ${INSTALL_HINT} Or set NOTNOW_SKIP_IMAP=1 to skip them.`);
    }
    d = await startDovecot();
    d.deliver('INBOX', mail('Application received'));
    d.deliver('INBOX', mail('Interview invitation'), { flags: 'F' });
    d.deliver('Jobs', mail('Your application to Acme'));
    d.deliver('Trash', mail('Deleted newsletter'));
    d.deliver('Sent', mail('My thank-you note'));
  });
  afterAll(async () => {
    await d?.stop();
  });

  let first: ImapState;

  it('reads every received-mail folder over TLS, skipping trash and sent mail, and returns the state', async () => {
    const { items, subjects, state } = await run(options());
    expect(subjects).toEqual(['Application received', 'Interview invitation', 'Your application to Acme']);
    expect(Object.keys(state).sort()).toEqual(['INBOX', 'Jobs']);
    expect(state.INBOX?.lastUid).toBe(2);
    expect(state.INBOX?.uidValidity).toMatch(/^\d+$/);
    expect(items[0]?.key).toBe(
      `imap://ana@127.0.0.1:${d.imapsPort}/INBOX;UIDVALIDITY=${state.INBOX?.uidValidity}/;UID=1`,
    );
    expect(items[2]?.resume).toEqual({
      kind: 'imap',
      folder: 'Jobs',
      uidValidity: state.Jobs?.uidValidity,
      uid: 1,
    });
    first = state;
  });

  it('sets no flag: no \\Seen on any message, the flagged one still only flagged', async () => {
    expect(d.maildirFlags('INBOX').sort()).toEqual(['', 'F']);
    expect(d.maildirFlags('Jobs')).toEqual(['']);
    expect(await imapFlags('INBOX')).toEqual([[], ['\\Flagged']]);
  });

  it('fetches only new mail on the next run', async () => {
    d.deliver('INBOX', mail('Rejection after onsite'));
    d.deliver('Jobs', mail('Take-home assignment'));
    const { subjects, state } = await run(options({ state: first }));
    expect(subjects).toEqual(['Rejection after onsite', 'Take-home assignment']);
    expect(state.INBOX).toEqual({ uidValidity: first.INBOX?.uidValidity, lastUid: 3 });
    expect((await run(options({ state }))).items).toEqual([]);
    first = state;
  });

  it('starts a folder over when its UIDVALIDITY changed', async () => {
    d.resetUidValidity('Jobs', 4242);
    const { subjects, state } = await run(options({ state: first, folders: ['Jobs'] }));
    expect(subjects).toEqual(['Your application to Acme', 'Take-home assignment']);
    expect(state.Jobs).toEqual({ uidValidity: '4242', lastUid: 2 });
  });

  it('reads only the named folders, and names the folders there are when one is missing', async () => {
    expect((await run(options({ folders: ['jobs'] }))).subjects).toEqual([
      'Your application to Acme',
      'Take-home assignment',
    ]);
    await expect(run(options({ folders: ['Jobz'] }))).rejects.toThrow(
      /No folder named "Jobz" on the server. Its folders: .*INBOX/,
    );
  });

  it('keeps to mail received since a day', async () => {
    d.deliver('Old', mail('Old acknowledgement'), { internalDate: new Date('2020-05-01T10:00:00Z') });
    d.deliver('Old', mail('Recent rejection'), { internalDate: new Date('2026-02-01T10:00:00Z') });
    const { subjects, state } = await run(options({ folders: ['Old'], since: '2025-01-01' }));
    expect(subjects).toEqual(['Recent rejection']);
    expect(state.Old?.lastUid).toBe(2);
  });

  it('takes the password from NOTNOW_IMAP_PASSWORD', async () => {
    const { subjects } = await run(
      options({ password: undefined, env: { NOTNOW_IMAP_PASSWORD: d.password }, folders: ['Jobs'] }),
    );
    expect(subjects).toHaveLength(2);
  });

  it('does not trust an unknown certificate, and works with STARTTLS and with plain IMAP to localhost', async () => {
    await expect(run(options({ ca: undefined }))).rejects.toThrow(
      /certificate of 127\.0\.0\.1 is not trusted/,
    );
    const starttls = await run(options({ port: d.imapPort, tls: 'starttls', folders: ['Jobs'] }));
    expect(starttls.subjects).toHaveLength(2);
    const plain = await run(options({ port: d.imapPort, tls: false, ca: undefined, folders: ['Jobs'] }));
    expect(plain.subjects).toHaveLength(2);
  });

  it('reports a message over the size cap without downloading it, and reads the rest', async () => {
    d.deliver('Big', mail('Small one'));
    d.deliver('Big', mail('Huge one', `X-Pad: ${'p'.repeat(50_000)}\n`));
    d.deliver('Big', mail('Small two'));
    const { items, subjects, state } = await run(options({ folders: ['Big'], maxMessageBytes: 10_000 }));
    expect(subjects).toEqual(['Small one', 'Small two']);
    expect(items.map((i) => i.error ?? 'ok')).toEqual([
      'ok',
      expect.stringMatching(/larger than the 10 KiB limit/),
      'ok',
    ]);
    expect(state.Big?.lastUid).toBe(3);
  });

  it('gives a state covering the items handed out when the reader stops early', async () => {
    const source = readImap(options({ folders: ['Big'] }));
    for await (const item of source) {
      expect(item.raw).toBeDefined();
      break;
    }
    expect(source.state.Big?.lastUid).toBe(1);
  });

  it('refuses a wrong password with a clear error that does not contain it', async () => {
    const password = 'hunter2-wrong-secret';
    const err = await run(options({ password })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotNowError);
    expect((err as NotNowError).code).toBe('unauthorized');
    expect((err as Error).message).toMatch(/refused the login of ana at 127\.0\.0\.1/);
    expect(JSON.stringify(err) + String(err) + (err as Error).stack).not.toContain(password);
    expect((err as Error).message).not.toContain(Buffer.from(password).toString('base64'));
  });
});
