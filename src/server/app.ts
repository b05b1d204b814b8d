import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../app/context.js';
import { access, type Caller, csrfToken } from './access.js';
import { docsPage } from './docs-page.js';
import { handleError, jsonError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { hasBody, honoPath, type Route } from './route.js';
import { routes as defaultRoutes } from './routes.js';
import { isPublicAsset, readStatic } from './static-files.js';

export const API_VERSION = '0.1.0';
/** 1 MB: far more than any form; an export to restore goes through the CLI. */
const MAX_BODY = 1024 * 1024;

export interface HttpAppOptions {
  ctx: AppContext;
  secret: string;
  /** `host:port` values the Host header may carry. */
  allowedHosts: readonly string[];
  cookieName: string;
  /** The folder of the built web app (index.html and assets/). */
  webRoot: string;
  routes?: readonly Route[];
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

/** Query values as the use cases expect them: one value as a string, repeated ones as a list. */
function queryObject(all: Record<string, string[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
}

export function createHttpApp(o: HttpAppOptions) {
  const routes = o.routes ?? defaultRoutes;
  const app = new Hono();
  const doc = openApiDocument(routes, API_VERSION, o.cookieName);
  app.onError(handleError);
  app.use(async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  app.use(
    access({
      secret: o.secret,
      allowedHosts: o.allowedHosts,
      cookieName: o.cookieName,
      isPublic: isPublicAsset,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => jsonError(c, 413, 'too-large', 'The request is too large (1 MB at most).'),
    }),
  );

  app.get('/api/session', (c) => {
    const caller = c.get('caller' as never) as Caller;
    return c.json({
      via: caller.via,
      csrfToken: caller.via === 'session' ? csrfToken(o.secret, caller.session) : null,
    });
  });
  app.get('/api/openapi.json', (c) => c.json(doc));
  app.get('/api/docs', (c) => c.html(docsPage(doc)));

  for (const route of routes) {
    app.on(route.method.toUpperCase(), `/api${honoPath(route.path)}`, async (c) => {
      let source: Record<string, unknown> = {};
      if (hasBody(route.method)) {
        const text = await c.req.text();
        if (text.trim() !== '') {
          if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
            return jsonError(
              c,
              415,
              'unsupported-media-type',
              'Send the body as JSON (Content-Type: application/json).',
            );
          }
          try {
            source = JSON.parse(text);
          } catch {
            return jsonError(c, 400, 'invalid-input', 'The body is not valid JSON.');
          }
          if (typeof source !== 'object' || source === null || Array.isArray(source)) {
            return jsonError(c, 400, 'invalid-input', 'The body must be a JSON object.');
          }
        }
      } else {
        source = queryObject(c.req.queries());
      }
      const result = await route.run(o.ctx, { ...source, ...c.req.param() });
      if (route.download) {
        c.header('Content-Disposition', `attachment; filename="${route.download(result)}"`);
      }
      c.header('Cache-Control', 'no-store');
      return c.json(result as object, route.status ?? 200);
    });
  }
  app.all('/api/*', (c) =>
    jsonError(
      c,
      404,
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
