/**
 * Steps as the database holds them after a plan wrote them, known without reading them back: a batch
 * of re-plans keeps its steps in memory equal to the stored ones (plan.ts, replanBatch), and reading
 * back every step each plan wrote was a query per plan.
 */
import type { StepPatch } from '../core/followup/index.js';
import type { Step } from '../core/model.js';
import { fromStep, toStep } from '../store/rows.js';

/** A step as its row holds it, as reading it back gives it (the row converters' values and key order). */
export const asStored = (step: Step): Step => toStep(fromStep(step));

/**
 * A stored step after `updateStep(db, id, { ...patch, updatedAt })`: the patch's values over it, but
 * for those left undefined, which the update does not write (Kysely leaves them out of its `set`).
 */
export function patched(before: Step, patch: StepPatch, updatedAt: string): Step {
  const after: Record<string, unknown> = { ...before, updatedAt };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) after[key] = value;
  return asStored(after as unknown as Step);
}
