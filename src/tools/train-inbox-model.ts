/**
 * `npm run train:inbox`: picks the inbox model's hyper-parameters and calibration by 5-fold
 * cross-validation on the training corpora, trains it on all of them and writes
 * src/core/inbox/model-weights.ts. Deterministic: the same corpora give the same file.
 * TRAIN_INBOX_MISSES=1 also lists the training mails the out-of-fold model or the combination got wrong
 * (training mail only: the blind sets are never read here).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../adapters/mail/parse-message.js';
import { combine } from '../core/inbox/combine.js';
import { MAIL_KINDS } from '../core/inbox/kinds.js';
import type { InboxModel } from '../core/inbox/model.js';
import { softmax } from '../core/inbox/model.js';
import { DEFAULT_TRAINING, type TrainingOptions, toModel, train } from '../core/inbox/model-training.js';
import { decideByRules } from '../core/inbox/rule-decision.js';
import {
  FRESH_FOLDERS,
  fitOverrule,
  fitTemperature,
  isFresh,
  loadLabelledMail,
  nll,
  type OutOfFold,
  outcomes,
  outOfFoldLogits,
  outOfFoldModel,
  TRAINING_CORPORA,
  trainingExamples,
} from './inbox-training-set.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The hyper-parameters tried; fewer iterations from zero weights regularise like early stopping. */
const GRID: TrainingOptions[] = [0.0003, 0.001, 0.003].flatMap((l2) =>
  [150, 300].map((iterations) => ({ ...DEFAULT_TRAINING, l2, iterations })),
);

export interface TrainingRun {
  model: InboxModel;
  lines: string[];
}

export async function trainInboxModel(): Promise<TrainingRun> {
  const mail = await loadLabelledMail(root, TRAINING_CORPORA, parseMessage);
  const lines: string[] = [`${mail.length} labelled mails from ${TRAINING_CORPORA.join(', ')}`];
  let best: { options: TrainingOptions; loss: number; oof: OutOfFold; temperature: number } | null = null;
  for (const options of GRID) {
    const oof = outOfFoldLogits(mail, options);
    const both = [...mail, ...mail];
    const logits = [...oof.full, ...oof.silent];
    const temperature = fitTemperature(both, logits);
    const loss = nll(both, logits, temperature);
    const full = outcomes(mail, oof.full, { temperature, overrule: NEVER }).model;
    const silent = outcomes(mail, oof.silent, { temperature, overrule: NEVER }).model;
    lines.push(
      `l2 ${options.l2}, ${options.iterations} iterations: out-of-fold log-loss ${loss.toFixed(4)} (temperature ${temperature}); model alone ` +
        `${full.correct}/${full.total}, with the phrase rules silent ${silent.correct}/${silent.total}`,
    );
    if (best === null || loss < best.loss) best = { options, loss, oof, temperature };
  }
  const { options, oof, temperature } = best!;
  const fresh = mail.flatMap((m, i) => (isFresh(m) ? [i] : []));
  if (fresh.length < 50)
    throw new Error(`${FRESH_FOLDERS.join(', ')}: ${fresh.length} mails; the overrule bars need at least 50`);
  const overrule = fitOverrule(
    fresh.map((i) => mail[i]!),
    fresh.map((i) => oof.full[i]!),
    temperature,
  );
  const cv = outcomes(mail, oof.full, { temperature, overrule });
  const silent = outcomes(mail, oof.silent, { temperature, overrule });
  const trainedOn =
    `${mail.length} mails of ${TRAINING_CORPORA.join(' and ')}; 5-fold CV, model alone ${cv.model.correct}, ` +
    `with the phrase rules silent ${silent.model.correct}, combined with the rules ${cv.combined.correct}`;
  {
    // The fresh folders were written after the rules, and no rule was tuned on them: rules alone and
    // combined out-of-fold are a fairer preview of mail nobody tuned on.
    const sub = outcomes(
      fresh.map((i) => mail[i]!),
      fresh.map((i) => oof.full[i]!),
      { temperature, overrule },
    );
    lines.push(
      `${FRESH_FOLDERS.join(' + ')} (${fresh.length}, no rule tuned on them): rules ${sub.rules.correct}, ` +
        `model ${sub.model.correct}, combined ${sub.combined.correct}`,
    );
  }
  if (process.env.TRAIN_INBOX_MISSES) {
    mail.forEach((m, i) => {
      const p = softmax(oof.full[i]!, temperature);
      const k = p.indexOf(Math.max(...p));
      const rules = decideByRules(m.reading);
      const combined = combine(m.reading, outOfFoldModel(oof.full[i]!, { temperature, overrule })).kind;
      if (combined !== m.kind || MAIL_KINDS[k] !== m.kind)
        lines.push(
          `  ${m.id}: labelled ${m.kind}; rules ${rules.kind}${m.reading.strongKinds.has(rules.kind) ? ' (strong)' : ''}; ` +
            `model ${MAIL_KINDS[k]} ${p[k]!.toFixed(2)}; combined ${combined}`,
        );
    });
  }
  lines.push(
    `picked l2 ${options.l2}, ${options.iterations} iterations, temperature ${temperature}, overrule bars ${JSON.stringify(overrule)}`,
  );
  lines.push(trainedOn);
  const model = toModel(train(trainingExamples(mail), options), options, {
    temperature,
    overrule,
    trainedOn,
  });
  return { model, lines };
}

const NEVER = Object.fromEntries(MAIL_KINDS.map((k) => [k, 2])) as InboxModel['overrule'];

function str(s: string): string {
  return s.includes("'") ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\')}'`;
}

/** One feature's entry, broken over lines the way Biome breaks it when it is too wide. */
function featureLine(name: string, weights: string): string {
  const line = `    [${name}, ${weights}],`;
  return line.length <= 110 ? line : `    [\n      ${name},\n      ${weights},\n    ],`;
}

/** The weights as a TypeScript module, already in the repository's format (Biome, width 110). */
export function weightsModule(model: InboxModel): string {
  const list = (xs: readonly (string | number)[]) =>
    xs.map((x) => (typeof x === 'number' ? String(x) : str(x))).join(', ');
  const overrule = MAIL_KINDS.map((k) => `    ${k.includes('-') ? str(k) : k}: ${model.overrule[k]},`);
  const t = model.training;
  return [
    '// Generated by `npm run train:inbox` (src/tools/train-inbox-model.ts) from the training corpora; do not edit.',
    '// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: learned weights, not math constants',
    "import type { InboxModel } from './model.js';",
    '',
    'export const INBOX_MODEL: InboxModel = {',
    `  kinds: [${list(model.kinds)}],`,
    `  bias: [${list(model.bias)}],`,
    `  temperature: ${model.temperature},`,
    '  overrule: {',
    ...overrule,
    '  },',
    `  trainedOn:\n    ${str(model.trainedOn)},`,
    `  training: { l2: ${t.l2}, minCount: ${t.minCount}, iterations: ${t.iterations}, learningRate: ${t.learningRate} },`,
    '  features: [',
    ...model.features.map(([f, w]) => featureLine(str(f), `[${list(w)}]`)),
    '  ],',
    '};',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { model, lines } = await trainInboxModel();
  for (const line of lines) console.log(line);
  const path = resolve(root, 'src/core/inbox/model-weights.ts');
  await writeFile(path, weightsModule(model));
  console.log(`wrote ${path} (${model.features.length} features)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`train-inbox-model: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
