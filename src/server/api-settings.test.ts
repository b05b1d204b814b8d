import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/errors.js';
import { http, startTestServer, type TestServer } from '../test-support/server.js';
import { type RunningSmtp, startSmtp } from '../test-support/smtp.js';

interface Interval {
  key: string;
  label: string;
  value: number;
  default: number;
  min: number;
  max: number;
  source: string;
}
interface PlaybookView {
  intervals: Interval[];
  file: string | null;
  fileProblem: string | null;
  customised: boolean;
  moved?: number;
}
interface Err {
  error: { code: string; message: string; issues?: string[] };
}
interface AgendaItem {
  id: number;
  kind: string;
  due: string;
}

const caller = (t: TestServer) => (method: string, path: string, body?: unknown) =>
  http(t.server, `/api${path}`, {
    method,
    headers: { authorization: `Bearer ${t.server.secret}` },
    ...(body === undefined ? {} : { body }),
  });

async function rejectedApplication(call: ReturnType<typeof caller>) {
  await call('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
  const added = await call('POST', '/applications', {
    company: 'Northwind Health',
    role: 'Product Designer',
    applied: '2026-10-01',
  });
  const id = added.json<{ application: { id: number } }>().application.id;
  await call('POST', '/people', {
    name: 'Priya Raman',
    role: 'hiring-manager',
    application: id,
    interviewed: '2026-11-20',
    emails: ['priya@northwind.example'],
  });
  expect((await call('POST', `/applications/${id}/status`, { status: 'rejected' })).status).toBe(201);
}

const field = (v: PlaybookView, key: string) => v.intervals.find((i) => i.key === key)!;

describe('the playbook in Settings', () => {
  let t: TestServer;
  let call: ReturnType<typeof caller>;
  const resellDue = async () =>
    (await call('GET', '/agenda?days=90'))
      .json<{ items: AgendaItem[] }>()
      .items.find((i) => i.kind === 'resell')?.due;
  beforeAll(async () => {
    t = await startTestServer();
    call = caller(t);
    await rejectedApplication(call);
  });
  afterAll(() => t.close());

  it('shows every interval with its value, range, default and source', async () => {
    const v = (await call('GET', '/playbook')).json<PlaybookView>();
    expect(v.file).toBeNull();
    expect(v.customised).toBe(false);
    expect(v.intervals.length).toBeGreaterThanOrEqual(19);
    expect(field(v, 'rejection.resell.promiseDays')).toMatchObject({
      label: 'Resell follow-up',
      value: 30,
      default: 30,
      min: 7,
      max: 92,
      source: 'default',
    });
  });

  it('refuses bad values with one message per field, named by its label, and saves nothing', async () => {
    const r = await call('PUT', '/playbook', {
      intervals: { 'rejection.resell.promiseDays': 400, 'keepInTouch.everyDays': 4.5, 'nope.days': 3 },
    });
    expect(r.status).toBe(422);
    const e = r.json<Err>().error;
    expect(e.code).toBe('invalid-playbook');
    expect(e.issues).toContain('Resell follow-up: must be a whole number between 7 and 92 days');
    expect(e.issues).toContain('Keep in touch: every: must be a whole number between 28 and 92 days');
    expect(e.issues?.some((i) => i.startsWith('nope.days: not an interval'))).toBe(true);
    expect((await call('GET', '/playbook')).json<PlaybookView>().customised).toBe(false);
  });

  it('saves an interval and moves the pending steps it governs; restoring the defaults moves them back', async () => {
    const before = await resellDue();
    expect(before).toBeDefined();
    const r = await call('PUT', '/playbook', { intervals: { 'rejection.resell.afterDays': 20 } });
    expect(r.status).toBe(200);
    const saved = r.json<PlaybookView>();
    expect(field(saved, 'rejection.resell.afterDays')).toMatchObject({ value: 20, source: 'settings' });
    expect(saved.customised).toBe(true);
    expect(saved.moved).toBeGreaterThanOrEqual(1);
    const after = await resellDue();
    expect(Date.parse(after!) - Date.parse(before!)).toBeGreaterThanOrEqual(9 * 86_400_000);

    // A value equal to the default is not kept as a customisation.
    const same = await call('PUT', '/playbook', { intervals: { 'rejection.resell.afterDays': 10 } });
    expect(same.json<PlaybookView>().customised).toBe(false);
    expect(await resellDue()).toBe(before);

    await call('PUT', '/playbook', { intervals: { 'rejection.resell.afterDays': 20 } });
    const reset = await call('DELETE', '/playbook');
    expect(reset.status).toBe(200);
    expect(field(reset.json<PlaybookView>(), 'rejection.resell.afterDays').source).toBe('default');
    expect(await resellDue()).toBe(before);
  });
});

describe('the playbook with a playbook.json', () => {
  let t: TestServer;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await startTestServer('sqlite', {
      configFiles: { 'playbook.json': JSON.stringify({ keepInTouch: { everyDays: 60 } }) },
    });
    call = caller(t);
  });
  afterAll(() => t.close());

  it('lets the file win, shows which values it sets, and refuses to change them here', async () => {
    const v = (await call('GET', '/playbook')).json<PlaybookView>();
    expect(v.file).toMatch(/playbook\.json$/);
    expect(field(v, 'keepInTouch.everyDays')).toMatchObject({ value: 60, source: 'file' });
    const r = await call('PUT', '/playbook', {
      intervals: { 'keepInTouch.everyDays': 70, 'rejection.reflection.afterDays': 5 },
    });
    expect(r.status).toBe(422);
    expect(r.json<Err>().error.issues).toEqual([
      expect.stringMatching(/^Keep in touch: every: set to 60 in .*playbook\.json, which wins over Settings/),
    ]);
    // The same value as the file's is no change, so it is accepted with the rest.
    const ok = await call('PUT', '/playbook', {
      intervals: { 'keepInTouch.everyDays': 60, 'rejection.reflection.afterDays': 5 },
    });
    expect(ok.status).toBe(200);
    const saved = ok.json<PlaybookView>();
    expect(field(saved, 'rejection.reflection.afterDays')).toMatchObject({ value: 5, source: 'settings' });
    expect(field(saved, 'keepInTouch.everyDays')).toMatchObject({ value: 60, source: 'file' });
  });
});

