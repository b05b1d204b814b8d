import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../test-support/databases.js';
import { acknowledgementFrom, mbox, rejectionFrom } from '../test-support/mail.js';
import { http, startTestServer, type TestServer } from '../test-support/server.js';
import { type RunningSmtp, startSmtp } from '../test-support/smtp.js';
import { checkedRoutes } from './answer-check.js';
import { routes } from './routes.js';

interface Item {
  id: number;
  kind: string;
  applicationId: number | null;
  personId: number | null;
  state: string;
}

// The test client (src/test-support/server.ts) parses every JSON answer with its route's published
// schema and fails the request when a field is missing, mistyped or undescribed; this walk makes sure
// every JSON route answers at least once, on each engine, with real data behind it.
describe.each(engines)('every JSON answer matches its published schema, on %s', (engine) => {
  let t: TestServer;
  let smtp: RunningSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer(engine, {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: smtp.password },
    });
    checkedRoutes.clear();
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const call = async <T = unknown>(method: string, path: string, body?: unknown) => {
    const r = await http(t.server, `/api${path}`, {
      method,
      headers: { authorization: `Bearer ${t.server.secret}` },
      ...(body === undefined ? {} : { body }),
    });
    expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(300);
    return r.json<T>();
  };

  it('walks the demo data, the records, the settings and the changes', async () => {
    await call('GET', '/clock');
    expect(await call('POST', '/demo')).toMatchObject({ applications: expect.any(Number) });
    await call('GET', '/applications?limit=100');
    const rejected = await call<{ items: Array<{ id: number }> }>('GET', '/applications?status=rejected');
    const details = await call<{ people: Array<{ person: { id: number } }>; company: { id: number } }>(
      'GET',
      `/applications/${rejected.items[0]!.id}`,
    );
    await call('GET', '/people');
    await call('GET', `/people?application=${rejected.items[0]!.id}`);
    await call('GET', `/people/${details.people[0]!.person.id}`);
    await call('GET', '/companies');
    await call('GET', `/companies/${details.company.id}`);

    await call('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
    await call('GET', '/profile');
    await call('GET', '/server');
    await call('GET', '/smtp');
    await call('POST', '/smtp/test');
    const playbook = await call<{ intervals: Array<{ key: string; value: number; max: number }> }>(
      'GET',
      '/playbook',
    );
    const first = playbook.intervals.find((i) => i.value < i.max)!;
    await call('PUT', '/playbook', { intervals: { [first.key]: first.value + 1 } });
    await call('DELETE', '/playbook');

    const company = await call<{ id: number }>('POST', '/companies', { name: 'Answer Labs' });
    await call('PATCH', `/companies/${company.id}`, { notes: 'met them at a meetup' });
    await call('POST', '/links', { url: 'https://example.org/case-study', title: 'Case study' });
    const added = await call<{ application: { id: number } }>('POST', '/applications', {
      company: 'Schema Works',
      role: 'Platform Engineer',
      applied: '2026-10-20',
    });
    const id = added.application.id;
    await call('PATCH', `/applications/${id}`, { notes: 'referred by a friend' });
    await call('POST', `/applications/${id}/status/preview`, { status: 'rejected' });
    const person = await call<{ person: { id: number } }>('POST', '/people', {
      name: 'Dana Whitfield',
      role: 'interviewer',
      application: id,
      interviewed: '2026-11-18',
      emails: ['dana@schemaworks.example'],
    });
    const other = await call<{ person: { id: number } }>('POST', '/people', { name: 'Lee Park' });
    await call('POST', `/people/${other.person.id}/applications`, { application: id, role: 'recruiter' });
    await call('PATCH', `/people/${other.person.id}`, { title: 'Talent partner' });
    await call('POST', `/applications/${id}/status`, { status: 'rejected', mood: 'ok' });
    await call('POST', `/applications/${id}/feedback`, { text: 'Strong on systems, light on Go.' });
    await call('POST', `/people/${person.person.id}/touches`, { channel: 'email', direction: 'in' });
    // Non-empty lists, so the schemas of their items are held to real ones too.
    const full = await call<Record<string, unknown[]>>('GET', `/applications/${id}`);
    for (const list of ['history', 'people', 'touches', 'steps', 'feedback']) {
      expect(full[list]!.length, list).toBeGreaterThan(0);
    }
    const someone = await call<Record<string, unknown[]>>('GET', `/people/${person.person.id}`);
    expect([someone.participations!.length, someone.touches!.length, someone.steps!.length]).not.toContain(0);

    const agenda = await call<{ items: Item[] }>('GET', '/agenda?days=90&limit=500');
    const mine = agenda.items.filter((i) => i.applicationId === id);
    const letters = await call<{ letters: Array<{ step: number }> }>('GET', `/applications/${id}/letters`);
    // The last letter is marked done: it does not hang on the second (a follow-up is dropped with the
    // resell letter it keeps the promise of, and the second is skipped here).
    const steps = letters.letters.map((l) => l.step);
    const [a, b] = steps;
    const c = steps.length >= 3 ? steps.at(-1) : undefined;
    expect(c, 'three letters to walk').toBeDefined();
    await call('GET', `/steps/${a}/letter`);
    await call('GET', `/steps/${a}/letter?variant=2`);
    await call('PUT', `/steps/${a}/letter`, { text: 'Thank you for the time you gave me. Obviously.' });
    const findings = await call<unknown[]>('POST', '/tone', {
      text: 'You should have hired me; I expect an answer by Friday.',
    });
    expect(findings.length).toBeGreaterThan(0);
    await call('POST', `/steps/${a}/send`);
    await call('POST', `/steps/${b}/snooze`, { until: '2026-12-01' });
    await call('POST', `/steps/${b}/skip`);
    await call('POST', `/steps/${c}/done`, { channel: 'email' });
    expect(mine.length).toBeGreaterThan(0);

    await call('GET', '/export');
    await call('DELETE', `/people/${other.person.id}`);
    await call('DELETE', `/applications/${id}`);
    await call('DELETE', `/companies/${company.id}`);
  });

  it('walks an import, its status and the review queue', async () => {
    const file = mbox([
      rejectionFrom('Globex', 'Data Analyst', '2026-11-10'),
      acknowledgementFrom('Initech', 'Support Engineer', '2026-11-12'),
      rejectionFrom('Umbrella', 'Research Assistant', '2026-11-14'),
    ]);
    const up = await http(t.server, '/api/import?name=takeout.mbox', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/mbox' },
      body: file,
    });
    expect(up.status).toBe(202);
    let status = up.json<{ id: string; state: string }>();
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await call('GET', `/imports/${status.id}`);
    }
    expect(status.state).toBe('done');
    await call('GET', '/imports');
    const queue = await call<Array<{ id: number }>>('GET', '/inbox/review');
    expect(queue.length, 'messages left for review').toBeGreaterThanOrEqual(2);
    await call('POST', `/inbox/${queue[0]!.id}/accept`, { createNew: true });
    await call('POST', `/inbox/${queue[1]!.id}/dismiss`);
    const exported = await call<{ data: { messages: unknown[] } }>('GET', '/export');
    expect(exported.data.messages.length, 'the imported messages in the export').toBe(3);
  });

  it('has checked an answer of every JSON route', () => {
    const json = routes.filter((r) => !r.produces).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(json.filter((name) => !checkedRoutes.has(name))).toEqual([]);
  });
});
