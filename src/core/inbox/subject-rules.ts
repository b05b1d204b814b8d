/**
 * Subject lines are short and formulaic, so they get their own rules. A reply inherits its thread's
 * subject ("Re: Your application"), which is why the classifier discounts these on replies.
 */
import { ONE_WAY_INTERVIEW, type PhraseRule } from './phrases.js';

export const SUBJECT_RULES: PhraseRule[] = [
  {
    kind: 'interview',
    tier: 'strong',
    name: 'interview subject',
    re: /\binterview (invitation|request|schedule|availability|confirmed|confirmation|call letter)\b|\binvitation to interview\b|\binvitation: .*\binterview\b|\breschedul|\blet's schedule\b|\bschedule your interview\b|\bshare your availability\b|\binterview for\b|\b(second|final|technical|managerial) (stage|round)\b|\bphone screen\b|\bscreening call\b|\b(mov(e|ing)|push(ing)?|chang(e|ing)|shift(ing)?) (our|the|my|your|today's|tomorrow's) .{0,20}\b(call|interview|chat|meeting)\b/,
    veto: ONE_WAY_INTERVIEW,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'mentions an interview',
    re: /\binterview\b/,
    veto: ONE_WAY_INTERVIEW,
  },
  { kind: 'assessment', tier: 'strong', name: 'recorded interview subject', re: ONE_WAY_INTERVIEW },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'assessment subject',
    re: /\bassessment\b|\btake-home\b|\bcoding (test|challenge|exercise)\b|\bonline (test|aptitude)|\bcase study\b|\btest invitation\b|\baptitude\b|\b(written|technical) (test|challenge)\b|\bexercise\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'receipt subject',
    re: /\bapplication (received|confirmation|submitted|sent)\b|\breceived your application\b|\byour application was sent to\b|\backnowledg|\bconfirmation of (receipt|application)\b|\beingangsbest/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'thanks for applying subject',
    re: /\bthank(s| you) for (applying|your application)\b/,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'offer subject',
    re: /\b(job offer|offer (of|letter|details)|your offer|conditional offer|(updated|revised|improved|new) offer|letter of intent|employment offer|offer is ready)\b/,
  },
  { kind: 'offer', tier: 'weak', name: 'mentions an offer', re: /\boffer\b/ },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'decision subject',
    re: /\b(outcome|decision)\b|\b(update on|regarding|status of) your (application|candidature|candidacy)\b|\bapplication (status|update)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'opportunity subject',
    re: /\bopportunit(y|ies)\b|\bopen (to|for) new\b|\bopen to an? (quick |brief )?(chat|call|conversation)\b|\burgent requirement\b|\bconfidential\b|\bcurious if you're open\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'onboarding subject',
    re: /\byour first (day|week)\b|\binduction (schedule|programme|program|week)\b|\bonboarding (schedule|checklist|paperwork)\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'notification subject',
    re: /^(automatic reply|auto-?reply|out of (the )?office)\b|\bjob alert\b|\bnew [\w ]{0,40} jobs\b|\bverify your\b|\bpassword\b|\breceipt\b|\bnewsletter\b|\bdigest\b|#\d+/,
  },
];