describe('sending by SMTP in Settings', () => {
  let smtp: RunningSmtp;
  let t: TestServer;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer('sqlite', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: smtp.password },
    });
    call = caller(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('shows how sending is set up, never the password, and says what is missing', async () => {
    const r = await call('GET', '/smtp');
    expect(r.text).not.toContain(smtp.password);
    expect(r.json()).toMatchObject({
      configured: true,
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'alex',
      passwordSet: true,
      fromAddress: null,
      env: { host: 'NOTNOW_SMTP_HOST', password: 'NOTNOW_SMTP_PASSWORD' },
      problems: [expect.stringMatching(/e-mail address is missing/)],
    });
  });

  it('sends a test message to the user’s own address through the real SMTP path', async () => {
    const refused = await call('POST', '/smtp/test');
    expect(refused.status).toBe(400);
    expect(refused.json<Err>().error.message).toMatch(/e-mail address/);
    await call('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
    const r = await call('POST', '/smtp/test');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ to: 'alex@example.net', accepted: ['alex@example.net'] });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatch(/Subject: notnow: test message/);
    expect(smtp.received[0]).toMatch(/To: "?Alex Morgan"? <alex@example\.net>/);
    expect((await call('GET', '/smtp')).json()).toMatchObject({
      fromAddress: 'alex@example.net',
      problems: [],
    });
  });
});

