/** Small questions about existing steps that more than one part of the planner asks. */
import type { Step } from '../model.js';
import type { PlanBuilder } from './builder.js';

/** True when the resell letter whose promise this follow-up keeps was skipped (no promise made). */
export function resellSkipped(b: PlanBuilder, followUp: Step): boolean {
  const resellKey = followUp.key.replace(':follow-up:', ':resell:');
  return b.existing(resellKey)?.state === 'skipped';
}
