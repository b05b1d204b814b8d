/**
 * Inference of the inbox model: a multinomial logistic regression over binary features
 * (model-features.ts), trained by `npm run train:inbox` and checked in as model-weights.ts. Pure and
 * fast: a message costs one weight lookup per feature.
 */
import { MAIL_KINDS, type MailKind } from './kinds.js';
import { describeFeature } from './model-features.js';
import type { TrainingOptions } from './model-training.js';

export interface InboxModel {
  /** Kinds in the order of every weight vector (MAIL_KINDS when trained). */
  kinds: readonly MailKind[];
  bias: readonly number[];
  /** Logits are divided by this before the softmax; fitted on out-of-fold predictions (calibration). */
  temperature: number;
  /** The least calibrated probability at which the model may overrule weak or unsure rules, per kind. */
  overrule: Readonly<Record<MailKind, number>>;
  /** Feature name and its weight per kind. */
  features: ReadonlyArray<readonly [string, readonly number[]]>;
  /** What it was trained on and the cross-validated figures, for the record. */
  trainedOn: string;
  /** The hyper-parameters picked by cross-validation; retraining with them reproduces the weights. */
  training: TrainingOptions;
}

export interface Prediction {
  kind: MailKind;
  /** Calibrated probability per kind, in the order of MAIL_KINDS. */
  probabilities: Record<MailKind, number>;
  /** The features that pushed most towards `kind`, strongest first, with their pull. */
  top: Array<{ feature: string; words: string; pull: number }>;
}

const indexCache = new WeakMap<InboxModel, Map<string, readonly number[]>>();

function indexOf(model: InboxModel): Map<string, readonly number[]> {
  let index = indexCache.get(model);
  if (!index) {
    index = new Map(model.features);
    indexCache.set(model, index);
  }
  return index;
}

/** Raw logits (before calibration), in the model's kind order. */
export function logitsOf(model: InboxModel, features: readonly string[]): number[] {
  const index = indexOf(model);
  const logits = [...model.bias];
  for (const f of features) {
    const w = index.get(f);
    if (!w) continue;
    for (let k = 0; k < logits.length; k++) logits[k]! += w[k]!;
  }
  return logits;
}

export function softmax(logits: readonly number[], temperature = 1): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp((l - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function predict(model: InboxModel, features: readonly string[], topCount = 5): Prediction {
  const p = softmax(logitsOf(model, features), model.temperature);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const probabilities = Object.fromEntries(MAIL_KINDS.map((k) => [k, 0])) as Record<MailKind, number>;
  model.kinds.forEach((kind, k) => {
    probabilities[kind] = p[k]!;
  });
  const kind = model.kinds[best]!;
  return { kind, probabilities, top: topFeatures(model, features, kind, topCount) };
}

/** The features whose weight for `kind` most exceeds their average weight over the kinds. */
export function topFeatures(
  model: InboxModel,
  features: readonly string[],
  kind: MailKind,
  count: number,
): Prediction['top'] {
  const index = indexOf(model);
  const k = model.kinds.indexOf(kind);
  const pulls: Prediction['top'] = [];
  for (const feature of features) {
    const w = index.get(feature);
    if (!w) continue;
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const pull = w[k]! - mean;
    if (pull > 0) pulls.push({ feature, words: describeFeature(feature), pull });
  }
  return pulls.sort((a, b) => b.pull - a.pull || (a.feature < b.feature ? -1 : 1)).slice(0, count);
}
