/**
 * One letter, drafted from what the records hold. Every sentence that needs a missing value is left
 * out by the template's guards; `missing` tells the user what they could add to make it better.
 */

import { LetterInputError } from './errors.js';
import { FIELD_NAMES, FIELDS, type FieldSpec, type LetterView } from './letter-fields.js';
import { type LetterInput, validateLetterInput } from './letter-input.js';
import type { LetterKind } from './letter-kind.js';
import { tidySubject, tidyText, toMarkdown } from './letter-text.js';
import { buildView } from './letter-view.js';
import { type CompiledVariant, defaultTemplates, type TemplateSet } from './templates.js';

export interface Draft {
  kind: LetterKind;
  /** The variant used, 1-based; pass it back as `variant` to draft the same letter again. */
  variant: number;
  subject: string;
  /** The letter as plain text: greeting, paragraphs, sign-off and signature. */
  text: string;
  /** The same letter as Markdown (escaped, with links). */
  markdown: string;
  /** What the user could add to make this letter better, as sentences to show them. */
  missing: string[];
}

/** FNV-1a: a stable, pure spread of people over variants, so a series does not open the same way. */
function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The variant used when the caller names none: stable for the same kind, company and person. */
export function defaultVariant(input: LetterInput, variants: readonly CompiledVariant[]): CompiledVariant {
  const key = `${input.kind}|${input.company.name.trim().toLowerCase()}|${input.person?.name.trim().toLowerCase() ?? ''}`;
  const chosen = variants[stableHash(key) % variants.length];
  if (!chosen) throw new LetterInputError(`there is no template for ${input.kind} letters`);
  return chosen;
}

export function missingHints(view: LetterView, fields: ReadonlySet<string>): string[] {
  const who = view.firstName ?? 'this person';
  const hints: string[] = [];
  for (const name of FIELD_NAMES) {
    const spec: FieldSpec = FIELDS[name];
    if (!fields.has(name) || view[name] !== null || !spec.hint) continue;
    if (spec.dependsOn && view[spec.dependsOn as keyof LetterView] === null) continue;
    const hint = spec.hint(who);
    if (!hints.includes(hint)) hints.push(hint);
  }
  return hints;
}

export function renderDraft(input: LetterInput, compiled: CompiledVariant, view: LetterView): Draft {
  const text = tidyText(compiled.renderBody(view));
  return {
    kind: input.kind,
    variant: compiled.variant,
    subject: tidySubject(compiled.renderSubject(view)),
    text,
    markdown: toMarkdown(text),
    missing: missingHints(view, compiled.fields),
  };
}

export function pickVariant(input: LetterInput, templates: TemplateSet): CompiledVariant {
  const variants = templates.variants(input.kind);
  if (input.variant == null) return defaultVariant(input, variants);
  const chosen = templates.variant(input.kind, input.variant);
  if (!chosen) {
    const numbers = variants.map((v) => v.variant).join(', ');
    throw new LetterInputError(
      `${input.kind} letters have variants ${numbers}; there is no variant ${input.variant}`,
    );
  }
  return chosen;
}

/** Drafts one letter. Throws LetterInputError for input it cannot use, saying what to fix. */
export function draftLetter(input: LetterInput, templates: TemplateSet = defaultTemplates()): Draft {
  validateLetterInput(input);
  return renderDraft(input, pickVariant(input, templates), buildView(input));
}
