import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestServer, type TestServer } from '../test-support/server.js';

describe('previewing a rejection and reading back-off over the API', () => {
  let t: TestServer;
  const call = (method: string, path: string, body?: unknown) =>
    http(t.server, `/api${path}`, {
      method,
      headers: { authorization: `Bearer ${t.server.secret}` },
      ...(body === undefined ? {} : { body }),
    });
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('shows the plan a rejection would start, and saves nothing', async () => {
    const added = await call('POST', '/applications', {
      company: 'Acme',
      role: 'Analyst',
      applied: '2026-10-01',
    });
    const id = added.json<{ application: { id: number } }>().application.id;
    const person = await call('POST', '/people', { name: 'Ana Ruiz', role: 'interviewer', application: id });
    const personId = person.json<{ person: { id: number } }>().person.id;
    const preview = await call('POST', `/applications/${id}/status/preview`, {
      status: 'rejected',
      mood: 'upset',
    });
    expect(preview.status).toBe(200);
    const steps = preview.json<Array<{ kind: string; why: string }>>();
    expect(steps.map((s) => s.kind)).toContain('thank-you');
    expect(steps.find((s) => s.kind === 'thank-you')?.why).toMatch(/upset/);
    const shown = (await call('GET', `/applications/${id}`)).json<{
      application: { status: string };
      steps: unknown[];
    }>();
    expect(shown.application.status).toBe('applied');
    const bad = await call('POST', `/applications/${id}/status/preview`, { status: 'maybe' });
    expect(bad.status).toBe(400);

    const p = (await call('GET', `/people/${personId}`)).json<{ backoff: string }>();
    expect(typeof p.backoff).toBe('string');
    expect(p.backoff.length).toBeGreaterThan(5);
  });
});
