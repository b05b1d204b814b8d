import type { z } from 'zod';
import type { AppContext } from '../app/context.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * One API operation. The same entry drives the Hono route and its OpenAPI description, so the two
 * cannot drift apart. `input` describes the path parameters, query and body together as one object;
 * `run` gets that object as it arrived (path parameters win) and hands it to one use case, which
 * validates it with the same schema.
 */
export interface Route {
  method: Method;
  /** Under /api, OpenAPI style: `/applications/{id}`. Path parameters are fields of `input`. */
  path: string;
  summary: string;
  /** What the operation does, in a sentence or two, for the reference page. */
  description?: string;
  /** The group it is listed under in the reference. */
  tag: string;
  input: z.ZodObject;
  /** 201 when the operation creates something. */
  status?: 200 | 201;
  /** Served as a file to save rather than shown (e.g. the export). */
  download?: (result: unknown) => string;
  run(ctx: AppContext, input: Record<string, unknown>): Promise<unknown>;
}

/** The names of the path parameters of an OpenAPI-style path. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);
}

/** `/applications/{id}` → `/applications/:id`, Hono's syntax. */
export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}

/** Whether the operation's non-path input travels in the body (else in the query string). */
export function hasBody(method: Method): boolean {
  return method === 'post' || method === 'patch';
}
