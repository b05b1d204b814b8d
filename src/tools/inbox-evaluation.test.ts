import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../adapters/mail/parse-message.js';
import { runEvaluation } from './inbox-evaluation.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus/inbox');

describe('inbox corpus evaluation', () => {
  it('meets the issue targets on the holdout (and on train)', async () => {
    const results = await runEvaluation(corpus, parseMessage);
    const holdout = results.find((r) => r.split === 'holdout')!;
    const train = results.find((r) => r.split === 'train')!;
    expect(holdout.report.total).toBeGreaterThanOrEqual(45);
    expect(train.report.total).toBeGreaterThanOrEqual(100);
    expect(holdout.missed).toEqual([]);
    expect(train.missed).toEqual([]);
  });
});
