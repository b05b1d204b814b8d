/** A step's one-line title, for the agenda table, notifications and calendar events. */
import type { StepKind } from '../model.js';

export function stepTitle(
  kind: StepKind,
  person: { name: string } | null,
  company: { name: string } | null,
): string {
  const name = person?.name ?? company?.name ?? 'the company';
  const at = company && person ? ` (${company.name})` : '';
  switch (kind) {
    case 'interview-thank-you':
      return `Thank ${name} for the interview${at}`;
    case 'thank-you':
      return `Thank-you note to ${name}${at}`;
    case 'feedback-request':
      return `Ask ${name} for feedback${at}`;
    case 'recruiter-update':
      return company ? `Update ${name} on ${company.name}` : `Update ${name}`;
    case 'reflection':
      return company ? `Reflect on ${company.name}` : 'Reflect on the application';
    case 'resell':
      return `Resell letter to ${name}${at}`;
    case 'follow-up':
      return `Follow up with ${name}, as promised${at}`;
    case 'keep-in-touch':
      return `Keep in touch with ${name}${at}`;
    case 'status-check':
      return `Status check with ${name}${at}`;
    case 'new-opening':
      return `Tell ${name} about the new opening${at}`;
  }
}
