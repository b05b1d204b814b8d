import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { SmtpSettings } from '../adapters/mail/smtp/index.js';
import type { AppContext } from '../app/context.js';
import { calendarFeed } from '../app/steps.js';
import { DEFAULT_IMPORT_MAX_BYTES } from '../config/config.js';
import { type SmtpSetup, smtpSetupOf } from '../config/smtp-setup.js';
import { access, type Caller, csrfToken, feedToken, sameSecret } from './access.js';
import type { SessionSchema } from './api-schemas-answers.js';
import { docsPage } from './docs-page.js';
import { handleError, jsonError } from './errors.js';
import { ImportJobs } from './import-jobs.js';
import { openApiDocument } from './openapi.js';
import { hasBody, honoPath, pathParams, type Route, type RouteEnv } from './route.js';
import { routes as defaultRoutes } from './routes.js';
import { isPublicAsset, readStatic } from './static-files.js';
import { receiveUpload } from './upload.js';

export const API_VERSION = '0.1.0';
/** 1 MB: far more than any form; an export to restore goes through the CLI. */
const MAX_BODY = 1024 * 1024;
/** The config's default (2 GB), kept under this name for the server's callers. */
export const DEFAULT_MAX_IMPORT_BYTES = DEFAULT_IMPORT_MAX_BYTES;
/** A card to print carries its own inline styles; it runs no script and loads nothing. */
const CARD_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

export interface HttpAppOptions {
  ctx: AppContext;
  secret: string;
  /** `host:port` values the Host header may carry. */
  allowedHosts: readonly string[];
  cookieName: string;
  /** The folder of the built web app (index.html and assets/). */
  webRoot: string;
  routes?: readonly Route[];
  /** The user's SMTP server; null or absent: sending is not set up. */
  smtp?: SmtpSettings | null;
  /** How sending is set up, for the Settings page; derived from `smtp` when absent. */
  smtpSetup?: SmtpSetup;
  /** The largest upload POST /api/import takes; DEFAULT_MAX_IMPORT_BYTES when absent. */
  maxImportBytes?: number;
  imports?: ImportJobs;
}

/** The feed's secret address: derived from the server secret, so it is never the login secret. */
export function calendarPath(secret: string): string {
  return `/calendar/${feedToken(secret)}.ics`;
}

const SECURITY_HEADERS: Record<string, string> = {
  // Everything comes from this server; nothing inline, nothing remote, no framing.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The JSON text of a result, written once per object: an answer the use cases serve again while the
 * data has not changed (src/app/read-cache.ts) is the same object each time, and is not changed.
 */
const serialized = new WeakMap<object, string>();
function jsonText(result: unknown): string {
  if (typeof result !== 'object' || result === null) return JSON.stringify(result);
  let text = serialized.get(result);
  if (text === undefined) {
    text = JSON.stringify(result);
    serialized.set(result, text);
  }
  return text;
}

/** Query values as the use cases expect them: one value as a string, repeated ones as a list. */
function queryObject(c: Context): Record<string, unknown> {
  // Most reads carry no query at all: then there is nothing to parse.
  if (!c.req.url.includes('?')) return {};
  return Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
}

/**
 * The headers of every JSON answer, as one plain object built once: the Node adapter writes such an
 * object straight to the socket, where a `Headers` instance would be built and copied per request.
 */
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...SECURITY_HEADERS,
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json',
});
/** Answers that already carry every security header: the last middleware leaves them alone. */
const complete = new WeakSet<Response>();

function jsonAnswer(text: string, status: number, extra?: Record<string, string>): Response {
  const res = new Response(text, { status, headers: extra ? { ...JSON_HEADERS, ...extra } : JSON_HEADERS });
  complete.add(res);
  return res;
}

