import { describe, expect, it } from 'vitest';
import { checkAnswer, firstDifference, outputSchema, routeFor } from './answer-check.js';
import { openApiDocument } from './openapi.js';
import { routes } from './routes.js';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const company = {
  id: 3,
  name: 'Northwind Health',
  domains: ['northwind.example'],
  careersUrl: null,
  notes: null,
  createdAt: '2026-11-23T09:00:00.000Z',
};

describe('the answer schemas of the routes', () => {
  it('name one for every route that answers JSON', () => {
    const missing = routes.filter((r) => !r.produces && !outputSchema(r));
    expect(missing.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual([]);
  });

  it('are in the OpenAPI document: no JSON answer is described as just `{}`', () => {
    const doc = openApiDocument(routes, '0', 'session');
    const paths = doc.paths as unknown as Record<string, Record<string, Operation>>;
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(operations)) {
        if (method === 'servers') continue;
        for (const [status, answer] of Object.entries(op.responses)) {
          const schema = answer.content?.['application/json']?.schema;
          if (!status.startsWith('2') || !schema) continue;
          expect(JSON.stringify(schema), `${method} ${path}`).toMatch(
            /"\$ref":"#\/components\/schemas\/\w+"/,
          );
        }
      }
    }
    const details = paths['/applications/{id}']!;
    expect(details.get!.responses['200']!.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/ApplicationDetails',
    });
    expect(doc.components.schemas).toHaveProperty('LetterView.properties.tone.items.$ref');
  });

  it('finds the route of a request path, parameters and all', () => {
    expect(routeFor('GET', '/applications/12')?.path).toBe('/applications/{id}');
    expect(routeFor('post', '/applications/12/status/preview')?.path).toBe(
      '/applications/{id}/status/preview',
    );
    expect(routeFor('GET', '/steps/4/letter.eml')?.path).toBe('/steps/{id}/letter.eml');
    expect(routeFor('GET', '/steps/4/letter')?.path).toBe('/steps/{id}/letter');
    expect(routeFor('GET', '/steps/4/letterxeml')).toBeUndefined();
    expect(routeFor('PUT', '/applications/12')).toBeUndefined();
    expect(routeFor('GET', '/session')).toBeUndefined();
  });

  it('passes an answer that is exactly what the schema says', () => {
    expect(() => checkAnswer('POST', '/companies', 201, JSON.stringify(company))).not.toThrow();
    expect(() => checkAnswer('GET', '/companies', 200, JSON.stringify([company, company]))).not.toThrow();
  });

  it('fails an answer with a field missing, mistyped or not described, naming it', () => {
    const { notes: _, ...withoutNotes } = company;
    expect(() => checkAnswer('POST', '/companies', 201, JSON.stringify(withoutNotes))).toThrow(
      /POST \/companies .*\$\.notes/,
    );
    expect(() => checkAnswer('GET', '/companies', 200, JSON.stringify([{ ...company, id: '3' }]))).toThrow(
      /\$\.0\.id/,
    );
    expect(() =>
      checkAnswer('GET', '/companies', 200, JSON.stringify([company, { ...company, logo: 'x.png' }])),
    ).toThrow(/\$\[1\]\.logo \(not in the schema\)/);
    const clock = { today: '2026-11-23', now: '2026-11-23T11:00:00.000Z', timeZone: 'Europe/Paris' };
    expect(() => checkAnswer('GET', '/clock', 200, JSON.stringify(clock))).not.toThrow();
    expect(() =>
      checkAnswer('GET', '/clock', 200, JSON.stringify({ ...clock, today: '23/11/2026' })),
    ).toThrow(/GET \/clock .*\$\.today/);
    expect(() =>
      checkAnswer('GET', '/clock', 200, JSON.stringify({ ...clock, now: '2026-11-23 12:00+01:00' })),
    ).toThrow(/\$\.now/);
  });

  it('leaves errors, files and answers of other paths alone', () => {
    expect(() => checkAnswer('GET', '/applications/9', 404, '{"error":{}}')).not.toThrow();
    expect(() => checkAnswer('GET', '/session', 200, '{"via":"bearer"}')).not.toThrow();
    expect(() => checkAnswer('GET', '/steps/1/card.html', 200, '<html>')).not.toThrow();
  });

  it('says where two JSON values first differ', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a[1].b');
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe('$.b (added by the schema)');
    expect(firstDifference([1, 2], [1])).toBe('$');
  });
});
