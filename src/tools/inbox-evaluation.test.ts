import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../adapters/mail/parse-message.js';
import { runEvaluation } from './inbox-evaluation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(root, 'corpus/inbox');
// The first blind set became training data once its misses were studied (see its README); this floor
// only guards against regressions. The honest measure is the next blind set.
const blind = resolve(root, 'corpus/inbox-blind');

describe('inbox corpus evaluation', () => {
  // corpus/inbox's holdout split is no longer unseen: it was evaluated and rules were tuned after
  // looking at it (see corpus/inbox/README.md), and the model trains on every split. So this is a
  // regression floor on seen mail, not a measure of the targets; the honest figures come
  // from the blind sets (`npm run eval:inbox`).
  it('holds a regression floor (the issue targets) on the seen holdout and train splits', async () => {
    const results = await runEvaluation(corpus, parseMessage);
    const holdout = results.find((r) => r.split === 'holdout')!;
    const train = results.find((r) => r.split === 'train')!;
    expect(holdout.report.total).toBeGreaterThanOrEqual(45);
    expect(train.report.total).toBeGreaterThanOrEqual(100);
    expect(holdout.missed).toEqual([]);
    // The refusals of something other than a job in the train split (a tenancy, a talk proposal, a grant:
    // extra-3/z-106..z-108) are no longer read as rejections since the rules ask what a refusal is about,
    // so the train split now meets every target too (the floor used to exempt its rejection precision).
    // extra-4 (other mail that looks like a rejection) still has two false rejections in sample: a
    // feedback reply that shows no earlier no (extra-4/w-015) and an editor passing on a pitch about
    // hiring (w-110); with extra/x-120 that makes three.
    expect(train.missed).toEqual([]);
    const rejection = train.report.perKind.find((k) => k.kind === 'rejection')!;
    expect(rejection.falsePositives).toBeLessThanOrEqual(3);
  });

  it('holds the floor reached on the former blind set, with no false rejection', async () => {
    // Every entry there is labelled `holdout`.
    const result = (await runEvaluation(blind, parseMessage)).find((r) => r.split === 'holdout');
    const rejection = result!.report.perKind.find((k) => k.kind === 'rejection')!;
    expect(result!.report.total).toBe(74);
    expect(rejection.precision).toBe(1);
    expect(rejection.recall).toBe(1);
    expect(result!.report.correct).toBeGreaterThanOrEqual(72);
  });
});
