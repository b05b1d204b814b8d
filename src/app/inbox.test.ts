import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMbox } from '../adapters/mail/mbox-source.js';
import { insertMessage } from '../store/messages.js';
import { listSteps } from '../store/steps.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { acknowledgementFrom, mbox, rawMail, rejectionFrom } from '../test-support/mail.js';
import { addApplication, applicationDetails, setStatus } from './applications.js';
import { importItems } from './inbox.js';
import { acceptMessage, dismissMessage, reviewQueue } from './inbox-review.js';
import { importEml, importMbox } from './inbox-sources.js';
import { updateProfile } from './profile.js';

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
afterEach(async () => t?.close());
const dir = () => mkdtempSync(join(tmpdir(), 'notnow-inbox-'));

describe.each(engines)('importing job mail on %s', (engine) => {
  it('a clear rejection for a known application changes its status and starts the plan', async () => {
    t = await testApp(engine);
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-10-20',
    });
    const d = dir();
    writeFileSync(join(d, 'no.eml'), rawMail(rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z')));
    const report = await importEml(t.ctx, [d]);
    expect(report.counts.applied).toBe(1);
    const details = await applicationDetails(t.store.db, application.id);
    expect(details.application.status).toBe('rejected');
    expect(details.history.at(-1)?.at).toBe('2026-11-19T15:00:00.000Z');
    // The writer is now a person on the application, and the e-mail a reply from them.
    expect(details.people.map((p) => p.person.emails)).toEqual([['dana@acme.com']]);
    expect(details.touches).toEqual([expect.objectContaining({ direction: 'in', channel: 'email' })]);
    const steps = await listSteps(t.store.db, { applicationId: application.id, states: ['pending'] });
    expect(steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['thank-you', 'resell']));
    // Importing again adds nothing.
    const again = await importEml(t.ctx, [d]);
    expect(again.counts).toEqual({ applied: 0, review: 0, duplicate: 1, ignored: 0, error: 0 });
  });

  it('mail the user sent from their own address is no news, however it reads', async () => {
    t = await testApp(engine);
    await updateProfile(t.ctx, { name: 'Alex Doe', email: 'Alex.Doe@example.net' });
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-10-20',
    });
    const d = dir();
    // A Sent folder: the user forwarding the rejection to a friend reads like the rejection itself.
    const forwarded = {
      ...rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z'),
      from: 'Alex Doe <alex.doe@example.net>',
    };
    writeFileSync(join(d, 'sent.eml'), rawMail(forwarded));
    const report = await importEml(t.ctx, [d]);
    expect(report.counts).toEqual({ applied: 0, review: 0, duplicate: 0, ignored: 1, error: 0 });
    expect((await applicationDetails(t.store.db, application.id)).application.status).toBe('applied');
  });

  it('old news does not reopen a ghosted application; news after the silence does', async () => {
    t = await testApp(engine);
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-09-01',
    });
    await setStatus(t.ctx, { id: application.id, status: 'ghosted', on: '2026-10-15' });
    const d = dir();
    writeFileSync(
      join(d, 'old.eml'),
      rawMail(acknowledgementFrom('Acme', 'Data Analyst', '2026-09-02T09:00:00Z')),
    );
    await importEml(t.ctx, [d]);
    const status = async () => (await applicationDetails(t.store.db, application.id)).application.status;
    expect(await status()).toBe('ghosted');
    const later = dir();
    writeFileSync(
      join(later, 'new.eml'),
      rawMail(acknowledgementFrom('Acme', 'Data Analyst', '2026-11-02T09:00:00Z')),
    );
    await importEml(t.ctx, [later]);
    expect(await status()).toBe('applied');
  });

  it('the review queue suggests what accepting does: old news leaves a ghosted application ghosted', async () => {
    t = await testApp(engine);
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-09-01',
    });
    // Two acknowledgements an import left for review, both suggested for this application while it was
    // still "applied"; then the silence is called.
    const waiting = (receivedAt: string) =>
      insertMessage(t.store.db, {
        messageKey: `ack-${receivedAt}`,
        sourceKey: `ack-${receivedAt}.eml`,
        receivedAt,
        fromName: 'Acme Recruiting',
        fromAddress: 'jobs-noreply@mailer.example',
        subject: 'We received your application',
        kind: 'acknowledgement',
        confidence: 0.7,
        evidence: [],
        extraction: {
          company: { value: 'Acme', confidence: 0.7 },
          companyDomain: null,
          agency: null,
          role: null,
          person: null,
          date: { value: receivedAt, confidence: 1 },
        },
        applicationId: application.id,
        state: 'review',
        suggestion: {
          applicationId: application.id,
          matchConfidence: 0.6,
          reason: 'the only application at Acme',
          status: 'applied',
          company: 'Acme',
          role: null,
        },
        body: null,
        importedAt: '2026-09-10T08:00:00.000Z',
      });
    const old = await waiting('2026-09-02T09:00:00.000Z');
    const recent = await waiting('2026-11-02T09:00:00.000Z');
    await setStatus(t.ctx, { id: application.id, status: 'ghosted', on: '2026-10-15' });
    const suggested = async (id: number) => (await reviewQueue(t.ctx)).find((q) => q.id === id)?.suggestion;
    // Written before the silence was called: accepting links it, but the application stays ghosted.
    expect(await suggested(old.id)).toMatchObject({ applicationId: application.id, status: 'ghosted' });
    // Written after it: the answer ends the silence.
    expect(await suggested(recent.id)).toMatchObject({ applicationId: application.id, status: 'applied' });
    expect((await acceptMessage(t.ctx, { message: old.id })).status).toBe('ghosted');
    expect((await acceptMessage(t.ctx, { message: recent.id })).status).toBe('applied');
  });

  it('an old acknowledgement imported after a rejection does not reopen the application', async () => {
    t = await testApp(engine);
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-10-20',
    });
    const d = dir();
    writeFileSync(join(d, '1.eml'), rawMail(rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z')));
    writeFileSync(
      join(d, '2.eml'),
      rawMail(acknowledgementFrom('Acme', 'Data Analyst', '2026-10-20T09:00:00Z')),
    );
    await importEml(t.ctx, [d]);
    expect((await applicationDetails(t.store.db, application.id)).application.status).toBe('rejected');
  });

  it('unclear mail waits for review; accepting creates the application, dismissing changes nothing', async () => {
    t = await testApp(engine);
    const d = dir();
    writeFileSync(
      join(d, 'a.eml'),
      rawMail(rejectionFrom('Globex', 'Platform Engineer', '2026-11-18T10:00:00Z', 'Sam Hill')),
    );
    writeFileSync(
      join(d, 'b.eml'),
      rawMail(rejectionFrom('Initech', 'QA Lead', '2026-11-18T11:00:00Z', 'Bo Park')),
    );
    const report = await importEml(t.ctx, [d]);
    expect(report.counts.review).toBe(2);
    const queue = await reviewQueue(t.ctx);
    expect(queue.map((q) => q.suggestion.company).sort()).toEqual(['Globex', 'Initech']);
    const globex = queue.find((q) => q.suggestion.company === 'Globex')!;
    expect(globex.suggestion).toMatchObject({
      applicationId: null,
      status: 'rejected',
      role: 'Platform Engineer',
    });
    const accepted = await acceptMessage(t.ctx, { message: globex.id });
    expect(accepted.status).toBe('rejected');
    const initech = queue.find((q) => q.suggestion.company === 'Initech')!;
    await dismissMessage(t.ctx, initech.id);
    expect(await reviewQueue(t.ctx)).toEqual([]);
    await expect(acceptMessage(t.ctx, { message: initech.id })).rejects.toThrow(/already dismissed/);
    expect((await importEml(t.ctx, [d])).counts.duplicate).toBe(2);
  });
});

