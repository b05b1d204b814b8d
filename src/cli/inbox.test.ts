import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notnow } from '../test-support/cli.js';
import { type RunningDovecot, startDovecot } from '../test-support/dovecot.js';
import { acknowledgementFrom, mbox, rawMail, rejectionFrom } from '../test-support/mail.js';

const dir = mkdtempSync(join(tmpdir(), 'notnow-cli-inbox-'));

describe('notnow classify', () => {
  it('prints one JSON line per message with kind, confidence, company, role, person and evidence', () => {
    const r = notnow(['classify', '--json', 'corpus/inbox/holdout']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(50);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining(['kind', 'confidence', 'company', 'role', 'person', 'evidence']),
      );
    }
    expect(lines.filter((l) => l.kind === 'rejection').length).toBeGreaterThan(5);
  });
});

describe('notnow import and inbox review', () => {
  const db = join(dir, 'inbox.db');
  const run = (...a: string[]) => notnow([...a, '--db', db]);

  it('imports an mbox, applies a clear rejection, queues the rest, and adds nothing the second time', () => {
    const app = run(
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--applied',
      '2026-10-20',
      '--json',
    ).json<{ id: number }>().id;
    const file = join(dir, 'takeout.mbox');
    writeFileSync(
      file,
      mbox([
        acknowledgementFrom('Acme', 'Data Analyst', '2026-10-20T09:00:00Z'),
        rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z'),
        rejectionFrom('Globex', 'Platform Engineer', '2026-11-18T10:00:00Z', 'Sam Hill'),
        {
          from: 'Weekly Digest <news@digest.example>',
          subject: 'Ten habits of calm people',
          date: '2026-11-17T08:00:00Z',
          body: 'This week: morning routines, and why a walk helps. Not a fit for everyone!',
          headers: { 'List-Unsubscribe': '<mailto:unsubscribe@digest.example>' },
        },
      ]),
    );
    const r = run('import', 'mbox', file, '--json');
    expect(r.code).toBe(0);
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // The acknowledgement may be applied or queued (it changes nothing either way); the rest is fixed.
    expect(['applied', 'review']).toContain(results[0].status);
    expect(results.slice(1).map((x) => x.status)).toEqual(['applied', 'review', 'ignored']);
    expect(results[1]).toMatchObject({ kind: 'rejection', applicationId: app, newStatus: 'rejected' });
    expect(
      run('show', String(app), '--json').json<{ application: { status: string } }>().application.status,
    ).toBe('rejected');
    const agenda = run('agenda', '--json', '--days', '60').json<
      Array<{ applicationId: number; kind: string }>
    >();
    expect(agenda.filter((s) => s.applicationId === app).length).toBeGreaterThan(0);

    const again = run('import', 'mbox', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Done: 0 applied, 0 to review/);

    const queue = run('inbox', 'review', '--json').json<
      Array<{ id: number; suggestion: { company: string } }>
    >();
    expect(queue).toHaveLength(1);
    expect(queue[0]!.suggestion.company).toBe('Globex');
    expect(run('inbox', 'review').stdout).toMatch(/new: Platform Engineer at Globex/);
    const accepted = run('inbox', 'accept', String(queue[0]!.id), '--json');
    expect(accepted.code).toBe(0);
    expect(accepted.json<{ status: string }>().status).toBe('rejected');
    expect(
      run('list', 'applications', '--json')
        .json<Array<{ company: string }>>()
        .map((a) => a.company)
        .sort(),
    ).toEqual(['Acme', 'Globex']);
  });

  it('refuses what it cannot read with a clear message', () => {
    const r = run('import', 'mbox', join(dir, 'missing.mbox'));
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/Cannot read .*missing\.mbox/);
    expect(run('inbox', 'accept', '999999').stderr).toMatch(/no imported message with id 999999/);
  });
});

describe('notnow import imap (against a real Dovecot)', () => {
  let d: RunningDovecot;
  beforeAll(async () => {
    d = await startDovecot();
  });
  afterAll(async () => d?.stop());

  it('reads over TLS, incrementally, never marking mail as read, and keeps the password out of sight', () => {
    const db = join(dir, 'imap.db');
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, d.ca);
    const env = { NOTNOW_IMAP_PASSWORD: d.password };
    const imap = (...extra: string[]) =>
      notnow(
        [
          'import',
          'imap',
          '--host',
          d.host,
          '--port',
          String(d.imapsPort),
          '--user',
          d.user,
          '--ca',
          ca,
          '--folder',
          'INBOX',
          '--db',
          db,
          ...extra,
        ],
        env,
      );
    notnow([
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--applied',
      '2026-10-20',
      '--db',
      db,
    ]);
    d.deliver('INBOX', rawMail(rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z')));
    const first = imap('--json');
    expect(first.code, first.stderr).toBe(0);
    expect(
      first.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).status),
    ).toEqual(['applied']);
    d.deliver(
      'INBOX',
      rawMail(rejectionFrom('Globex', 'Platform Engineer', '2026-11-20T10:00:00Z', 'Sam Hill')),
    );
    const second = imap('--json');
    expect(
      second.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).status),
    ).toEqual(['review']);
    expect(d.maildirFlags('INBOX').every((f) => !f.includes('S'))).toBe(true);

    const wrong = notnow(
      [
        'import',
        'imap',
        '--host',
        d.host,
        '--port',
        String(d.imapsPort),
        '--user',
        d.user,
        '--ca',
        ca,
        '--db',
        db,
      ],
      { NOTNOW_IMAP_PASSWORD: 'not-the-password-42' },
    );
    expect(wrong.code).toBe(77);
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-password-42');
  });
});
