/**
 * The set of letter templates in use: the built-in ones, with the user's overrides laid over them.
 * Overrides are keyed `<kind>.<n>` (the body of variant n) and `<kind>.<n>.subject`; a number past the
 * built-in ones adds a variant. Every template is checked before use (see template-check.ts) and compiled
 * with Handlebars in strict mode, so an unknown field is an error that names it, never an empty string.
 */
import Handlebars from 'handlebars';
import { TemplateError } from './errors.js';
import type { FieldName, LetterView } from './letter-fields.js';
import { isLetterKind, LETTER_KINDS, type LetterKind } from './letter-kind.js';
import { checkTemplate } from './template-check.js';
import { BUILT_IN_LETTERS } from './texts/index.js';

export interface CompiledVariant {
  kind: LetterKind;
  variant: number;
  /** Fields the subject and body use: what a draft could ask the user to add. */
  fields: ReadonlySet<FieldName>;
  /** Whether the body or subject came from the user's overrides. */
  overridden: boolean;
  renderSubject(view: LetterView): string;
  renderBody(view: LetterView): string;
}

export interface TemplateSet {
  /** The variants of a kind, in variant order. */
  variants(kind: LetterKind): readonly CompiledVariant[];
  variant(kind: LetterKind, n: number): CompiledVariant | undefined;
}

const KEY = /^([a-z-]+)\.(\d+)(\.subject)?$/;

/** The built-in template texts under their override keys: what `notnow` can write out for editing. */
export function builtInTemplateTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of LETTER_KINDS) {
    BUILT_IN_LETTERS[kind].forEach((source, i) => {
      out[`${kind}.${i + 1}`] = source.body;
      out[`${kind}.${i + 1}.subject`] = source.subject;
    });
  }
  return out;
}

function compileOne(name: string, source: string): (view: LetterView) => string {
  // noEscape: letters are plain text; each way out (HTML card, .eml) escapes for its own format.
  const render = Handlebars.compile(source, {
    strict: true,
    noEscape: true,
    knownHelpers: { if: true, unless: true },
    knownHelpersOnly: true,
  });
  return (view) => {
    try {
      return render(view);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const field = /"([^"]+)" not defined/.exec(reason)?.[1] ?? null;
      throw new TemplateError(name, field ? `unknown field "${field}"` : reason, field);
    }
  };
}

interface Pending {
  body?: { name: string; source: string; overridden: boolean };
  subject?: { name: string; source: string; overridden: boolean };
}

function build(overrides: Record<string, string>): { set: TemplateSet; problems: TemplateError[] } {
  const problems: TemplateError[] = [];
  const pending = new Map<LetterKind, Map<number, Pending>>();
  const slot = (kind: LetterKind, n: number): Pending => {
    const byN = pending.get(kind) ?? new Map<number, Pending>();
    pending.set(kind, byN);
    const p = byN.get(n) ?? {};
    byN.set(n, p);
    return p;
  };
  for (const kind of LETTER_KINDS) {
    BUILT_IN_LETTERS[kind].forEach((source, i) => {
      const p = slot(kind, i + 1);
      p.body = { name: `${kind}.${i + 1}`, source: source.body, overridden: false };
      p.subject = { name: `${kind}.${i + 1}.subject`, source: source.subject, overridden: false };
    });
  }
  for (const [key, source] of Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b))) {
    const m = KEY.exec(key);
    const kind = m?.[1];
    const n = Number(m?.[2]);
    if (!m || !kind || !isLetterKind(kind) || n < 1) {
      problems.push(
        new TemplateError(
          key,
          `is not a template name; use <kind>.<n> or <kind>.<n>.subject with a kind among ${LETTER_KINDS.join(', ')}`,
        ),
      );
      continue;
    }
    if (typeof source !== 'string' || source.trim() === '') {
      problems.push(new TemplateError(key, 'is empty'));
      continue;
    }
    slot(kind, n)[m[3] ? 'subject' : 'body'] = { name: key, source, overridden: true };
  }

  const compiled = new Map<LetterKind, CompiledVariant[]>();
  for (const kind of LETTER_KINDS) {
    const list: CompiledVariant[] = [];
    const entries = [...(pending.get(kind) ?? new Map<number, Pending>())].sort(([a], [b]) => a - b);
    for (const [n, p] of entries) {
      if (!p.body) {
        problems.push(new TemplateError(`${kind}.${n}.subject`, `has no body: add ${kind}.${n} as well`));
        continue;
      }
      // A new variant without its own subject borrows the first variant's.
      const subject = p.subject ?? pending.get(kind)?.get(1)?.subject;
      if (!subject) continue;
      try {
        const fields = new Set([
          ...checkTemplate(p.body.name, p.body.source, kind),
          ...checkTemplate(subject.name, subject.source, kind),
        ]);
        list.push({
          kind,
          variant: n,
          fields,
          overridden: p.body.overridden || subject.overridden,
          renderBody: compileOne(p.body.name, p.body.source),
          renderSubject: compileOne(subject.name, subject.source),
        });
      } catch (error) {
        if (error instanceof TemplateError) problems.push(error);
        else throw error;
      }
    }
    compiled.set(kind, list);
  }
  const set: TemplateSet = {
    variants: (kind) => compiled.get(kind) ?? [],
    variant: (kind, n) => compiled.get(kind)?.find((v) => v.variant === n),
  };
  return { set, problems };
}

/** Every problem in a set of overrides, for a "check my templates" command; empty when all is well. */
export function validateTemplates(overrides: Record<string, string>): TemplateError[] {
  return build(overrides).problems;
}

/**
 * The templates in use with the user's overrides (texts the app layer read from the config folder).
 * Throws the first TemplateError, naming the template and the field.
 */
export function compileTemplates(overrides: Record<string, string> = {}): TemplateSet {
  const { set, problems } = build(overrides);
  if (problems[0]) throw problems[0];
  return set;
}

let defaults: TemplateSet | undefined;
/** The built-in templates, compiled once. */
export function defaultTemplates(): TemplateSet {
  defaults ??= compileTemplates();
  return defaults;
}