describe('importing an mbox', () => {
  it('continues after an interruption without losing or doubling anything, and skips a broken message', async () => {
    t = await testApp('sqlite');
    await addApplication(t.ctx, { company: 'Acme', role: 'Data Analyst', applied: '2026-10-01' });
    const mails = [
      acknowledgementFrom('Acme', 'Data Analyst', '2026-10-01T09:00:00Z'),
      ...Array.from({ length: 30 }, (_, i) =>
        rejectionFrom(`Company${i}`, 'Engineer', `2026-11-0${(i % 9) + 1}T10:00:00Z`, `Pat Lee${i}`),
      ),
      { ...rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z'), messageId: null },
    ];
    const d = dir();
    const file = join(d, 'mail.mbox');
    writeFileSync(file, mbox(mails));
    const controller = new AbortController();
    let seen = 0;
    const first = await importMbox(t.ctx, file, {
      signal: controller.signal,
      onItem: () => {
        if (++seen === 10) controller.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.results).toHaveLength(10);
    const second = await importMbox(t.ctx, file);
    expect(second.interrupted).toBe(false);
    expect(second.startOffset).toBeGreaterThan(0);
    expect(first.results.length + second.results.length).toBe(mails.length);
    expect(second.counts.duplicate).toBe(0);
    const third = await importMbox(t.ctx, file);
    expect(third.results).toHaveLength(0);
  });

  it('within one batch: a second copy is a duplicate, and two mails for one application plan it once', async () => {
    t = await testApp('sqlite');
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Data Analyst',
      applied: '2026-10-01',
    });
    const rejection = rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z');
    const mails = [acknowledgementFrom('Acme', 'Data Analyst', '2026-10-01T09:00:00Z'), rejection, rejection];
    const file = join(dir(), 'mail.mbox');
    writeFileSync(file, mbox(mails));
    const report = await importMbox(t.ctx, file);
    expect(report.results.map((r) => r.status)).toEqual(['applied', 'applied', 'duplicate']);
    expect(report.results.map((r) => r.newStatus ?? null)).toEqual([null, 'rejected', null]);
    const details = await applicationDetails(t.store.db, application.id);
    expect(details.application.status).toBe('rejected');
    // The rejection's writer (the acknowledgement came from a no-reply address), once.
    expect(details.touches).toHaveLength(1);
    // One plan, as if the two mails had come one by one: one thank-you and one resell letter.
    const steps = await listSteps(t.store.db, { applicationId: application.id, states: ['pending'] });
    expect(steps.filter((s) => s.kind === 'resell')).toHaveLength(1);
    expect(steps.filter((s) => s.kind === 'thank-you')).toHaveLength(1);
  });

  it('reports a broken item and goes on with the batch', async () => {
    t = await testApp('sqlite');
    const items = (async function* () {
      yield { key: 'bad', error: 'message too large (50 MiB)' };
      yield {
        key: 'good',
        raw: new TextEncoder().encode(rawMail(rejectionFrom('Acme', 'Analyst', '2026-11-10T10:00:00Z'))),
      };
    })();
    const report = await importItems(t.ctx, items, null);
    expect(report.results.map((r) => r.status)).toEqual(['error', 'review']);
    expect(readMbox).toBeTypeOf('function');
  });

  it('hands each result to onItem and keeps none when asked (a mailbox of years in bounded memory)', async () => {
    t = await testApp('sqlite');
    await addApplication(t.ctx, { company: 'Acme', role: 'Data Analyst', applied: '2026-10-01' });
    const rejection = rejectionFrom('Acme', 'Data Analyst', '2026-11-19T15:00:00Z');
    const file = join(dir(), 'mail.mbox');
    writeFileSync(file, mbox([rejection, rejection]));
    const seen: string[] = [];
    const report = await importMbox(t.ctx, file, { keepResults: false, onItem: (r) => seen.push(r.status) });
    expect(seen).toEqual(['applied', 'duplicate']);
    expect(report.results).toEqual([]);
    expect(report.counts).toEqual({ applied: 1, review: 0, duplicate: 1, ignored: 0, error: 0 });
  });
});