describe('a test message the SMTP server refuses', () => {
  it('says why, naming the server, and never shows the password', async () => {
    const smtp = await startSmtp();
    const wrong = 'not-the-password-9f3a';
    const t = await startTestServer('sqlite', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: wrong },
    });
    try {
      const call = caller(t);
      await call('PATCH', '/profile', { email: 'alex@example.net' });
      const r = await call('POST', '/smtp/test');
      expect(r.status).toBe(502);
      expect(r.json<Err>().error.code).toBe('send-failed');
      expect(r.json<Err>().error.message).toMatch(/did not accept the user name and password for alex/);
      expect(r.text).not.toContain(wrong);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await t.close();
      await smtp.stop();
    }
  });
});

describe('a broken playbook.json', () => {
  it('is reported on the page, and nothing is saved over it until it is fixed', async () => {
    const t = await startTestServer('sqlite', {
      configFiles: { 'playbook.json': JSON.stringify({ keepInTouch: { everyDays: 5 } }) },
    });
    try {
      const call = caller(t);
      const v = (await call('GET', '/playbook')).json<PlaybookView>();
      expect(v.fileProblem).toMatch(
        /playbook\.json.*keepInTouch\.everyDays: must be a number between 28 and 92/,
      );
      const r = await call('PUT', '/playbook', { intervals: { spacingDays: 30 } });
      expect(r.status).toBe(422);
      expect(r.json<Err>().error.message).toMatch(/keepInTouch\.everyDays/);
      expect((await call('GET', '/playbook')).json<PlaybookView>().customised).toBe(false);
    } finally {
      await t.close();
    }
  });
});

describe('sending not set up, and the import limit', () => {
  let t: TestServer;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { maxImportBytes: 64 * 1024 });
    call = caller(t);
  });
  afterAll(() => t.close());

  it('says sending is off and which variable turns it on; the test message is refused clearly', async () => {
    const s = (await call('GET', '/smtp')).json<{ configured: boolean; problems: string[] }>();
    expect(s.configured).toBe(false);
    expect(s.problems[0]).toMatch(/set NOTNOW_SMTP_HOST/);
    const r = await call('POST', '/smtp/test');
    expect(r.status).toBe(502);
    expect(r.json<Err>().error).toMatchObject({ code: 'send-failed' });
  });

  it('refuses an upload past the limit with 413 naming the limit and how to raise it', async () => {
    for (const headers of [{}, { 'transfer-encoding': 'chunked' }] as Record<string, string>[]) {
      const r = await http(t.server, '/api/import?name=big.mbox', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${t.server.secret}`,
          'content-type': 'application/mbox',
          ...headers,
        },
        body: 'x'.repeat(100 * 1024),
      });
      expect(r.status).toBe(413);
      const e = r.json<Err>().error;
      expect(e.code).toBe('too-large');
      expect(e.message).toMatch(/larger than 64 KB/);
      expect(e.message).toMatch(/NOTNOW_IMPORT_MAX_BYTES/);
      expect(e.message).toMatch(/importMaxBytes/);
    }
  });

  it('lists every error code the API can return in the OpenAPI document, with its status', async () => {
    const doc = (await call('GET', '/openapi.json')).json<{
      components: { schemas: Record<string, { enum?: string[]; description?: string }> };
    }>();
    const codes = doc.components.schemas.ErrorCode!;
    expect(codes.enum).toEqual(Object.keys(ERROR_CODES));
    expect(codes.description).toMatch(/`too-large` \(413\)/);
    const auth = { authorization: `Bearer ${t.server.secret}` };
    const seen = [
      await http(t.server, '/api/nowhere', { headers: auth }),
      await http(t.server, '/api/profile'),
      await http(t.server, '/api/profile', { headers: { ...auth, host: 'evil.example:80' } }),
      await http(t.server, '/api/profile', {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'text/plain' },
        body: 'name=x',
      }),
    ].map((r) => [r.status, r.json<Err>().error.code]);
    expect(seen).toEqual([
      [404, 'no-such-route'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [415, 'unsupported-media-type'],
    ]);
    for (const [, code] of seen) expect(codes.enum).toContain(code);
  });
});
