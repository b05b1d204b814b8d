/**
 * TypeScript types from the OpenAPI document's `components.schemas`: what the web app reads the API
 * with, generated rather than copied (see scripts/gen-api-types.mjs). It covers the JSON Schema the
 * document uses — $ref, enum, const, type lists, anyOf/oneOf, objects, arrays, records — and turns
 * anything else into `unknown` rather than guessing.
 */
type Schema = Record<string, unknown>;

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};

const literal = (v: unknown) =>
  typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(v);
const refName = (ref: string) => ref.replace(/^#\/components\/schemas\//, '');
const safeKey = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : literal(k));

function union(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

function comment(text: unknown, indent: string): string {
  if (typeof text !== 'string' || text.trim() === '') return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** The TypeScript type of one schema; `indent` is the indentation of the line it appears on. */
export function typeOf(schema: unknown, indent = ''): string {
  if (typeof schema !== 'object' || schema === null) return 'unknown';
  const s = schema as Schema;
  if (typeof s.$ref === 'string') return refName(s.$ref);
  if ('const' in s) return literal(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literal));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) return union(list.map((x) => wrap(typeOf(x, indent))));
  }
  if (Array.isArray(s.type)) return union(s.type.map((t) => typeOf({ ...s, type: t }, indent)));
  switch (s.type) {
    case 'array':
      return `${wrap(typeOf(s.items, indent))}[]`;
    case 'object':
      return objectType(s, indent);
    default:
      return typeof s.type === 'string' && PRIMITIVES[s.type] ? PRIMITIVES[s.type]! : 'unknown';
  }
}

/** Parenthesised when it holds a union, so `[]` applies to the whole. */
function wrap(type: string): string {
  return / \| /.test(type) && !/^\{/.test(type) ? `(${type})` : type;
}

function objectType(s: Schema, indent: string): string {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  const keys = Object.keys(properties);
  const extra = s.additionalProperties;
  if (keys.length === 0) {
    return extra && typeof extra === 'object'
      ? `Record<string, ${typeOf(extra, indent)}>`
      : 'Record<string, never>';
  }
  const inner = `${indent}  `;
  const lines = keys.map((k) => {
    const p = properties[k] as Schema;
    return `${comment(p?.description, inner)}${inner}${safeKey(k)}${required.has(k) ? '' : '?'}: ${typeOf(p, inner)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** The module text: one exported type per schema, and a list of values for each enum. */
export function apiTypesSource(doc: { components: { schemas: Record<string, unknown> } }): string {
  const out: string[] = [
    '// Generated from the server’s OpenAPI document (GET /api/openapi.json) by',
    '// scripts/gen-api-types.mjs. Do not edit: change the schemas in src/server/api-schemas.ts and run',
    '// `npm run gen:api-types`; a test fails while this file is stale.',
    '',
  ];
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    const s = schema as Schema;
    const head = comment(s.description, '');
    if (Array.isArray(s.enum)) {
      out.push(`export const ${name}Values = [${s.enum.map(literal).join(', ')}] as const;`);
      out.push(`${head}export type ${name} = (typeof ${name}Values)[number];`, '');
    } else if (s.type === 'object' && s.properties) {
      out.push(`${head}export interface ${name} ${typeOf(s)}`, '');
    } else {
      out.push(`${head}export type ${name} = ${typeOf(s)};`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
