import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { jsonError } from './errors.js';

/** How long a browser session lasts before the printed link is needed again. */
const SESSION_DAYS = 30;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export interface AccessOptions {
  secret: string;
  /** `host:port` values the Host header may carry (DNS-rebinding defence). */
  allowedHosts: readonly string[];
  /** The session cookie's name; carries the port, since cookies are shared across a host's ports. */
  cookieName: string;
  /** Paths served to anyone: the built scripts and styles, which hold no data. */
  isPublic(path: string): boolean;
  now?: () => number;
}

export type Caller = { via: 'bearer' } | { via: 'session'; session: string };

function macBytes(secret: string, purpose: string, value: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest();
}

function mac(secret: string, purpose: string, value: string): string {
  return macBytes(secret, purpose, value).toString('base64url');
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares secrets in constant time, whatever their lengths. */
export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * A check against one secret, whose digest is taken once: each request then costs one SHA-256 of
 * what it sent and a constant-time compare (digests have one length, so nothing leaks the secret's).
 */
export function secretCheck(expected: string): (given: string | undefined | null) => boolean {
  const want = digest(expected);
  return (given) => !!given && timingSafeEqual(digest(given), want);
}

/** Whether `given` is the base64url text of `expected` (a MAC, whose length is no secret), in constant time. */
function sameMac(given: string | undefined, expected: Buffer): boolean {
  if (!given) return false;
  const bytes = Buffer.from(given, 'base64url');
  // Decoding is lenient: compare the canonical text too, so one MAC has one spelling only.
  return (
    bytes.length === expected.length &&
    timingSafeEqual(bytes, expected) &&
    bytes.toString('base64url') === given
  );
}

export function newSession(secret: string, nowMs: number): string {
  const id = `${Math.floor(nowMs / 1000)}.${randomBytes(18).toString('base64url')}`;
  return `${id}.${mac(secret, 'session', id)}`;
}

/** The session's id when the cookie is ours and not expired. Signed, so it survives a restart. */
export function verifySession(secret: string, cookie: string | undefined, nowMs: number): string | null {
  return sessionCheck(secret)(cookie, nowMs);
}

/** Sessions' MACs remembered by id (the id alone opens nothing: its MAC is still compared each time). */
const REMEMBERED_SESSIONS = 64;

/**
 * `verifySession` for one secret, remembering the MACs of the last sessions seen, so a page's
 * requests cost a constant-time compare instead of an HMAC each.
 */
export function sessionCheck(secret: string): (cookie: string | undefined, nowMs: number) => string | null {
  const macs = new Map<string, Buffer>();
  return (cookie, nowMs) => {
    if (!cookie) return null;
    const parts = cookie.split('.');
    if (parts.length !== 3) return null;
    const issued = Number(parts[0]) * 1000;
    if (!Number.isFinite(issued) || nowMs - issued > SESSION_DAYS * 86_400_000 || issued - nowMs > 60_000) {
      return null;
    }
    const id = `${parts[0]}.${parts[1]}`;
    let expected = macs.get(id);
    if (!expected) {
      expected = macBytes(secret, 'session', id);
      if (macs.size >= REMEMBERED_SESSIONS) macs.clear();
      macs.set(id, expected);
    }
    return sameMac(parts[2], expected) ? id : null;
  };
}

/** The calendar feed's token: an HMAC of the secret, so the feed's address never reveals the secret. */
export function feedToken(secret: string): string {
  return mac(secret, 'calendar-feed', 'v1');
}

export function csrfToken(secret: string, session: string): string {
  return mac(secret, 'csrf', session);
}

/**
 * Guards every request, in order: the Host header must name this server (so a page on a
 * rebinding domain cannot talk to it); the link's `?token=` is exchanged for a session cookie and a
 * redirect to the clean URL; then the caller must hold the secret (Bearer) or a session; changes
 * made with a session need the page's own Origin and the CSRF token header.
 */
export function access(o: AccessOptions): MiddlewareHandler {
  const now = o.now ?? Date.now;
  const hosts = new Set(o.allowedHosts.map((h) => h.toLowerCase()));
  const isSecret = secretCheck(o.secret);
  const checkSession = sessionCheck(o.secret);
  const identify = (c: Context): Caller | null => {
    const auth = c.req.header('authorization');
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      // A wrong Authorization header is refused even when a cookie is present: scripts get a clear 401.
      return m && isSecret(m[1]) ? BEARER : null;
    }
    const session = checkSession(getCookie(c, o.cookieName), now());
    return session ? { via: 'session', session } : null;
  };
  return async (c, next) => {
    const host = c.req.header('host');
    if (host === undefined || !(hosts.has(host) || hosts.has(host.toLowerCase()))) {
      return refuse(c, 403, 'forbidden', `This server answers only to ${[...hosts].join(', ')}.`);
    }
    const path = c.req.path;
    const api = path.startsWith('/api/');
    if (!api && c.req.method === 'GET') {
      const token = c.req.query('token');
      if (token !== undefined) return exchange(c, o, isSecret(token), now());
    }
    if (o.isPublic(path)) return next();

    const caller = identify(c);
    if (!caller) {
      return refuse(
        c,
        401,
        'unauthorized',
        'notnow needs its secret: open the link that `notnow serve` printed, or send Authorization: Bearer <secret>.',
      );
    }
    if (caller.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const problem = crossSiteProblem(c, hosts, o.secret, caller.session);
      if (problem) return refuse(c, 403, 'forbidden', problem);
    }
    c.set('caller' as never, caller as never);
    return next();
  };
}

const BEARER: Caller = Object.freeze({ via: 'bearer' });

/** The link's `?token=` traded for a session cookie and a redirect to the clean URL. */
function exchange(c: Context, o: AccessOptions, valid: boolean, nowMs: number) {
  if (!valid) {
    return refuse(
      c,
      401,
      'unauthorized',
      'This link is not valid (any more). Open the link that notnow serve printed.',
    );
  }
  setCookie(c, o.cookieName, newSession(o.secret, nowMs), {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
  const url = new URL(c.req.url);
  url.searchParams.delete('token');
  return c.redirect(`${url.pathname}${url.search}`, 303);
}

function crossSiteProblem(c: Context, hosts: Set<string>, secret: string, session: string): string | null {
  const origin = c.req.header('origin');
  if (!origin) return 'A change needs the Origin header of the notnow page; send it from the page itself.';
  let originHost: string;
  try {
    const url = new URL(origin);
    originHost = url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    originHost = '';
  }
  if (!hosts.has(originHost)) return `Changes are accepted only from the notnow page, not from ${origin}.`;
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin') return 'Changes are accepted only from the notnow page itself.';
  if (!sameMac(c.req.header(CSRF_HEADER), macBytes(secret, 'csrf', session))) {
    return 'The page’s CSRF token is missing or stale; reload the page and try again.';
  }
  return null;
}

function refuse(c: Context, status: 401 | 403, code: 'unauthorized' | 'forbidden', message: string) {
  if (c.req.path.startsWith('/api/') || !(c.req.header('accept') ?? '').includes('text/html')) {
    return jsonError(c, code, message);
  }
  return c.html(refusalPage(message), status);
}

function refusalPage(message: string): string {
  const text = message.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>notnow: open the link from the terminal</title>
<style>body{font:17px/1.5 system-ui,sans-serif;max-width:34rem;margin:12vh auto;padding:0 1.25rem;color:#1f2933}code{background:#f1efea;padding:.1em .3em;border-radius:4px}</style></head>
<body><h1>Open notnow with its link</h1><p>${text}</p>
<p>Your data stays private to you: only the link that <code>notnow serve</code> (or <code>npm start</code>) printed in the terminal opens it. It looks like <code>http://127.0.0.1:4545/?token=…</code>.</p></body></html>`;
}
