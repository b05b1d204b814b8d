/** Pending steps of this application that the plan no longer wants are cancelled, with the reason. */
import { shortDate } from '../dates.js';
import type { Step } from '../model.js';
import type { PlanBuilder } from './builder.js';
import { resellSkipped } from './plan-state.js';
import { feedbackSince, rejectionFacts } from './rejection.js';
import { statusDay } from './roster.js';
import { AWAITING, silenceSince } from './silence.js';

function reasonFor(b: PlanBuilder, step: Step): string {
  const { application: app, people } = b.ctx;
  if (step.personId !== null && !people.some((p) => p.person.id === step.personId)) {
    return 'no longer on this application';
  }
  if (step.kind === 'interview-thank-you' && app.status === 'rejected') {
    return 'replaced by the thank-you after the rejection';
  }
  if (step.kind === 'follow-up' && resellSkipped(b, step)) return 'the resell letter was skipped';
  if (step.kind === 'feedback-request' && app.status === 'rejected') {
    const came = feedbackSince(b, rejectionFacts(b).day);
    if (came) return `feedback received on ${shortDate(came)}`;
  }
  if (step.kind === 'status-check' && AWAITING.includes(app.status)) {
    const { day, event } = silenceSince(b);
    if (!step.key.startsWith(`silence:${app.id}:${day}:`)) {
      return event === 'interview' ? `interview on ${shortDate(day)}` : `they answered on ${shortDate(day)}`;
    }
    return 'the status check now goes to someone else';
  }
  if (step.kind === 'keep-in-touch' || step.kind === 'new-opening') {
    if (step.personId !== null && b.contactState(step.personId) !== 'active') return 'back-off';
  }
  const { day } = statusDay(b);
  return `application ${app.status} on ${shortDate(day)}`;
}

export function cancelUnwanted(b: PlanBuilder): void {
  for (const s of b.ctx.steps) {
    if (s.applicationId !== b.ctx.application.id || s.state !== 'pending' || s.edited) continue;
    if (b.desired.has(s.key) || b.isPatched(s.id)) continue;
    b.patch(s.id, { state: 'cancelled', cancelReason: reasonFor(b, s) });
  }
}
