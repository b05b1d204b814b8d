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
  const index = indexOf(model);
  const K = model.kinds.length;
  const logits = [...model.bias];
  const known: string[] = [];
  const weights: Array<readonly number[]> = [];
  for (const f of features) {
    const w = index.get(f);
    if (!w) continue;
    known.push(f);
    weights.push(w);
    for (let k = 0; k < K; k++) logits[k]! += w[k]!;
  }
  const p = softmax(logits, model.temperature);
  let best = 0;
  for (let k = 1; k < K; k++) if (p[k]! > p[best]!) best = k;
  const probabilities = Object.fromEntries(MAIL_KINDS.map((k) => [k, 0])) as Record<MailKind, number>;
  model.kinds.forEach((kind, k) => {
    probabilities[kind] = p[k]!;
  });
  const kind = model.kinds[best]!;
  return { kind, probabilities, top: strongestPulls(known, weights, best, topCount) };
}

/**
 * The features whose weight for kind `k` most exceeds their average weight over the kinds, strongest
 * first. Keeps only the best `count` as it goes, and puts words only to those shown.
 */
function strongestPulls(
  features: readonly string[],
  weights: ReadonlyArray<readonly number[]>,
  k: number,
  count: number,
): Prediction['top'] {
  const top: Array<{ feature: string; pull: number }> = [];
  features.forEach((feature, i) => {
    const w = weights[i]!;
    let sum = 0;
    for (const x of w) sum += x;
    const pull = w[k]! - sum / w.length;
    if (pull <= 0 || (top.length === count && pull <= top[count - 1]!.pull)) return;
    let at = top.length;
    while (
      at > 0 &&
      (top[at - 1]!.pull < pull || (top[at - 1]!.pull === pull && top[at - 1]!.feature > feature))
    )
      at--;
    top.splice(at, 0, { feature, pull });
    if (top.length > count) top.pop();
  });
  return top.map((t) => ({ ...t, words: describeFeature(t.feature) }));
}

/** The features of `features` that pull most towards `kind` (see `predict`). */
export function topFeatures(
  model: InboxModel,
  features: readonly string[],
  kind: MailKind,
  count: number,
): Prediction['top'] {
  const index = indexOf(model);
  const known = features.filter((f) => index.has(f));
  return strongestPulls(
    known,
    known.map((f) => index.get(f)!),
    model.kinds.indexOf(kind),
    count,
  );
}
