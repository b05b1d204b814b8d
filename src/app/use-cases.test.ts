import { afterEach, describe, expect, it } from 'vitest';
import { NotNowError } from '../core/errors.js';
import { listSteps } from '../store/steps.js';
import { testApp } from '../test-support/app.js';
import { addApplication, applicationDetails, setStatus } from './applications.js';
import { editCompany } from './companies.js';
import { pinnedClock } from './context.js';
import { addFeedback } from './notes.js';
import { addPerson } from './people.js';
import { plansRefreshedOn } from './plan.js';
import { updateProfile } from './profile.js';
import { deleteRecord, showRecord } from './records.js';
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

  it('feedback received drops the request for it at once; deleting the feedback brings it back', async () => {
    t = await testApp('sqlite');
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Engineer',
      applied: '2026-11-01',
    });
    const dana = await addPerson(t.ctx, {
      name: 'Dana',
      role: 'hiring-manager',
      application: application.id,
    });
    await setStatus(t.ctx, { id: application.id, status: 'rejected', on: '2026-11-20', mood: 'ok' });
    const request = async () =>
      (await listSteps(t.store.db, { applicationId: application.id })).find(
        (s) => s.kind === 'feedback-request',
      );
    expect(await request()).toMatchObject({ state: 'pending', personId: dana.person.id });
    const f = await addFeedback(t.ctx, {
      application: application.id,
      from: dana.person.id,
      text: 'More depth',
    });
    expect(await request()).toMatchObject({
      state: 'cancelled',
      cancelReason: 'feedback received on 23 Nov',
    });
    await deleteRecord(t.ctx, f.id);
    expect(await request()).toMatchObject({ state: 'pending', cancelReason: null });
  });

  it('shows an application with its plan brought up to today first, as the agenda would', async () => {
    t = await testApp('sqlite');
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Engineer',
      applied: '2026-11-20',
    });
    const later = { ...t.ctx, clock: pinnedClock('2026-12-01') };
    expect(plansRefreshedOn(later, '2026-12-01')).toBe(false);
    const shown = await showRecord(later, application.id);
    expect(shown.kind).toBe('application');
    expect(plansRefreshedOn(later, '2026-12-01')).toBe(true);
    // A company is shown as it is: nothing to bring up to date.
    const other = { ...t.ctx, clock: pinnedClock('2026-12-02') };
    await showRecord(other, application.companyId);
    expect(plansRefreshedOn(other, '2026-12-02')).toBe(false);
  });

  it('renaming a company rewrites the reasons of its pending steps at once', async () => {
    t = await testApp('sqlite');
    const { application, company } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Engineer',
      applied: '2026-11-01',
    });
    await addPerson(t.ctx, { name: 'Dana', role: 'interviewer', application: application.id });
    await setStatus(t.ctx, { id: application.id, status: 'rejected', on: '2026-11-20', mood: 'ok' });
    const pending = async () => (await listSteps(t.store.db)).filter((s) => s.state === 'pending');
    expect((await pending()).some((s) => s.why.includes('Acme'))).toBe(true);
    await editCompany(t.ctx, { id: company.id, name: 'Acme Robotics' });
    const after = await pending();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => !/\bAcme\b(?! Robotics)/.test(s.why))).toBe(true);
    expect(after.some((s) => s.why.includes('Acme Robotics'))).toBe(true);
  });

  it('an asked-to-stop reply makes the person do-not-contact and cancels their steps at once', async () => {
    t = await testApp('sqlite');
    await updateProfile(t.ctx, { timeZone: 'America/New_York' });
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Engineer',
      applied: '2026-10-01',
    });
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
    const { person: boss } = await addPerson(t.ctx, {
      name: 'Kim',
      role: 'hiring-manager',
      application: application.id,
    });
    await setStatus(t.ctx, { id: application.id, status: 'rejected', on: '2026-11-20', mood: 'ok' });
    const before = await listSteps(t.store.db);
    expect(before.filter((s) => s.personId === person.id && s.state === 'pending').length).toBeGreaterThan(0);
    const r = await logTouch(t.ctx, {
      person: person.id,
      channel: 'email',
      direction: 'in',
      tone: 'asked-to-stop',
    });
    expect(r.person.contactState).toBe('do-not-contact');
    expect(r.cancelledSteps).toBeGreaterThan(0);
    expect(r.touch.applicationId).toBe(application.id);
    const after = await listSteps(t.store.db);
    const dana = after.filter((s) => s.personId === person.id);
    expect(dana.some((s) => s.state === 'pending' || s.state === 'snoozed')).toBe(false);
    // Everyone else's plan stays as it was (the resell letter goes to the hiring manager, not to Dana).
    const others = (list: typeof after) =>
      list.filter((s) => s.personId === other.id || s.personId === boss.id);
    expect(others(before).length).toBeGreaterThan(0);
    expect(others(after)).toEqual(others(before));
    await expectInvalid(
      logTouch(t.ctx, { person: person.id, channel: 'email', direction: 'out', tone: 'warm' }),
      /tone describes a reply/,
    );
  });
});
