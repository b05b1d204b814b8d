/**
 * Job-adjacent mail that is none of the job kinds: account mail, alerts, surveys and events, notices,
 * mail the candidate wrote, and mail about starting work after the hire. A strong one contradicts weak
 * evidence of a job kind (see rule-decision.ts). Written by us.
 */
import type { PhraseRule } from './phrases.js';

export const OTHER_RULES: PhraseRule[] = [
  {
    kind: 'other',
    tier: 'strong',
    name: 'account or receipt',
    re: /\bverify your (email|account|address)\b|\b(reset|choose a new) (your )?password\b|\bpassword reset\b|\breceipt from\b|\bamount paid\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'job alert',
    re: /\bjob alert\b|\bsee all jobs\b|\b\d+ new [\w ]{0,40}jobs\b|\bjobs you may be interested in\b|\bstartups hiring\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'application viewed or withdrawn',
    re: /\byour application was viewed\b|\bviewed your application\b|\byou have withdrawn your application\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'referral, reference or data notice',
    re: /\bthank(s| you) for referring\b|\byour referrals?\b|\b(as a|gave your name as a|be a) reference\b|\bdata protection\b|\byour data will be deleted\b|\bgive (your )?consent\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    // After the hire: the mail is about starting work, not about getting the job.
    name: 'onboarding after hire',
    re: /\byour first (day|week) (is|at|with us|will|begins|starts)\b|\bcounting down to your first day\b|\binduction (schedule|programme|program|week|day|timetable)\b|\bonboarding (session|portal|schedule|programme|program|plan|checklist|paperwork)\b|\b(complete|start|finish) your ([\w-]+ ){0,2}onboarding\b|\bas part of your onboarding\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'survey or event',
    re: /\b(survey|candidate experience)\b|\bregister here\b|\brsvp\b|\bcareers? (evening|fair|event)\b|\bwebinar\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'written by the candidate',
    re: /\bi('m| am)? (happy|delighted|pleased|thrilled) to accept\b|\bthank you for (taking the time to (meet|talk|speak) with me|your time today|meeting with me|letting me know|telling me)\b|\bi wanted to check in on\b|\bwould you be willing to share\b|\bi('d| would) (really )?appreciate (any |some )?feedback\b|\bplease find my (solution|resume|cv)\b|\bthank you for telling me\b/,
  },
  {
    kind: 'other',
    tier: 'weak',
    // The hiring side answering a thank-you note: often nothing new, but it may carry an invitation.
    name: 'answers a thank-you note',
    re: /\bthank(s| you) for (the|your) (kind|lovely|thoughtful) (note|message|words|email)\b/,
  },
];
