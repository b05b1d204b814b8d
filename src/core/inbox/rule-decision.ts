/**
 * The rules' own decision from their scores: a kind needs one strong phrase or corroborated weak ones;
 * a strong sign of other mail contradicts weak-only evidence; confidence grows with the score and the
 * margin over the runner-up.
 */
import { type Classification, type Evidence, MAIL_KINDS, type MailKind } from './kinds.js';
import { type RuleReading, round, type Scores, STRONG } from './rule-reading.js';

/** A kind needs this much: one strong phrase, or weak ones corroborated by more weak ones or the subject. */
export const THRESHOLD = 3;

export function decideByRules(reading: RuleReading): Classification {
  if (reading.autoReply) return { kind: 'other', confidence: 0.95, evidence: [...reading.evidence] };
  return decide(
    reading.scores,
    reading.strongKinds,
    [...reading.evidence],
    reading.certainty,
    reading.signals,
  );
}

/** Invitations that outweigh a filled role when they are about another opening. */
const REDIRECTED_TO = ['interview', 'recruiter-outreach'] as const;
/** Rejection evidence that ends a finished exercise even without a strong phrase (two weak ones). */
const DECISION_AFTER_A_STEP = 2;

/** Steps of a process that a decision ends: a rejection after a take-home is a rejection. */
const SUPERSEDED_BY_REJECTION: ReadonlySet<MailKind> = new Set(['assessment', 'acknowledgement']);

/** Outreach evidence that makes a pitch of a proposed call: two weak signs (a weak phrase and the subject). */
const PITCH = 2;

/**
 * A call proposed in cold mail: the pitch is corroborated, the writer answers no application, the mail is
 * no reply in a thread, and nothing names an interview, a screen or a next step.
 */
function isPitchWithACall(scores: Scores, signals: readonly string[]): boolean {
  return (
    scores['recruiter-outreach'] >= PITCH &&
    signals.includes('structure:call-only') &&
    !signals.includes('structure:reactive') &&
    !signals.includes('header:reply') &&
    !signals.includes('structure:quoted-history')
  );
}

function decide(
  scores: Scores,
  strongKinds: ReadonlySet<MailKind>,
  evidence: Evidence[],
  certainty: number,
  signals: readonly string[],
): Classification {
  const ranked = MAIL_KINDS.filter((k) => k !== 'other')
    .filter((k) => scores[k] >= THRESHOLD)
    .sort((a, b) => scores[b] - scores[a] || MAIL_KINDS.indexOf(a) - MAIL_KINDS.indexOf(b));
  let best = ranked[0];
  const completedStep = signals.includes('structure:completed-step');
  if (
    best !== undefined &&
    SUPERSEDED_BY_REJECTION.has(best) &&
    ((strongKinds.has('rejection') && scores.rejection >= THRESHOLD) ||
      (completedStep && best === 'assessment' && scores.rejection >= DECISION_AFTER_A_STEP))
  ) {
    evidence.push({ signal: 'structure', detail: `rejection: a decision ends the ${best} step`, weight: 0 });
    best = 'rejection';
  }
  if (
    best === 'interview' &&
    strongKinds.has('rejection') &&
    scores.rejection >= THRESHOLD &&
    signals.includes('structure:feedback-call')
  ) {
    // "We won't be offering you the role; pick a slot if you'd like a call about the feedback."
    evidence.push({
      signal: 'structure',
      detail: 'rejection: the call offered is about the decision',
      weight: 0,
    });
    best = 'rejection';
  }
  if (best === 'interview' && isPitchWithACall(scores, signals)) {
    // "Thought of you for a contract that just came in. Are you available for a quick call this week?"
    evidence.push({
      signal: 'structure',
      detail: 'recruiter-outreach: the call is offered with a pitch, not in a hiring process',
      weight: 0,
    });
    best = 'recruiter-outreach';
  }
  const redirect = REDIRECTED_TO.find((k) => strongKinds.has(k) && scores[k] >= THRESHOLD);
  if (best === 'rejection' && redirect && signals.includes('structure:other-opening')) {
    // "We filled the Dublin role, but London would like to meet you": the news is the invitation.
    evidence.push({
      signal: 'structure',
      detail: `${redirect}: the filled role comes with an invitation for another opening`,
      weight: 0,
    });
    best = redirect;
  }
  const ordered = [...evidence].sort((a, b) => b.weight - a.weight);
  // Weak phrases need corroboration; a strong sign of other mail (a survey, an alert) contradicts them.
  const weakOnly = best !== undefined && !strongKinds.has(best);
  if (best === undefined || scores.other > scores[best] || (weakOnly && scores.other >= STRONG)) {
    const nearMiss = Math.max(...MAIL_KINDS.filter((k) => k !== 'other').map((k) => scores[k]));
    const confidence = Math.min(0.95, 0.6 + 0.1 * scores.other) - (nearMiss >= 2 ? 0.2 : 0);
    return { kind: 'other', confidence: round(Math.max(0.3, confidence) * certainty), evidence: ordered };
  }
  const s = scores[best];
  const runnerUp = Math.max(
    scores.other,
    ...MAIL_KINDS.filter((k) => k !== best && k !== 'other').map((k) => scores[k]),
  );
  const strength = 1 - Math.exp(-s / 2);
  const margin = Math.max(0, (s - runnerUp) / s);
  return { kind: best, confidence: round(strength * (0.6 + 0.4 * margin) * certainty), evidence: ordered };
}
