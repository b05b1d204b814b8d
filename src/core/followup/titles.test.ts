import { describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../model.js';
import { stepTitle } from './titles.js';

describe('stepTitle', () => {
  const ana = { name: 'Ana Ruiz' };
  const acme = { name: 'Acme' };

  it('names who and where', () => {
    expect(stepTitle('thank-you', ana, acme)).toBe('Thank-you note to Ana Ruiz (Acme)');
    expect(stepTitle('follow-up', ana, acme)).toBe('Follow up with Ana Ruiz, as promised (Acme)');
    expect(stepTitle('recruiter-update', { name: 'Tom Reed' }, acme)).toBe('Update Tom Reed on Acme');
  });

  it('covers the user own steps and letters to a company with no contact', () => {
    expect(stepTitle('reflection', null, acme)).toBe('Reflect on Acme');
    expect(stepTitle('status-check', null, acme)).toBe('Status check with Acme');
  });

  it('has a distinct title for every kind', () => {
    const titles = STEP_KINDS.map((k) => stepTitle(k, ana, acme));
    expect(new Set(titles).size).toBe(STEP_KINDS.length);
  });
});
