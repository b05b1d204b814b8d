/**
 * Who decides: the rules or the trained model. Strong rules and the rules' vetoes keep priority (they
 * were written for the classic near-misses, and a false rejection costs the user most); where the rules
 * are weak or unsure (weak-only evidence, or nothing reached their threshold) the model decides when its
 * calibrated probability clears the per-kind bar fitted by cross-validation on the training corpora.
 */
import type { Classification, Evidence, MailKind } from './kinds.js';
import type { InboxModel } from './model.js';
import { predict } from './model.js';
import { featuresOf } from './model-features.js';
import { INBOX_MODEL } from './model-weights.js';
import { decideByRules } from './rule-decision.js';
import { type RuleReading, round, STRONG } from './rule-reading.js';

/**
 * Vetoes the model does not override. A kind the rules found corroborated is not dismissed as other
 * mail on the model's word alone (the model may correct which kind, not whether the mail is about the
 * job). A rejection phrase the rules set aside (negated, hypothetical, quoted, contradicted by its
 * sentence: "we hired someone for the sister team, and are still considering you") forbids the model
 * to call it a rejection. Mail the applicant wrote is not overruled at all, and a hiring team's feedback
 * after the news is not a second rejection.
 */
function allowed(reading: RuleReading, ruleKind: MailKind, modelKind: MailKind, p: number): boolean {
  if (modelKind === 'other') return ruleKind === 'other';
  // The applicant's own mail is theirs to file, never news from a hiring team (see writer-stance.ts).
  if (reading.signals.includes('structure:applicant-writes')) return false;
  if (modelKind === 'rejection')
    return (
      !reading.signals.includes('structure:feedback-answer') &&
      !reading.signals.includes('structure:other-matter') &&
      !reading.signals.some((s) => s.startsWith('ignored:rejection:')) &&
      (sawARefusal(reading) || p >= UNSEEN_REFUSAL_BAR)
    );
  return true;
}

/**
 * Without a word of refusal the rules could read (not even an unconfirmed phrase or a subject), a
 * "rejection" rests on the model's vocabulary alone: refused volunteer places, fellowships and the user's
 * own declines share it. A false rejection closes the application, so the model must then be nearly sure.
 */
const UNSEEN_REFUSAL_BAR = 0.85;

function sawARefusal(reading: RuleReading): boolean {
  return reading.scores.rejection > 0 || reading.signals.some((s) => s.startsWith('unconfirmed:rejection:'));
}

export function combine(reading: RuleReading, model: InboxModel = INBOX_MODEL): Classification {
  const rules = decideByRules(reading);
  if (reading.autoReply) return rules;
  const prediction = predict(model, featuresOf(reading));
  const p = prediction.probabilities;
  // A strong sign of other mail (a notification subject, an alert) is a veto like a strong phrase.
  const strongRule =
    reading.strongKinds.has(rules.kind) || (rules.kind === 'other' && reading.scores.other >= STRONG);
  const model_ = prediction.kind;
  const overrules =
    !strongRule &&
    model_ !== rules.kind &&
    p[model_] >= model.overrule[model_] &&
    allowed(reading, rules.kind, model_, p[model_]);
  const kind = overrules ? model_ : rules.kind;

  let confidence: number;
  let verdict: string;
  if (overrules) {
    confidence = p[kind];
    verdict = `decided ${kind} (${p[kind].toFixed(2)}) where the rules were unsure (they said ${rules.kind})`;
  } else if (model_ === kind) {
    confidence = Math.max(p[kind], rules.confidence);
    verdict = `agrees: ${kind} (${p[kind].toFixed(2)})`;
  } else {
    // The rules keep their answer; the model's doubt lowers the confidence.
    confidence = rules.confidence * (0.5 + 0.5 * p[kind]);
    verdict = `leaned to ${model_} (${p[model_].toFixed(2)}), the rules' ${strongRule ? 'strong evidence' : 'answer'} kept ${kind}`;
  }
  const modelEvidence: Evidence[] = [{ signal: 'model', detail: `${kind}: the model ${verdict}`, weight: 0 }];
  const top = model_ === kind ? prediction.top : [];
  for (const t of top)
    modelEvidence.push({ signal: 'model-feature', detail: `${kind}: ${t.words}`, weight: round(t.pull) });
  return {
    kind,
    confidence: round(Math.min(0.99, confidence * reading.certainty)),
    evidence: overrules ? [...modelEvidence, ...rules.evidence] : [...rules.evidence, ...modelEvidence],
  };
}
