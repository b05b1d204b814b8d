import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgementFrom, mbox, rejectionFrom } from '../test-support/mail.js';
import { http, startTestServer, type TestServer } from '../test-support/server.js';
import { type RunningSmtp, startSmtp } from '../test-support/smtp.js';

interface AgendaItem {
  id: number;
  kind: string;
  group: string;
  why: string;
  person: string | null;
  company: string | null;
  due: string;
}
interface Err {
  error: { code: string; message: string };
}

const caller = (t: TestServer) => (method: string, path: string, body?: unknown) =>
  http(t.server, path.startsWith('/calendar') ? path : `/api${path}`, {
    method,
    headers: { authorization: `Bearer ${t.server.secret}` },
    ...(body === undefined ? {} : { body }),
  });

/** An application at Northwind with two interviewers, rejected today: its plan starts. */
async function rejectedWithInterviewers(call: ReturnType<typeof caller>) {
  await call('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
  const added = await call('POST', '/applications', {
    company: 'Northwind Health',
    role: 'Product Designer',
    applied: '2026-10-01',
  });
  const id = added.json<{ application: { id: number } }>().application.id;
  for (const name of ['Priya Raman', 'Tom Okafor']) {
    await call('POST', '/people', {
      name,
      role: 'interviewer',
      application: id,
      interviewed: '2026-11-20',
      emails: [`${name.split(' ')[0]!.toLowerCase()}@northwind.example`],
    });
  }
  expect((await call('POST', `/applications/${id}/status`, { status: 'rejected' })).status).toBe(201);
  return id;
}

describe('the follow-up, letters and inbox API', () => {
  let t: TestServer;
  let call: ReturnType<typeof caller>;
  let applicationId: number;
  beforeAll(async () => {
    t = await startTestServer();
    call = caller(t);
    applicationId = await rejectedWithInterviewers(call);
  });
  afterAll(() => t.close());

  const agenda = async (query = '') =>
    (await call('GET', `/agenda${query}`)).json<{ today: string; items: AgendaItem[] }>();

  it('serves the agenda as `notnow agenda --json` does, each step with its why', async () => {
    const a = await agenda();
    expect(a.today).toBe('2026-11-23');
    const thanks = a.items.filter((i) => i.kind === 'thank-you' || i.kind === 'interview-thank-you');
    expect(thanks.map((i) => i.person).sort()).toEqual(['Priya Raman', 'Tom Okafor']);
    for (const i of a.items) {
      expect(i.why.length).toBeGreaterThan(10);
      expect(['overdue', 'today', 'upcoming']).toContain(i.group);
    }
    expect((await agenda('?days=0')).items.length).toBeLessThanOrEqual(a.items.length);
    expect((await call('GET', '/agenda?days=soon')).status).toBe(400);
  });

  it('pages the agenda, with how many steps each group holds over every page', async () => {
    type Page = {
      items: AgendaItem[];
      counts: { overdue: number; today: number; upcoming: number };
      total: number;
      limit: number;
    };
    const all = (await call('GET', '/agenda?days=60&limit=500')).json<Page>();
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(2);
    expect(all.counts.overdue + all.counts.today + all.counts.upcoming).toBe(all.total);
    const first = (await call('GET', '/agenda?days=60&limit=2')).json<Page>();
    const rest = (await call('GET', '/agenda?days=60&limit=500&offset=2')).json<Page>();
    expect(first).toMatchObject({ total: all.total, counts: all.counts, limit: 2 });
    expect([...first.items, ...rest.items]).toEqual(all.items);
    expect((await call('GET', '/agenda?limit=0')).status).toBe(400);
  });

  it('drafts a letter with its wordings, keeps an edit and warns about its tone', async () => {
    const step = (await agenda()).items.find((i) => i.person === 'Priya Raman' && /thank/.test(i.kind))!;
    const r = await call('GET', `/steps/${step.id}/letter`);
    expect(r.status).toBe(200);
    const letter = r.json<{
      subject: string;
      text: string;
      variants: number[];
      mailto: string;
      edited: boolean;
    }>();
    expect(letter.text).toMatch(/Priya/);
    expect(letter.variants.length).toBeGreaterThan(1);
    expect(letter.mailto).toMatch(/^mailto:priya@northwind\.example\?/);
    const other = letter.variants.find((v) => v !== (letter as unknown as { variant: number }).variant)!;
    const second = (await call('GET', `/steps/${step.id}/letter?variant=${other}`)).json<{ text: string }>();
    expect(second.text).not.toBe(letter.text);

    const saved = await call('PUT', `/steps/${step.id}/letter`, {
      text: `${letter.text}\n\nIf you do not hire me, it's your loss.`,
    });
    expect(saved.status).toBe(200);
    const { tone } = saved.json<{ tone: Array<{ phrase: string }>; similar: unknown[] }>();
    expect(tone.map((f) => f.phrase.toLowerCase()).join(' ')).toMatch(/your loss/);
    const again = (await call('GET', `/steps/${step.id}/letter`)).json<{ edited: boolean; text: string }>();
    expect(again.edited).toBe(true);
    expect(again.text).toMatch(/your loss/);

    const checked = await call('POST', '/tone', { text: 'Shame on you for not answering.' });
    expect(checked.json<unknown[]>().length).toBeGreaterThan(0);
    expect((await call('POST', '/tone', { text: 'Thank you for your time.' })).json()).toEqual([]);
    expect((await call('PUT', `/steps/${step.id}/letter`, { text: '  ' })).status).toBe(400);
  });

  it('offers the letter as an .eml to download and as a card to print', async () => {
    const step = (await agenda()).items.find((i) => i.person === 'Tom Okafor' && /thank/.test(i.kind))!;
    const eml = await call('GET', `/steps/${step.id}/letter.eml`);
    expect(eml.status).toBe(200);
    expect(eml.headers['content-type']).toBe('message/rfc822');
    expect(eml.headers['content-disposition']).toBe(`attachment; filename="letter-step-${step.id}.eml"`);
    expect(eml.text).toMatch(/^To: .*tom@northwind\.example/m);
    const card = await call('GET', `/steps/${step.id}/card.html`);
    expect(card.headers['content-type']).toMatch(/^text\/html/);
    expect(card.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(card.text).toMatch(/Tom/);
  });

  it('lists the round of letters of an application', async () => {
    const r = (await call('GET', `/applications/${applicationId}/letters`)).json<{
      letters: Array<{ person: string | null }>;
      similar: unknown[];
    }>();
    expect(r.letters.map((l) => l.person)).toEqual(expect.arrayContaining(['Priya Raman', 'Tom Okafor']));
  });

  it('says clearly that sending needs SMTP when it is not set up', async () => {
    const step = (await agenda()).items.find((i) => i.person === 'Tom Okafor')!;
    const r = await call('POST', `/steps/${step.id}/send`);
    expect(r.status).toBe(502);
    expect(r.json<Err>().error).toMatchObject({ code: 'send-failed' });
    expect(r.json<Err>().error.message).toMatch(/NOTNOW_SMTP_HOST/);
    const server = (await call('GET', '/server')).json<{ smtpConfigured: boolean }>();
    expect(server.smtpConfigured).toBe(false);
  });

  it('marks steps done, skips and snoozes them, and the agenda follows', async () => {
    const items = (await agenda()).items;
    const [a, b, c] = items;
    expect((await call('POST', `/steps/${a!.id}/done`, { note: 'sent from my phone' })).status).toBe(200);
    expect((await call('POST', `/steps/${a!.id}/done`)).status).toBe(409);
    expect((await call('POST', `/steps/${b!.id}/skip`)).status).toBe(200);
    expect((await call('POST', `/steps/${c!.id}/snooze`, { until: '2026-11-20' })).status).toBe(400);
    const snoozed = await call('POST', `/steps/${c!.id}/snooze`, { until: '2026-11-30' });
    expect(snoozed.json()).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-11-30' });
    const after = (await agenda('?days=30')).items;
    expect(after.map((i) => i.id)).not.toContain(a!.id);
    expect(after.map((i) => i.id)).not.toContain(b!.id);
    expect(after.find((i) => i.id === c!.id)?.due).toBe('2026-11-30');
    expect((await call('POST', '/steps/999999/skip')).status).toBe(404);
  });

  it('serves the calendar feed at a secret address without a session, and nowhere else', async () => {
    const { calendarFeedPath } = (await call('GET', '/server')).json<{ calendarFeedPath: string }>();
    expect(calendarFeedPath).toMatch(/^\/calendar\/[\w-]{20,}\.ics$/);
    expect(calendarFeedPath).not.toContain(t.server.secret);
    const feed = await http(t.server, calendarFeedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.text).toMatch(/BEGIN:VCALENDAR[\s\S]*Priya Raman/);
    expect((await http(t.server, `/calendar/${t.server.secret}.ics`)).status).toBe(404);
    expect((await http(t.server, '/calendar/nope.ics')).status).toBe(404);
    const foreign = await http(t.server, calendarFeedPath, { headers: { host: 'evil.example:80' } });
    expect(foreign.status).toBe(403);
  });

  it('imports an uploaded mbox in the background, then the review queue takes the unsure ones', async () => {
    const added = await call('POST', '/applications', {
      company: 'Atlas Robotics',
      role: 'Technical Writer',
      applied: '2026-11-02',
    });
    expect(added.status).toBe(201);
    const file = mbox([
      rejectionFrom('Globex', 'Data Analyst', '2026-11-10'),
      acknowledgementFrom('Initech', 'Support Engineer', '2026-11-12'),
      { from: 'Mum <mum@example.org>', subject: 'Sunday lunch', body: 'Come at noon.', date: '2026-11-13' },
      // The one open application there: matched and applied by itself, then re-planned.
      {
        ...rejectionFrom('Atlas Robotics', 'Technical Writer', '2026-11-21', 'Kenji Watanabe'),
        from: 'Kenji Watanabe <kenji@atlasrobotics.ai>',
      },
    ]);
    const up = await http(t.server, '/api/import?name=takeout.mbox', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/mbox' },
      body: file,
    });
    expect(up.status).toBe(202);
    const started = up.json<{ id: string; format: string; size: number }>();
    expect(started).toMatchObject({ format: 'mbox', size: Buffer.byteLength(file) });
    let status = started as unknown as {
      state: string;
      counts: Record<string, number>;
      bytesRead: number;
      plans: { done: number; total: number } | null;
    };
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await call('GET', `/imports/${started.id}`)).json();
    }
    expect(status.state).toBe('done');
    expect(status.bytesRead).toBe(Buffer.byteLength(file));
    expect(status.counts).toMatchObject({ ignored: 1, error: 0 });
    expect(status.counts.review! + status.counts.applied!).toBe(3);
    expect(status.counts.applied).toBe(1);
    // What the import changed was planned at its end, and the status says how far that went.
    expect(status.plans?.total).toBeGreaterThan(0);
    expect(status.plans?.done).toBe(status.plans?.total);
    const atlas = (await call('GET', '/applications')).json<{
      items: Array<{ id: number; company: string }>;
    }>();
    const writer = atlas.items.find((a) => a.company === 'Atlas Robotics')!;
    const details = (await call('GET', `/applications/${writer.id}`)).json<{
      application: { status: string };
      steps: Array<{ kind: string; state: string }>;
    }>();
    expect(details.application.status).toBe('rejected');
    expect(details.steps.some((s) => s.kind === 'thank-you' && s.state === 'pending')).toBe(true);

    const queue = (await call('GET', '/inbox/review')).json<
      Array<{ id: number; subject: string; suggestion: { company: string | null } }>
    >();
    expect(queue.length).toBeGreaterThan(0);
    const globex = queue.find((q) => /Data Analyst/.test(q.subject))!;
    const accepted = await call('POST', `/inbox/${globex.id}/accept`, { createNew: true });
    expect(accepted.status).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'rejected' });
    expect((await call('POST', `/inbox/${globex.id}/accept`)).status).toBe(409);
    const rest = queue.filter((q) => q.id !== globex.id);
    for (const q of rest) expect((await call('POST', `/inbox/${q.id}/dismiss`)).status).toBe(200);
    expect((await call('GET', '/inbox/review')).json()).toEqual([]);
    expect((await call('GET', '/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses an empty upload and describes every new operation in the OpenAPI document', async () => {
    const empty = await http(t.server, '/api/import', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/octet-stream' },
      body: '',
    });
    expect(empty.status).toBe(400);
    const doc = (await call('GET', '/openapi.json')).json<{
      paths: Record<string, Record<string, { requestBody: { content: object }; security: unknown }>>;
    }>();
    expect(doc.paths['/import']!.post!.requestBody.content).toHaveProperty('application/octet-stream');
    expect(doc.paths['/steps/{id}/letter']!.put).toBeDefined();
    expect(doc.paths['/calendar/{token}.ics']!.get!.security).toEqual([]);
    const docs = await call('GET', '/docs');
    expect(docs.text).toContain('<code>/calendar/{token}.ics</code>');
  });
});

describe('sending and size limits', () => {
  let t: TestServer;
  let smtp: RunningSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer('sqlite', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: smtp.password },
      maxImportBytes: 64 * 1024,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends a letter through SMTP, which completes the step', async () => {
    const call = caller(t);
    await rejectedWithInterviewers(call);
    expect((await call('GET', '/server')).json()).toMatchObject({ smtpConfigured: true });
    const items = (await call('GET', '/agenda')).json<{ items: AgendaItem[] }>().items;
    const step = items.find((i) => i.person === 'Priya Raman' && /thank/.test(i.kind))!;
    const sent = await call('POST', `/steps/${step.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.json()).toMatchObject({ to: 'priya@northwind.example' });
    expect(smtp.received).toHaveLength(1);
    const after = (await call('GET', '/agenda')).json<{ items: AgendaItem[] }>().items;
    expect(after.map((i) => i.id)).not.toContain(step.id);
  });

  it('stops an upload past the limit with 413, however it is sent', async () => {
    const big = 'x'.repeat(100 * 1024);
    const r = await http(t.server, '/api/import?name=big.mbox', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/mbox' },
      body: big,
    });
    expect(r.status).toBe(413);
    expect(r.json<Err>().error.message).toMatch(/notnow import mbox/);
  });
});
