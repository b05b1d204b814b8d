import { describe, expect, it } from 'vitest';
import { draftLetter } from './draft-letter.js';
import { TemplateError } from './errors.js';
import { LETTER_KINDS } from './letter-kind.js';
import { builtInTemplateTexts, compileTemplates, defaultTemplates, validateTemplates } from './templates.js';
import { fullInput } from './test-fixtures.js';

function templateError(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('built-in templates', () => {
  it('give every kind at least three variants, and the per-interviewer kinds five', () => {
    for (const kind of LETTER_KINDS)
      expect(defaultTemplates().variants(kind).length).toBeGreaterThanOrEqual(3);
    expect(defaultTemplates().variants('thank-you')).toHaveLength(5);
    expect(defaultTemplates().variants('interview-thank-you')).toHaveLength(5);
  });

  it('are exported under their override names, so a user can copy one to edit', () => {
    const texts = builtInTemplateTexts();
    expect(texts['thank-you.1']).toContain('{{company}}');
    expect(texts['thank-you.1.subject']).toBeDefined();
    expect(validateTemplates(texts)).toEqual([]);
  });
});

describe('compileTemplates with overrides', () => {
  it('uses an override body instead of the built-in one', () => {
    const set = compileTemplates({
      'thank-you.2': 'Dear {{#if firstName}}{{firstName}}{{/if}}, thanks from me.',
    });
    const draft = draftLetter(fullInput('thank-you', { variant: 2 }), set);
    expect(draft.text).toBe('Dear Dana, thanks from me.');
    expect(set.variant('thank-you', 2)?.overridden).toBe(true);
    expect(set.variant('thank-you', 1)?.overridden).toBe(false);
  });

  it('rejects an unknown field, naming the template and the field', () => {
    const error = templateError(() => compileTemplates({ 'thank-you.2': 'Hi! {{favouriteColour}}' }));
    expect(error.code).toBe('invalid-template');
    expect(error.template).toBe('thank-you.2');
    expect(error.field).toBe('favouriteColour');
    expect(error.message).toContain('thank-you.2');
    expect(error.message).toContain('favouriteColour');
    expect(error.message).toContain('line 1');
  });

  it('suggests the field a typo probably meant', () => {
    const error = templateError(() => compileTemplates({ 'resell.1.subject': 'About {{Company}}' }));
    expect(error.template).toBe('resell.1.subject');
    expect(error.message).toContain('did you mean "company"');
  });

  it('refuses to print a field that can be empty outside a guard', () => {
    const error = templateError(() => compileTemplates({ 'thank-you.1': 'Hi {{firstName}}, thanks.' }));
    expect(error.field).toBe('firstName');
    expect(error.message).toContain('{{#if firstName}}');
    // {{#unless}} guards its {{else}} branch.
    expect(() =>
      compileTemplates({ 'thank-you.1': '{{#unless rapport}}Thanks.{{else}}About {{rapport}}.{{/unless}}' }),
    ).not.toThrow();
  });

  it('knows which fields are always there for a kind', () => {
    expect(() =>
      compileTemplates({ 'resell.1': 'Back around {{followUpDate}} at {{company}}.' }),
    ).not.toThrow();
    expect(
      templateError(() => compileTemplates({ 'follow-up.1': 'Back around {{followUpDate}}.' })).field,
    ).toBe('followUpDate');
  });

  it('keeps yes/no fields as conditions', () => {
    expect(templateError(() => compileTemplates({ 'thank-you.1': '{{isRecruiter}}' })).field).toBe(
      'isRecruiter',
    );
  });

  it('allows no helpers, loops, partials or paths', () => {
    for (const source of [
      '{{uppercase company}}',
      '{{#each strengths}}{{this}}{{/each}}',
      '{{> footer}}',
      '{{person.name}}',
      '{{@root.company}}',
      '{{#if company}}{{../company}}{{/if}}',
      '{{"literal"}}',
    ]) {
      expect(() => compileTemplates({ 'thank-you.1': source }), source).toThrow(TemplateError);
    }
  });

  it('reports broken syntax with the template name', () => {
    const error = templateError(() => compileTemplates({ 'status-check.3': 'Hello {{#if role}}there' }));
    expect(error.template).toBe('status-check.3');
    expect(error.message).toContain('not valid Handlebars');
  });

  it('rejects names that are not templates, and empty texts', () => {
    expect(templateError(() => compileTemplates({ 'thanks.1': 'Hi' })).template).toBe('thanks.1');
    expect(templateError(() => compileTemplates({ 'thank-you.x': 'Hi' })).template).toBe('thank-you.x');
    expect(templateError(() => compileTemplates({ 'thank-you.0': 'Hi' })).template).toBe('thank-you.0');
    expect(templateError(() => compileTemplates({ 'thank-you.1': '  ' })).message).toContain('empty');
  });

  it('adds a variant past the built-in ones, borrowing the first subject when it has none', () => {
    const set = compileTemplates({ 'feedback-request.7': 'Hello from {{company}}.' });
    expect(set.variants('feedback-request').map((v) => v.variant)).toEqual([1, 2, 3, 7]);
    const draft = draftLetter(fullInput('feedback-request', { variant: 7 }), set);
    expect(draft.text).toBe('Hello from Acme Robotics.');
    expect(draft.subject).toBe('Could I ask for a little feedback?');
    expect(templateError(() => compileTemplates({ 'resell.9.subject': 'Hi' })).message).toContain('resell.9');
  });

  it('lists every problem at once for a check command', () => {
    const problems = validateTemplates({
      'thank-you.1': '{{nope}}',
      'resell.2': '{{alsoNope}}',
      'x.1': 'Hi',
    });
    expect(problems.map((p) => p.template).sort()).toEqual(['resell.2', 'thank-you.1', 'x.1']);
  });
});
