import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApplications } from '../app/applications.js';
import { browserSession, http, startTestServer, type TestServer } from '../test-support/server.js';
import { newSession, sameSecret, secretCheck, sessionCheck, verifySession } from './access.js';
import { secretPath } from './secret.js';

describe('access to the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const bearer = () => ({ authorization: `Bearer ${t.server.secret}` });
  const count = async () => (await listApplications(t.app.ctx)).length;

  it('keeps its secret in a file only the user can read, and prints it in the link', () => {
    const mode = statSync(secretPath(t.configDir)).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(t.server.url).toBe(`http://127.0.0.1:${t.server.port}/?token=${t.server.secret}`);
    expect(t.server.secret.length).toBeGreaterThanOrEqual(43);
  });

  it('refuses the API without the secret, with a wrong one, and with a wrong bearer', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong' },
      { cookie: 'notnow_session_1=forged.x.y' },
    ];
    for (const headers of attempts) {
      const r = await http(t.server, '/api/applications', { headers });
      expect(r.status).toBe(401);
      expect(r.json()).toEqual({
        error: { code: 'unauthorized', message: expect.stringContaining('secret') },
      });
    }
  });

  it('changes nothing for a write without the secret', async () => {
    const before = await count();
    const r = await http(t.server, '/api/applications', {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
      body: { company: 'Acme', role: 'Engineer' },
    });
    expect(r.status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('refuses pages without the secret with a page that says how to open notnow', async () => {
    const r = await http(t.server, '/', { headers: { accept: 'text/html' } });
    expect(r.status).toBe(401);
    expect(r.text).toContain('notnow serve');
    const wrong = await http(t.server, '/?token=guess', { headers: { accept: 'text/html' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('trades the link for an HttpOnly, SameSite=Strict session and a redirect to the clean URL', async () => {
    const s = await browserSession(t.server);
    expect(s.redirect.status).toBe(303);
    expect(s.redirect.headers.location).toBe('/');
    expect(s.setCookie).toMatch(/HttpOnly/);
    expect(s.setCookie).toMatch(/SameSite=Strict/);
    expect(s.setCookie).toMatch(new RegExp(`^notnow_session_${t.server.port}=`));
    expect(s.redirect.headers['referrer-policy']).toBe('no-referrer');
    const page = await http(t.server, '/pipeline', { headers: { cookie: s.cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
  });

  it('accepts a change from the page with its Origin and CSRF token', async () => {
    const s = await browserSession(t.server);
    const r = await http(t.server, '/api/applications', {
      method: 'POST',
      headers: s.headers,
      body: { company: 'Acme', role: 'Engineer' },
    });
    expect(r.status).toBe(201);
  });

  it('refuses cross-site changes: no CSRF token, a wrong one, a foreign or missing Origin', async () => {
    const s = await browserSession(t.server);
    const before = await count();
    const attempts: Array<Record<string, string>> = [
      { cookie: s.cookie, origin: t.server.origin },
      { cookie: s.cookie, origin: t.server.origin, 'x-csrf-token': 'forged' },
      { cookie: s.cookie, origin: 'http://evil.example', 'x-csrf-token': s.csrfToken },
      { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      { ...s.headers, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const r = await http(t.server, '/api/applications', {
        method: 'POST',
        headers,
        body: { company: 'Evil', role: 'Planted' },
      });
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    }
    expect(await count()).toBe(before);
  });

  it('ties the CSRF token to its session', async () => {
    const a = await browserSession(t.server);
    const b = await browserSession(t.server);
    const r = await http(t.server, '/api/demo', {
      method: 'POST',
      headers: { ...a.headers, 'x-csrf-token': b.csrfToken },
    });
    expect(r.status).toBe(403);
  });

  it('lets scripts use the secret as a bearer token, without CSRF ceremony', async () => {
    const r = await http(t.server, '/api/companies', {
      method: 'POST',
      headers: bearer(),
      body: { name: 'Bearer Co' },
    });
    expect(r.status).toBe(201);
  });

  it('refuses a Host header that is not this server (DNS rebinding), even with the secret', async () => {
    for (const host of [`evil.example:${t.server.port}`, '127.0.0.1:1', 'localhost.evil.example']) {
      const r = await http(t.server, '/api/applications', { headers: { ...bearer(), host } });
      expect(r.status, host).toBe(403);
    }
    const ok = await http(t.server, '/api/applications', {
      headers: { ...bearer(), host: `localhost:${t.server.port}` },
    });
    expect(ok.status).toBe(200);
  });

  it('answers the API with every security header and no caching', async () => {
    for (const path of ['/api/applications', '/api/agenda', '/api/no-such-thing']) {
      const r = await http(t.server, path, { headers: bearer() });
      expect(r.headers['content-type'], path).toMatch(/^application\/json/);
      expect(r.headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.headers['x-frame-options'], path).toBe('DENY');
      expect(r.headers['referrer-policy'], path).toBe('no-referrer');
    }
    const list = await http(t.server, '/api/applications', { headers: bearer() });
    expect(list.headers['cache-control']).toBe('no-store');
    expect(Number(list.headers['content-length'])).toBe(Buffer.byteLength(list.text));
  });

  it('serves the built scripts without the secret (they hold no data) and with security headers', async () => {
    const r = await http(t.server, '/assets/app-1234.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await http(t.server, '/assets/../../etc/passwd')).status).not.toBe(200);
  });
});

describe('the checks each request makes', () => {
  const secret = 'a'.repeat(43);
  const now = Date.UTC(2026, 10, 2);

  it('tells the secret from anything else, whatever its length', () => {
    const isSecret = secretCheck(secret);
    expect(isSecret(secret)).toBe(true);
    for (const other of ['', 'a', `${secret}a`, secret.slice(1), `b${secret.slice(1)}`, null, undefined]) {
      expect(isSecret(other), String(other)).toBe(false);
    }
  });

  it('accepts a session again and again, and never one whose signature was changed', () => {
    const check = sessionCheck(secret);
    const cookie = newSession(secret, now);
    const [issued, random, mac] = cookie.split('.') as [string, string, string];
    const id = `${issued}.${random}`;
    expect(check(cookie, now)).toBe(id);
    // The second time its MAC is remembered: forgeries must still fail.
    expect(check(cookie, now + 1000)).toBe(id);
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [
      `${id}.${flipped}`,
      `${id}.${mac}=`,
      `${id}.${mac}.x`,
      `${id}.`,
      `${issued}.other.${mac}`,
    ]) {
      expect(check(forged, now), forged).toBeNull();
    }
    expect(sessionCheck('b'.repeat(43))(cookie, now)).toBeNull();
    expect(check(cookie, now + 31 * 86_400_000)).toBeNull();
    expect(verifySession(secret, cookie, now)).toBe(id);
  });

  it('compares any two secrets in constant time by their digests', () => {
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret('short', secret)).toBe(false);
    expect(sameSecret(undefined, secret)).toBe(false);
  });
});
