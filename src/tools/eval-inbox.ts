/**
 * `npm run eval:inbox`: precision, recall, F1 per kind and a confusion matrix for the train and the
 * holdout split of corpus/inbox. Exits 1 when the holdout misses the targets.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../adapters/mail/parse-message.js';
import { formatSplit, runEvaluation } from './inbox-evaluation.js';

// src/tools → repository root; the same depth from dist/tools once built.
const defaultCorpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus/inbox');

async function main(): Promise<number> {
  const corpus = process.argv[2] ? resolve(process.argv[2]) : defaultCorpus;
  const results = await runEvaluation(corpus, parseMessage);
  for (const r of results) console.log(`${formatSplit(r)}\n`);
  const holdout = results.find((r) => r.split === 'holdout');
  return holdout && holdout.missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval-inbox: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
