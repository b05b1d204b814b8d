import { z } from 'zod';
import { API_SCHEMAS } from './api-schemas.js';
import { hasBody, pathParams, type Route } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  // io 'input': the document describes what a client sends, before the use case's transforms.
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const errorRef = { $ref: '#/components/responses/Error' };
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The named answer shapes, referring to one another by `$ref`. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(API_SCHEMAS)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    // `format: date` or `date-time` says it all; zod's long patterns would only clutter the reference.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'date' || jsonSchema.format === 'date-time') delete jsonSchema.pattern;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [name, rest];
    }),
  );
}

function outputSchema(route: Route): JsonSchema {
  if (route.produces) return { type: 'string' };
  if (!route.output) return {};
  if (Array.isArray(route.output)) return { type: 'array', items: schemaRef(route.output[0]) };
  return schemaRef(route.output);
}

function operation(route: Route) {
  const shape = route.input.shape as Record<string, z.ZodType>;
  const inPath = pathParams(route.path);
  const whole = jsonSchema(route.input);
  const required = new Set((whole.required as string[] | undefined) ?? []);
  const properties = (whole.properties as Record<string, JsonSchema> | undefined) ?? {};
  const parameters: unknown[] = inPath.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: properties[name] ?? jsonSchema(shape[name] ?? z.string()),
  }));
  const rest = Object.keys(properties).filter((k) => !inPath.includes(k));
  let requestBody: unknown;
  if (route.upload) {
    requestBody = {
      required: true,
      description: route.upload.description,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  }
  if (hasBody(route.method) && !route.upload) {
    const body = route.input.omit(Object.fromEntries(inPath.map((k) => [k, true])) as never);
    requestBody = {
      required: rest.some((k) => required.has(k)),
      content: { 'application/json': { schema: jsonSchema(body) } },
    };
  } else {
    for (const name of route.upload ? rest.filter((k) => k !== 'file' && k !== 'size') : rest) {
      const { description, ...schema } = properties[name]!;
      parameters.push({
        name,
        in: 'query',
        required: required.has(name),
        ...(description ? { description } : {}),
        schema,
        ...(schema.anyOf ? { explode: true } : {}),
      });
    }
  }
  const ok = String(route.status ?? 200);
  return {
    operationId: `${route.method}${route.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      [ok]: {
        description: route.status === 201 ? 'Created; the new record' : 'The result',
        content: {
          [route.produces?.type ?? 'application/json']: { schema: outputSchema(route) },
        },
      },
      '400': errorRef,
      '401': errorRef,
      '403': errorRef,
      ...(inPath.length > 0 ? { '404': errorRef } : {}),
      ...(hasBody(route.method) || route.method === 'delete' ? { '409': errorRef } : {}),
      ...(hasBody(route.method) ? { '413': errorRef, '415': errorRef } : {}),
      '422': errorRef,
      '500': errorRef,
      '502': errorRef,
      '503': errorRef,
    },
  };
}

/** Served by the access layer itself (it answers who is calling), so outside the route table. */
const sessionPath = {
  '/session': {
    get: {
      operationId: 'getSession',
      tags: ['data'],
      summary: 'How this request was let in, and for a browser session the CSRF token its changes carry',
      responses: {
        '200': {
          description: 'The result',
          content: { 'application/json': { schema: schemaRef('Session') } },
        },
        '401': errorRef,
        '403': errorRef,
      },
    },
  },
};

/** The feed lives outside /api: calendar apps fetch it with neither cookie nor header. */
const calendarFeedPath = {
  '/calendar/{token}.ics': {
    servers: [{ url: '/' }],
    get: {
      operationId: 'getCalendarFeed',
      tags: ['follow-up'],
      summary: 'The calendar feed (ICS) of every step, at a secret address to paste into a calendar app',
      description:
        'The token is derived from the server secret (GET /server gives the whole path); it is not the ' +
        'secret itself, so sharing the feed does not share access to notnow.',
      security: [],
      parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': { description: 'The feed', content: { 'text/calendar': { schema: { type: 'string' } } } },
        '404': { description: 'Not the feed’s token' },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas. */
export function openApiDocument(routes: readonly Route[], version: string, cookieName: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'notnow',
      version,
      description:
        'The JSON API of notnow, served on your own machine. Scripts authenticate with ' +
        '`Authorization: Bearer <secret>` (the token in the URL that `notnow serve` prints). The browser ' +
        'holds a session cookie instead and sends the `X-CSRF-Token` header (from GET /api/session) with ' +
        'every change. Errors are `{"error": {"code", "message", "issues"?}}`; `code` is one of the ' +
        '`ErrorCode` schema, whose description lists each with its HTTP status.',
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }, { session: [], csrf: [] }],
    tags: ['applications', 'people', 'companies', 'follow-up', 'letters', 'inbox', 'profile', 'data'].map(
      (name) => ({ name }),
    ),
    paths: { ...paths, ...sessionPath, ...calendarFeedPath },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'the secret from the printed URL' },
        session: { type: 'apiKey', in: 'cookie', name: cookieName },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: componentSchemas(),
      responses: {
        Error: {
          description: 'Refused; `error.message` says what to fix',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        },
      },
    },
  };
}
export type OpenApiDocument = ReturnType<typeof openApiDocument>;
