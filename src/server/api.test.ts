import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../test-support/databases.js';
import { http, startTestServer, type TestServer } from '../test-support/server.js';
import { API_SCHEMAS } from './api-schemas.js';
import { routes } from './routes.js';

interface Err {
  error: { code: string; message: string; issues?: string[] };
}

describe.each(engines)('the JSON API on %s', (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown) =>
    http(t.server, `/api${path}`, {
      method,
      headers: { authorization: `Bearer ${t.server.secret}` },
      ...(body === undefined ? {} : { body }),
    });

  it('adds an application with two interviewers, records a rejection and shows it all', async () => {
    const added = await call('POST', '/applications', {
      company: 'Northwind Health',
      role: 'Product Designer',
      applied: '2026-10-01',
      via: 'referral',
    });
    expect(added.status).toBe(201);
    const id = added.json<{ application: { id: number } }>().application.id;
    for (const name of ['Priya Raman', 'Tom Okafor']) {
      const p = await call('POST', '/people', {
        name,
        role: 'interviewer',
        application: id,
        interviewed: '2026-11-03',
        emails: [`${name.split(' ')[0]!.toLowerCase()}@northwind.example`],
      });
      expect(p.status).toBe(201);
    }
    const rejected = await call('POST', `/applications/${id}/status`, {
      status: 'rejected',
      reason: 'another candidate',
      mood: 'disappointed',
    });
    expect(rejected.status).toBe(201);
    const shown = await call('GET', `/applications/${id}`);
    expect(shown.status).toBe(200);
    const d = shown.json<{
      kind: string;
      application: { status: string };
      people: Array<{ person: { id: number; name: string }; participation: { interviewedOn: string } }>;
      history: Array<{ status: string; mood: string | null }>;
    }>();
    expect(d.kind).toBe('application');
    expect(d.application.status).toBe('rejected');
    expect(d.people.map((p) => p.person.name).sort()).toEqual(['Priya Raman', 'Tom Okafor']);
    expect(d.history.at(-1)).toMatchObject({ status: 'rejected', mood: 'disappointed' });

    type Page = { items: Array<{ id: number; company: string }>; total: number };
    const list = await call('GET', '/applications?status=rejected&status=ghosted');
    expect(list.json<Page>()).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(list.json<Page>().items).toHaveLength(1);
    expect((await call('GET', '/applications?status=offer')).json<Page>()).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await call('GET', `/applications?person=${d.people[0]!.person.id}`)).json<Page>().total).toBe(1);
    expect((await call('GET', `/people?application=${id}`)).json<unknown[]>()).toHaveLength(2);
  });

  it('answers bad input with 400 and says what to fix, field by field', async () => {
    const r = await call('POST', '/applications', { company: '', role: 'X', via: 'carrier pigeon' });
    expect(r.status).toBe(400);
    const e = r.json<Err>().error;
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/company/);
    expect(e.issues?.join(' ')).toMatch(/carrier pigeon.*board, referral/);
    expect((await call('GET', '/applications?status=lost')).status).toBe(400);
    expect((await call('GET', '/applications?limit=501')).json<Err>().error.message).toMatch(/at most 500/);
    expect((await call('POST', '/applications/abc/status', { status: 'offer' })).status).toBe(400);
  });

  it('answers 404 for an unknown id, or an id of another kind, and 409 for a conflict', async () => {
    const missing = await call('GET', '/applications/99999');
    expect(missing.status).toBe(404);
    expect(missing.json<Err>().error.code).toBe('not-found');
    const companies = (await call('GET', '/companies')).json<Array<{ id: number }>>();
    const wrongKind = await call('GET', `/people/${companies[0]!.id}`);
    expect(wrongKind.status).toBe(404);
    expect(wrongKind.json<Err>().error.message).toMatch(/is a company/);
    const dup = await call('POST', '/companies', { name: 'Northwind Health' });
    expect(dup.status).toBe(409);
    expect(dup.json<Err>().error.code).toBe('conflict');
  });

  it('refuses bodies that are not JSON objects, and routes that do not exist', async () => {
    const headers = { authorization: `Bearer ${t.server.secret}` };
    const form = await http(t.server, '/api/companies', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Acme',
    });
    expect(form.status).toBe(415);
    const broken = await http(t.server, '/api/companies', { method: 'POST', headers, body: '{"name":' });
    expect(broken.status).toBe(400);
    expect((await http(t.server, '/api/companies', { method: 'POST', headers, body: '[1]' })).status).toBe(
      400,
    );
    const nowhere = await call('GET', '/nothing-here');
    expect(nowhere.status).toBe(404);
    expect(nowhere.json<Err>().error.code).toBe('no-such-route');
  });

  it('changes the profile and loads the demo once', async () => {
    const p = await call('PATCH', '/profile', {
      name: 'Alex',
      workingDays: 'mon-thu',
      timeZone: 'Europe/Paris',
    });
    expect(p.status).toBe(200);
    expect(p.json()).toMatchObject({ name: 'Alex', workingDays: [1, 2, 3, 4], timeZone: 'Europe/Paris' });
    expect((await call('PATCH', '/profile', { timeZone: 'Mars/Olympus' })).status).toBe(400);
    expect((await call('POST', '/demo')).status).toBe(201);
    expect((await call('POST', '/demo')).status).toBe(409);
    const clock = (await call('GET', '/clock')).json<{ today: string; timeZone: string }>();
    expect(clock).toMatchObject({ today: '2026-11-23', timeZone: 'Europe/Paris' });
  });

  it('offers every record as an export file to save', async () => {
    const r = await call('GET', '/export');
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toMatch(
      /attachment; filename="notnow-export-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(r.json<{ format: string }>().format).toBe('notnow-export');
  });
});

describe('the API description', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());
  const get = (path: string) =>
    http(t.server, path, { headers: { authorization: `Bearer ${t.server.secret}` } });

  it('is an OpenAPI document generated from the route table and its zod schemas', async () => {
    const doc = (await get('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of routes) expect(doc.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
    // The session answer is served by the access layer, outside the route table, and described too.
    expect(doc.paths['/session']?.get).toBeDefined();
    const session = (await get('/api/session')).json<unknown>();
    expect(API_SCHEMAS.Session.strict().parse(session)).toEqual({ via: 'bearer', csrfToken: null });
    const add = doc.paths['/applications']!.post!;
    const schema = (add.requestBody as { content: Record<string, { schema: Record<string, unknown> }> })
      .content['application/json']!.schema;
    expect(schema.required).toEqual(['company', 'role']);
    expect((schema.properties as Record<string, { enum?: string[] }>).via!.enum).toEqual([
      'board',
      'referral',
      'recruiter',
      'direct',
    ]);
    const status = doc.paths['/applications/{id}/status']!.post!;
    expect(status.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    const body = (status.requestBody as { content: Record<string, { schema: { properties: object } }> })
      .content['application/json']!.schema;
    expect(Object.keys(body.properties)).not.toContain('id');
    expect(Object.keys(body.properties)).toContain('mood');
    const list = doc.paths['/applications']!.get!;
    expect(list.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'status', in: 'query', required: false })]),
    );
  });

  it('has a reference page that lists every operation, self-contained', async () => {
    const r = await get('/api/docs');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    for (const route of routes) expect(r.text).toContain(`/api${route.path}`);
    expect(r.text).not.toMatch(/<script|https?:\/\/(?!127)/);
  });
});
