/** A step for tests: every field a plain value, the given ones win. */
import type { Step } from '../model.js';

export function testStep<T extends Partial<Step>>(
  given: T & Pick<Step, 'key' | 'due'>,
): Omit<Step, 'id'> & T {
  return {
    applicationId: 1,
    personId: 2,
    kind: 'thank-you',
    channel: 'email',
    why: 'because',
    state: 'pending',
    snoozedUntil: null,
    cancelReason: null,
    touchId: null,
    edited: false,
    draft: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...given,
  };
}
