import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIMILARITY_THRESHOLD, shingles, similarity } from './similarity.js';

describe('similarity', () => {
  it('is 1 for the same words, whatever the case and punctuation, and 0 for nothing shared', () => {
    expect(similarity('Thank you for your time, Dana.', 'thank you for your time dana')).toBe(1);
    expect(similarity('Thank you for your time.', 'We met at the harbour yesterday.')).toBe(0);
    expect(similarity('', '')).toBe(0);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(similarity('I’d be glad to help', "I'd be glad to help")).toBe(1);
  });

  it('shingles short texts as one run', () => {
    expect([...shingles('Thanks Dana')]).toEqual(['thanks dana']);
    expect([...shingles('a b c d')]).toEqual(['a b c', 'b c d']);
  });

  it('scores a shared paragraph in proportion', () => {
    const shared = 'I enjoyed our conversation about sailing and would love to continue it soon.';
    const a = `${shared} Thank you for Tuesday.`;
    const b = `${shared} Your questions were sharp.`;
    const s = similarity(a, b);
    expect(s).toBeGreaterThan(SIMILARITY_THRESHOLD);
    expect(s).toBeLessThan(0.6);
  });

  it('is symmetric and between 0 and 1', () => {
    const text = fc.array(fc.constantFrom('thank', 'you', 'for', 'the', 'chat', 'Dana', 'team', '.'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const x = similarity(a.join(' '), b.join(' '));
        expect(x).toBe(similarity(b.join(' '), a.join(' ')));
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }),
    );
  });
});
