import { afterEach, describe, expect, it } from 'vitest';
import { NotNowError } from '../core/errors.js';
import { insertSteps, listSteps } from '../store/steps.js';
import { testApp } from '../test-support/app.js';
import { addApplication, applicationDetails, setStatus } from './applications.js';
import { addPerson } from './people.js';
import { updateProfile } from './profile.js';
import { logTouch } from './touches.js';

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
afterEach(async () => t?.close());

async function expectInvalid(p: Promise<unknown>, pattern: RegExp) {
  const e = await p.then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(NotNowError);
  expect((e as NotNowError).message).toMatch(pattern);
}

describe('use cases', () => {
  it('adds an application, creating its company once', async () => {
    t = await testApp('sqlite');
    const a = await addApplication(t.ctx, { company: 'Acme', role: 'Engineer', applied: '2026-11-02' });
    const b = await addApplication(t.ctx, { company: ' acme ', role: 'Designer' });
    expect(a.companyCreated).toBe(true);
    expect(b.companyCreated).toBe(false);
    expect(b.company.id).toBe(a.company.id);
    expect(b.application.appliedOn).toBe('2026-11-23');
  });

  it('reads dates in words against the pinned today, and refuses future ones', async () => {
    t = await testApp('sqlite');
    const a = await addApplication(t.ctx, { company: 'Acme', role: 'Engineer', applied: 'last friday' });
    expect(a.application.appliedOn).toBe('2026-11-20');
    await expectInvalid(
      addApplication(t.ctx, { company: 'Acme', role: 'X', applied: '2027-01-01' }),
      /in the future/,
    );
  });

  it('says what to fix for bad input', async () => {
    t = await testApp('sqlite');
    await expectInvalid(addApplication(t.ctx, { company: '', role: 'X' }), /company name cannot be empty/);
    await expectInvalid(
      addApplication(t.ctx, { company: 'Acme', role: 'X', via: 'pigeon' }),
      /"pigeon" is not a way an application came \(via\); use one of board, referral, recruiter, direct/,
    );
    await expectInvalid(
      addPerson(t.ctx, { name: 'Sam', emails: ['sam@'] }),
      /"sam@" is not an e-mail address/,
    );
    const a = await addApplication(t.ctx, { company: 'Acme', role: 'Engineer' });
    await expectInvalid(
      setStatus(t.ctx, { id: a.application.id, status: 'maybe' }),
      /"maybe" is not a status/,
    );
    await expectInvalid(
      setStatus(t.ctx, { id: 424242, status: 'rejected' }),
      /no application with id 424242/,
    );
    await expectInvalid(updateProfile(t.ctx, { timeZone: 'Mars/Olympus' }), /not a time zone/);
  });

  it('keeps the current status when a change is back-dated before a later one', async () => {
    t = await testApp('sqlite');
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Engineer',
      applied: '2026-11-01',
    });
    await setStatus(t.ctx, { id: application.id, status: 'rejected', on: '2026-11-20', mood: 'ok' });
    const r = await setStatus(t.ctx, { id: application.id, status: 'interviewing', on: '2026-11-10' });
    expect(r.application.status).toBe('rejected');
    const d = await applicationDetails(t.store.db, application.id);
    expect(d.history.map((h) => h.status)).toEqual(['applied', 'interviewing', 'rejected']);
  });

  it('an asked-to-stop reply makes the person do-not-contact and cancels their steps at once', async () => {
    t = await testApp('sqlite');
    await updateProfile(t.ctx, { timeZone: 'America/New_York' });
    const { application } = await addApplication(t.ctx, { company: 'Acme', role: 'Engineer' });
    const { person } = await addPerson(t.ctx, {
      name: 'Dana',
      role: 'interviewer',
      application: application.id,
    });
    const { person: other } = await addPerson(t.ctx, {
      name: 'Lee',
      role: 'interviewer',
      application: application.id,
    });
    const step = (personId: number, key: string) => ({
      key,
      applicationId: application.id,
      personId,
      kind: 'keep-in-touch' as const,
      due: '2026-12-01',
      channel: 'email' as const,
      why: 'x',
      state: 'pending' as const,
      snoozedUntil: null,
      cancelReason: null,
      touchId: null,
      edited: false,
      draft: null,
      createdAt: 'now',
      updatedAt: 'now',
    });
    await insertSteps(t.store.db, [step(person.id, 'a'), step(person.id, 'b'), step(other.id, 'c')]);
    const r = await logTouch(t.ctx, {
      person: person.id,
      channel: 'email',
      direction: 'in',
      tone: 'asked-to-stop',
    });
    expect(r.person.contactState).toBe('do-not-contact');
    expect(r.cancelledSteps).toBe(2);
    expect(r.touch.applicationId).toBe(application.id);
    const steps = await listSteps(t.store.db);
    expect(steps.filter((s) => s.state === 'cancelled').map((s) => s.key)).toEqual(['a', 'b']);
    expect(steps.find((s) => s.key === 'c')?.state).toBe('pending');
    await expectInvalid(
      logTouch(t.ctx, { person: person.id, channel: 'email', direction: 'out', tone: 'warm' }),
      /tone describes a reply/,
    );
  });
});
