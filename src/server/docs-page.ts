import type { OpenApiDocument } from './openapi.js';

type Schema = Record<string, unknown>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A schema in a few words: "string", "one of saved, applied", "array of string", "string or null". */
export function typeWords(schema: Schema | undefined): string {
  if (!schema || Object.keys(schema).length === 0) return 'any';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(', ')}`;
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return alternatives.map(typeWords).join(' or ');
  const type = schema.type;
  if (Array.isArray(type)) return type.join(' or ');
  if (type === 'array') return `array of ${typeWords(schema.items as Schema | undefined)}`;
  if (type === 'object') return 'object';
  const limits: string[] = [];
  if (typeof schema.maxLength === 'number') limits.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.format === 'string') limits.push(schema.format);
  return `${String(type ?? 'any')}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

function fieldRows(rows: Array<{ name: string; where: string; required: boolean; schema: Schema }>): string {
  if (rows.length === 0) return '';
  const body = rows
    .map(
      (r) =>
        `<tr><td><code>${escapeHtml(r.name)}</code></td><td>${escapeHtml(r.where)}</td>` +
        `<td>${r.required ? 'required' : 'optional'}</td><td>${escapeHtml(typeWords(r.schema))}</td>` +
        `<td>${escapeHtml(String(r.schema.description ?? ''))}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>field</th><th>in</th><th></th><th>type</th><th>meaning</th></tr></thead><tbody>${body}</tbody></table>`;
}

interface Operation {
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Array<{ name: string; in: string; required: boolean; schema: Schema; description?: string }>;
  requestBody?: {
    description?: string;
    content: { 'application/json'?: { schema: Schema }; 'application/octet-stream'?: unknown };
  };
  responses: Record<string, unknown>;
}

function renderOperation(method: string, path: string, op: Operation, base: string): string {
  const rows = (op.parameters ?? []).map((p) => ({
    name: p.name,
    where: p.in,
    required: p.required,
    schema: { ...p.schema, ...(p.description ? { description: p.description } : {}) },
  }));
  const body = op.requestBody?.content['application/json']?.schema;
  const file = op.requestBody?.content['application/octet-stream'];
  if (file) {
    rows.push({
      name: '(the file)',
      where: 'body',
      required: true,
      schema: { description: op.requestBody?.description ?? 'the file' } as Schema,
    });
  }
  const required = new Set((body?.required as string[] | undefined) ?? []);
  for (const [name, schema] of Object.entries((body?.properties as Record<string, Schema>) ?? {})) {
    rows.push({ name, where: 'body', required: required.has(name), schema });
  }
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  const statuses = Object.keys(op.responses).join(', ');
  return `<section class="op" id="${escapeHtml(id)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${base}${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)}</p>${op.description ? `<p class="more">${escapeHtml(op.description)}</p>` : ''}
${fieldRows(rows)}<p class="statuses">Answers: ${escapeHtml(statuses)}</p></section>`;
}

/** The browsable API reference: plain HTML rendered from the OpenAPI document, nothing remote. */
export function docsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    // A path with its own `servers` (the calendar feed) lives outside /api.
    const { servers, ...ops } = methods as Record<string, unknown>;
    const base = servers ? '' : '/api';
    for (const [method, op] of Object.entries(ops as Record<string, Operation>)) {
      const tag = op.tags[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op, base)]);
    }
  }
  const toc = [...byTag.keys()]
    .map((t) => `<a href="#tag-${escapeHtml(t)}">${escapeHtml(t)}</a>`)
    .join(' · ');
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>notnow API reference</title><style>${STYLE}</style></head>
<body><main>
<p><a href="/">← back to notnow</a></p>
<h1>notnow API <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}).</p>
<nav>${toc}</nav>
${sections}
</main></body></html>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2933;background:#fbfaf8}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h2{margin-top:2.5rem;border-bottom:1px solid #ddd;text-transform:capitalize}
.op{margin:1.25rem 0;padding:.75rem 1rem;background:#fff;border:1px solid #e3e1dc;border-radius:8px}
.op h3{margin:0;font-size:1rem;overflow-wrap:anywhere}
.method{display:inline-block;min-width:4.5em;font-size:.8rem;padding:.1em .4em;border-radius:4px;border:1px solid currentColor;text-align:center}
.get{color:#1b5e8a}.post{color:#2d6a3e}.patch{color:#7a5200}.delete{color:#a12a2a}
table{border-collapse:collapse;width:100%;font-size:.9rem;display:block;overflow-x:auto}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.more,.statuses{color:#52606d;font-size:.9rem}
a{color:#1b5e8a}
@media (prefers-color-scheme: dark){body{background:#15191d;color:#e4e7eb}.op{background:#1f2429;border-color:#333}a,.get{color:#8cc4ef}.post{color:#8fd19e}.patch{color:#f0c674}.delete{color:#f28b82}}
`;
