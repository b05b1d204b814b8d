/**
 * Holds a real answer of the API to the schema its route publishes: the tests pass every JSON answer
 * through here (see src/test-support/server.ts), so the OpenAPI document, and the web app's types
 * generated from it, describe what the server really sends. Strict: a missing, mistyped or unknown
 * field fails, naming where.
 */
import { z } from 'zod';
import { API_SCHEMAS } from './api-schemas.js';
import type { Method, Route } from './route.js';
import { routes } from './routes.js';

const matchers = routes.map((route) => ({
  route,
  pattern: new RegExp(
    `^${route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[A-Za-z]+\\\}/g, '[^/]+')}$`,
  ),
}));

/** The route that answers `method path` (path under /api, without the query), if any. */
export function routeFor(method: string, path: string): Route | undefined {
  const m = method.toLowerCase() as Method;
  return matchers.find((x) => x.route.method === m && x.pattern.test(path))?.route;
}

/** The schema of a route's JSON answer; null when the route answers a file or publishes no schema. */
export function outputSchema(route: Route): z.ZodType | null {
  if (route.produces || !route.output) return null;
  return Array.isArray(route.output) ? z.array(API_SCHEMAS[route.output[0]]) : API_SCHEMAS[route.output];
}

/** Where two JSON values first differ (`$.items[0].company`), or null when they are equal. */
export function firstDifference(sent: unknown, kept: unknown, at = '$'): string | null {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    if (sent.length !== kept.length) return at;
    for (let i = 0; i < sent.length; i++) {
      const d = firstDifference(sent[i], kept[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (sent && kept && typeof sent === 'object' && typeof kept === 'object') {
    const a = sent as Record<string, unknown>;
    const b = kept as Record<string, unknown>;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in b)) return `${at}.${k} (not in the schema)`;
      if (!(k in a)) return `${at}.${k} (added by the schema)`;
      const d = firstDifference(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(sent, kept) ? null : at;
}

/** Routes whose answers were checked, as `GET /applications/{id}`: what a test walked. */
export const checkedRoutes = new Set<string>();

/**
 * Checks one answer; throws an error that names the route, the field and what is wrong when the answer
 * does not match its schema exactly. Answers that are not JSON, not 2xx, or not of a route are passed.
 */
export function checkAnswer(method: string, apiPath: string, status: number, body: string): void {
  if (status < 200 || status > 299) return;
  const route = routeFor(method, apiPath);
  if (!route || route.produces) return;
  const name = `${route.method.toUpperCase()} ${route.path}`;
  const schema = outputSchema(route);
  if (!schema) throw new Error(`${name} answers JSON but publishes no output schema (Route.output)`);
  const sent: unknown = JSON.parse(body);
  const parsed = schema.safeParse(sent);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `$.${i.path.join('.')}: ${i.message}`);
    throw new Error(`${name} answered what its schema does not allow: ${issues.join('; ')}`);
  }
  // Parsing drops fields the schema does not know; what is left must be all that was sent.
  const diff = firstDifference(sent, parsed.data);
  if (diff) throw new Error(`${name} answered a field its schema does not describe: ${diff}`);
  checkedRoutes.add(name);
}
