import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, generatedApiTypes } from './api-types-file.js';
import { apiTypesSource, typeOf } from './openapi-types.js';

const root = join(import.meta.dirname, '..', '..');

describe('the web app’s API types', () => {
  it('are what the OpenAPI document says today (else run `npm run gen:api-types`)', () => {
    const current = readFileSync(join(root, API_TYPES_PATH), 'utf8');
    expect(current, `${API_TYPES_PATH} is stale: run \`npm run gen:api-types\``).toBe(
      generatedApiTypes(root),
    );
  });

  it('turn JSON Schema into TypeScript soundly', () => {
    expect(typeOf({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeOf({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe('number | null');
    expect(typeOf({ type: 'array', items: { enum: ['a', "it's"] } })).toBe(`('a' | 'it\\'s')[]`);
    expect(typeOf({ $ref: '#/components/schemas/Step' })).toBe('Step');
    expect(typeOf({ type: 'object', additionalProperties: { type: 'number' } })).toBe(
      'Record<string, number>',
    );
    expect(typeOf({ const: 'x' })).toBe(`'x'`);
    expect(typeOf({ not: {} })).toBe('unknown');
    expect(
      typeOf({
        type: 'object',
        properties: { a: { type: 'string' }, 'b-c': { type: 'boolean' } },
        required: ['a'],
      }),
    ).toBe(`{\n  a: string;\n  'b-c'?: boolean;\n}`);
    const text = apiTypesSource({
      components: {
        schemas: {
          Kind: { enum: ['x', 'y'] },
          Thing: {
            type: 'object',
            properties: { k: { $ref: '#/components/schemas/Kind' } },
            required: ['k'],
          },
        },
      },
    });
    expect(text).toContain(`export const KindValues = ['x', 'y'] as const;`);
    expect(text).toContain('export type Kind = (typeof KindValues)[number];');
    expect(text).toContain('export interface Thing {\n  k: Kind;\n}');
  });
});
