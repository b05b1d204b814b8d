/**
 * Precision, recall and F1 per kind and a confusion matrix, for judging the classifier on a labelled
 * corpus. Targets come from the issue: rejection precision >= 0.98 and recall >= 0.95, F1 >= 0.9 for
 * every kind, on mail the rules were not tuned on.
 */
import { MAIL_KINDS, type MailKind } from './kinds.js';

export interface KindScore {
  kind: MailKind;
  /** How many messages are labelled with this kind. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  total: number;
  correct: number;
  accuracy: number;
  perKind: KindScore[];
  /** confusion[expected][actual] = count. */
  confusion: Record<MailKind, Record<MailKind, number>>;
}

export interface Targets {
  rejectionPrecision: number;
  rejectionRecall: number;
  minF1: number;
}

export const ISSUE_TARGETS: Targets = { rejectionPrecision: 0.98, rejectionRecall: 0.95, minF1: 0.9 };

function ratio(a: number, b: number): number {
  // No predictions and no labels of a kind is not a failure of that kind.
  return b === 0 ? 1 : a / b;
}

export function evaluate(results: ReadonlyArray<{ expected: MailKind; actual: MailKind }>): EvaluationReport {
  const confusion = Object.fromEntries(
    MAIL_KINDS.map((e) => [e, Object.fromEntries(MAIL_KINDS.map((a) => [a, 0]))]),
  ) as EvaluationReport['confusion'];
  for (const r of results) confusion[r.expected][r.actual] += 1;
  const perKind = MAIL_KINDS.map((kind): KindScore => {
    const tp = confusion[kind][kind];
    const support = MAIL_KINDS.reduce((n, a) => n + confusion[kind][a], 0);
    const predicted = MAIL_KINDS.reduce((n, e) => n + confusion[e][kind], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      kind,
      support,
      truePositives: tp,
      falsePositives: predicted - tp,
      falseNegatives: support - tp,
      precision,
      recall,
      f1,
    };
  });
  const correct = MAIL_KINDS.reduce((n, k) => n + confusion[k][k], 0);
  return { total: results.length, correct, accuracy: ratio(correct, results.length), perKind, confusion };
}

/** The targets a report misses, in words; empty when all are met. */
export function missedTargets(report: EvaluationReport, targets: Targets = ISSUE_TARGETS): string[] {
  const missed: string[] = [];
  const rejection = report.perKind.find((k) => k.kind === 'rejection')!;
  if (rejection.precision < targets.rejectionPrecision)
    missed.push(`rejection precision ${rejection.precision.toFixed(3)} < ${targets.rejectionPrecision}`);
  if (rejection.recall < targets.rejectionRecall)
    missed.push(`rejection recall ${rejection.recall.toFixed(3)} < ${targets.rejectionRecall}`);
  for (const k of report.perKind) {
    if (k.support > 0 && k.f1 < targets.minF1)
      missed.push(`${k.kind} F1 ${k.f1.toFixed(3)} < ${targets.minF1}`);
  }
  return missed;
}
