/**
 * What recording a rejection would plan, before it is saved: the change is made and planned inside a
 * transaction that is always rolled back, so the preview is exactly what saving would do.
 */
import type { Step } from '../core/model.js';
import { listSteps } from '../store/steps.js';
import { setStatus } from './applications.js';
import type { AppContext } from './context.js';

class Rollback extends Error {
  constructor(readonly steps: Step[]) {
    super('preview rolled back');
  }
}

export async function previewStatus(ctx: AppContext, input: unknown): Promise<Step[]> {
  try {
    await ctx.store.tx(async (db) => {
      // The use case runs on this transaction, which is then rolled back.
      const inner: AppContext = { ...ctx, store: ctx.store.within(db) };
      const { application } = await setStatus(inner, input);
      const steps = await listSteps(db, { applicationId: application.id, states: ['pending', 'snoozed'] });
      throw new Rollback(steps);
    });
  } catch (e) {
    if (e instanceof Rollback) return e.steps;
    throw e;
  }
  return [];
}
