import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../adapters/mail/parse-message.js';
import { toModel, train } from '../core/inbox/model-training.js';
import { INBOX_MODEL } from '../core/inbox/model-weights.js';
import { loadLabelledMail, TRAINING_CORPORA, trainingExamples } from './inbox-training-set.js';
import { weightsModule } from './train-inbox-model.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run train:inbox', () => {
  it('reproduces the checked-in weights from the training corpora', async () => {
    const mail = await loadLabelledMail(root, TRAINING_CORPORA, parseMessage);
    const { training } = INBOX_MODEL;
    const model = toModel(train(trainingExamples(mail), training), training, INBOX_MODEL);
    expect(model.features.map(([f]) => f)).toEqual(INBOX_MODEL.features.map(([f]) => f));
    // Four decimals are stored; allow one unit of the last digit for another platform's libm.
    let worst = 0;
    model.features.forEach(([, w], i) => {
      const stored = INBOX_MODEL.features[i]![1];
      w.forEach((x, k) => {
        worst = Math.max(worst, Math.abs(x - stored[k]!));
      });
    });
    expect(worst).toBeLessThanOrEqual(1e-4);
    expect(model.bias.map((b, k) => Math.abs(b - INBOX_MODEL.bias[k]!)).every((d) => d <= 1e-4)).toBe(true);
  }, 60_000);

  it('writes the weights file in the format it is checked in', async () => {
    const file = await readFile(resolve(root, 'src/core/inbox/model-weights.ts'), 'utf8');
    expect(weightsModule(INBOX_MODEL)).toBe(file);
  });
});