export function createHttpApp(o: HttpAppOptions) {
  const routes = o.routes ?? defaultRoutes;
  const app = new Hono();
  const doc = openApiDocument(routes, API_VERSION, o.cookieName);
  const smtp = o.smtp ?? null;
  const env: RouteEnv = {
    smtp,
    smtpSetup:
      o.smtpSetup ??
      smtpSetupOf({
        smtp: smtp ?? { host: null, port: 587, secure: false, user: null, password: null },
        smtpSources: {},
        configDir: '$NOTNOW_CONFIG_DIR',
      }),
    imports: o.imports ?? new ImportJobs(o.ctx),
    calendarPath: calendarPath(o.secret),
    maxImportBytes: o.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
  };
  const uploads = new Set(routes.filter((r) => r.upload).map((r) => `/api${r.path}`));
  app.onError(handleError);
  app.use(async (c, next) => {
    await next();
    if (complete.has(c.res)) return;
    const headers = c.res.headers;
    for (const k in SECURITY_HEADERS) {
      if (!headers.has(k)) headers.set(k, SECURITY_HEADERS[k] as string);
    }
  });
  app.use(
    access({
      secret: o.secret,
      allowedHosts: o.allowedHosts,
      cookieName: o.cookieName,
      // Calendar apps cannot sign in: the feed's address is its own secret, checked by its handler.
      isPublic: (path) => isPublicAsset(path) || path.startsWith('/calendar/'),
    }),
  );
  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) => jsonError(c, 'too-large', 'The request is too large (1 MB at most).'),
  });
  // Uploads are streamed to disk under their own, far larger limit; a GET has no body to limit (and
  // asking for one costs a stream per request), so reads do not even pass through this middleware.
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
    app.on(method, '/api/*', (c, next) => (uploads.has(c.req.path) ? next() : limit(c, next)));
  }

  app.get('/calendar/:file', async (c) => {
    if (!sameSecret(c.req.path, env.calendarPath)) {
      return c.text('No calendar here: copy the feed address again from notnow’s Settings.', 404);
    }
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return c.body(await calendarFeed(o.ctx));
  });

  app.get('/api/session', (c) => {
    const caller = c.get('caller' as never) as Caller;
    const answer: z.infer<typeof SessionSchema> = {
      via: caller.via,
      csrfToken: caller.via === 'session' ? csrfToken(o.secret, caller.session) : null,
    };
    return c.json(answer);
  });
  app.get('/api/openapi.json', (c) => c.json(doc));
  app.get('/api/docs', (c) => c.html(docsPage(doc)));

  for (const route of routes) {
    const params = pathParams(route.path).length > 0;
    app.on(route.method.toUpperCase(), `/api${honoPath(route.path)}`, async (c) => {
      let source: Record<string, unknown> = {};
      if (route.upload) {
        const file = await receiveUpload(c, env.maxImportBytes);
        if (file instanceof Response) return file;
        source = { ...queryObject(c), file: file.path, size: file.size };
        try {
          const result = await route.run(o.ctx, source, env);
          return c.json(result as object, route.status ?? 200);
        } catch (e) {
          file.discard();
          throw e;
        }
      }
      if (hasBody(route.method)) {
        const text = await c.req.text();
        if (text.trim() !== '') {
          if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
            return jsonError(
              c,
              'unsupported-media-type',
              'Send the body as JSON (Content-Type: application/json).',
            );
          }
          try {
            source = JSON.parse(text);
          } catch {
            return jsonError(c, 'invalid-input', 'The body is not valid JSON.');
          }
          if (typeof source !== 'object' || source === null || Array.isArray(source)) {
            return jsonError(c, 'invalid-input', 'The body must be a JSON object.');
          }
        }
      } else {
        source = queryObject(c);
      }
      const input = params ? { ...source, ...c.req.param() } : source;
      const result = await route.run(o.ctx, input, env);
      if (route.produces) {
        const { type, filename } = route.produces;
        c.header('Content-Type', type.startsWith('text/') ? `${type}; charset=utf-8` : type);
        c.header('Cache-Control', 'no-store');
        if (filename) c.header('Content-Disposition', `attachment; filename="${filename(input)}"`);
        if (type === 'text/html') c.header('Content-Security-Policy', CARD_CSP);
        const body = result as string | Buffer;
        return c.body(typeof body === 'string' ? body : new Uint8Array(body));
      }
      const disposition = route.download
        ? { 'Content-Disposition': `attachment; filename="${route.download(result)}"` }
        : undefined;
      return jsonAnswer(jsonText(result), route.status ?? 200, disposition);
    });
  }
  app.all('/api/*', (c) =>
    jsonError(
      c,
      'no-such-route',
      `There is no ${c.req.method} ${c.req.path}; see /api/docs for what there is.`,
    ),
  );

  app.get('*', (c) => {
    const file = readStatic(o.webRoot, c.req.path);
    if (file && c.req.path !== '/index.html') {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(new Uint8Array(file.body));
    }
    if (isPublicAsset(c.req.path)) return c.text('Not found', 404);
    // Every other path is a page of the app: the app's router takes it from there.
    const index = readStatic(o.webRoot, '/index.html');
    if (!index) {
      return c.text(
        'The web app is not built yet. Run `npm run build:web` (npm start does it for you), then reload.',
        503,
      );
    }
    c.header('Cache-Control', 'no-store');
    return c.html(index.body.toString('utf8'));
  });
  return app;
}
