/**
 * Static check of a letter template before it is ever rendered: every name it uses is a known field,
 * flags are only used as conditions, and a field that can be empty is printed only inside a guard
 * (`{{#if field}}`), so a missing value can never leave a blank in a letter. Only plain fields and
 * `{{#if}}`/`{{#unless}}`/`{{else}}` are allowed: templates stay readable and safe to share.
 */
import Handlebars from 'handlebars';
import { TemplateError } from './errors.js';
import {
  alwaysPresent,
  FIELD_NAMES,
  FIELDS,
  type FieldName,
  type FieldSpec,
  isFieldName,
} from './letter-fields.js';
import type { LetterKind } from './letter-kind.js';

interface Loc {
  start: { line: number; column: number };
}
interface Path {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc: Loc;
}
interface Node {
  type: string;
  loc: Loc;
  path?: Path | { type: string; original?: unknown };
  params?: Node[];
  hash?: { pairs: unknown[] };
  program?: { body: Node[] };
  inverse?: { body: Node[] } | null;
}

const CONDITIONS = new Set(['if', 'unless']);

function where(loc: Loc): string {
  return `line ${loc.start.line}, column ${loc.start.column + 1}`;
}

function closest(name: string): string | null {
  const lower = name.toLowerCase();
  return FIELD_NAMES.find((f) => f.toLowerCase() === lower || f.toLowerCase().includes(lower)) ?? null;
}

/** Parses and checks one template; returns the fields it uses. */
export function checkTemplate(name: string, source: string, kind: LetterKind): Set<FieldName> {
  let ast: { body: Node[] };
  try {
    ast = Handlebars.parse(source) as unknown as { body: Node[] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TemplateError(name, `is not valid Handlebars: ${reason}`);
  }
  const used = new Set<FieldName>();

  const field = (node: Path | { type: string; original?: unknown } | undefined, loc: Loc): FieldName => {
    if (node?.type !== 'PathExpression') {
      throw new TemplateError(name, `only field names can go inside {{ }} (${where(loc)})`);
    }
    const path = node as Path;
    if (path.data || path.depth > 0 || path.parts.length !== 1) {
      throw new TemplateError(
        name,
        `"${path.original}" is not a field; use plain field names such as {{firstName}} (${where(loc)})`,
        path.original,
      );
    }
    const fieldName = path.parts[0]!;
    if (!isFieldName(fieldName)) {
      const hint = closest(fieldName);
      throw new TemplateError(
        name,
        `unknown field "${fieldName}" (${where(loc)})${hint ? `; did you mean "${hint}"?` : ''}`,
        fieldName,
      );
    }
    used.add(fieldName);
    return fieldName;
  };

  const walk = (body: Node[], guarded: ReadonlySet<FieldName>): void => {
    for (const node of body) {
      if (node.type === 'ContentStatement' || node.type === 'CommentStatement') continue;
      if (node.type === 'MustacheStatement') {
        if ((node.params?.length ?? 0) > 0 || (node.hash?.pairs.length ?? 0) > 0) {
          const helper = node.path && 'original' in node.path ? String(node.path.original) : '?';
          throw new TemplateError(
            name,
            `helpers such as "${helper}" are not available in letter templates (${where(node.loc)})`,
            helper,
          );
        }
        const f = field(node.path, node.loc);
        const spec: FieldSpec = FIELDS[f];
        if (spec.flag) {
          throw new TemplateError(
            name,
            `"${f}" is a yes/no field: use it as {{#if ${f}}}…{{/if}}, not printed (${where(node.loc)})`,
            f,
          );
        }
        if (!alwaysPresent(f, kind) && !guarded.has(f)) {
          throw new TemplateError(
            name,
            `"${f}" can be empty: print it inside {{#if ${f}}}…{{/if}} so a missing value drops the sentence (${where(node.loc)})`,
            f,
          );
        }
        continue;
      }
      if (node.type === 'BlockStatement') {
        const helper = node.path && 'original' in node.path ? String(node.path.original) : '?';
        if (!CONDITIONS.has(helper)) {
          throw new TemplateError(
            name,
            `{{#${helper}}} is not available; letter templates use {{#if}}, {{#unless}} and {{else}} (${where(node.loc)})`,
            helper,
          );
        }
        if (node.params?.length !== 1 || (node.hash?.pairs.length ?? 0) > 0) {
          throw new TemplateError(name, `{{#${helper}}} takes exactly one field (${where(node.loc)})`);
        }
        const f = field(node.params[0] as Path, node.loc);
        const withF = new Set(guarded).add(f);
        walk(node.program?.body ?? [], helper === 'if' ? withF : guarded);
        walk(node.inverse?.body ?? [], helper === 'unless' ? withF : guarded);
        continue;
      }
      throw new TemplateError(
        name,
        `partials and decorators are not available in letter templates (${where(node.loc)})`,
      );
    }
  };

  walk(ast.body, new Set());
  return used;
}
