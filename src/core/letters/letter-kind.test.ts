import { describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../model.js';
import { isLetterKind, LETTER_KINDS, letterKindForStep } from './letter-kind.js';

describe('letterKindForStep', () => {
  it('gives every step kind but reflection a letter of the same name', () => {
    for (const step of STEP_KINDS) {
      if (step === 'reflection') expect(letterKindForStep(step)).toBeNull();
      else expect(letterKindForStep(step)).toBe(step);
    }
    expect(LETTER_KINDS).toHaveLength(STEP_KINDS.length - 1);
  });

  it('recognises letter kinds and nothing else', () => {
    expect(isLetterKind('resell')).toBe(true);
    expect(isLetterKind('reflection')).toBe(false);
    expect(isLetterKind('thanks')).toBe(false);
  });
});
