import { describe, expect, it } from 'vitest';
import { evaluate, missedTargets } from './evaluation.js';

describe('evaluate', () => {
  it('computes precision, recall, F1 and the confusion matrix', () => {
    const r = evaluate([
      { expected: 'rejection', actual: 'rejection' },
      { expected: 'rejection', actual: 'other' },
      { expected: 'other', actual: 'rejection' },
      { expected: 'offer', actual: 'offer' },
    ]);
    const rejection = r.perKind.find((k) => k.kind === 'rejection')!;
    expect(rejection).toMatchObject({ support: 2, truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(rejection.precision).toBe(0.5);
    expect(rejection.recall).toBe(0.5);
    expect(rejection.f1).toBe(0.5);
    expect(r.confusion.rejection.other).toBe(1);
    expect(r.accuracy).toBe(0.5);
    expect(missedTargets(r)).toContain('rejection precision 0.500 < 0.98');
  });

  it('meets the targets when every message is right', () => {
    const r = evaluate([
      { expected: 'rejection', actual: 'rejection' },
      { expected: 'interview', actual: 'interview' },
    ]);
    expect(missedTargets(r)).toEqual([]);
  });
});
