/**
 * Runs the classifier and extractor over the labelled corpus (corpus/inbox/labels.json) and reports
 * per split. The parser is passed in, so the same run serves the CLI tool and the test that holds CI
 * to the targets.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { classify } from '../core/inbox/classify.js';
import { companySimilarity } from '../core/inbox/company-name.js';
import { type EvaluationReport, evaluate, missedTargets } from '../core/inbox/evaluation.js';
import { extract } from '../core/inbox/extract.js';
import { MAIL_KINDS, type MailKind } from '../core/inbox/kinds.js';
import type { MailMessage } from '../core/inbox/message.js';

const LabelSchema = z.object({
  file: z.string().min(1),
  kind: z.enum(MAIL_KINDS),
  company: z.string().nullable(),
  role: z.string().nullable(),
  split: z.enum(['train', 'holdout']),
});
const LabelsSchema = z.array(LabelSchema);
export type CorpusLabel = z.infer<typeof LabelSchema>;
export type Split = CorpusLabel['split'];

export interface Miss {
  file: string;
  expected: MailKind;
  actual: MailKind;
  confidence: number;
}

export interface SplitResult {
  split: Split;
  report: EvaluationReport;
  misses: Miss[];
  missed: string[];
  /** Labelled companies the extractor named (same company by name), out of those labelled. */
  companies: { found: number; labelled: number };
}

export async function loadLabels(corpusDir: string): Promise<CorpusLabel[]> {
  const path = join(corpusDir, 'labels.json');
  const parsed = LabelsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path}: entry ${first?.path.join('.')}: ${first?.message}; fix the manifest`);
  }
  return parsed.data;
}

export async function runEvaluation(
  corpusDir: string,
  parse: (raw: Uint8Array) => Promise<MailMessage>,
): Promise<SplitResult[]> {
  const labels = await loadLabels(corpusDir);
  const results: SplitResult[] = [];
  for (const split of ['train', 'holdout'] as const) {
    const rows = labels.filter((l) => l.split === split);
    const pairs: Array<{ expected: MailKind; actual: MailKind }> = [];
    const misses: Miss[] = [];
    let found = 0;
    let labelled = 0;
    for (const label of rows) {
      const msg = await parse(await readFile(join(corpusDir, label.file)));
      const c = classify(msg);
      pairs.push({ expected: label.kind, actual: c.kind });
      if (c.kind !== label.kind)
        misses.push({ file: label.file, expected: label.kind, actual: c.kind, confidence: c.confidence });
      if (label.company) {
        labelled++;
        const company = extract(msg).company?.value;
        if (company && companySimilarity(company, label.company) >= 0.8) found++;
      }
    }
    const report = evaluate(pairs);
    results.push({ split, report, misses, missed: missedTargets(report), companies: { found, labelled } });
  }
  return results;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatSplit(r: SplitResult): string {
  const lines: string[] = [];
  const { report } = r;
  lines.push(
    `== ${r.split}: ${report.correct}/${report.total} correct (accuracy ${report.accuracy.toFixed(3)})`,
  );
  lines.push(`${pad('kind', 20)}${pad('n', 5)}${pad('precision', 11)}${pad('recall', 9)}f1`);
  for (const k of report.perKind) {
    lines.push(
      `${pad(k.kind, 20)}${pad(String(k.support), 5)}${pad(k.precision.toFixed(3), 11)}${pad(k.recall.toFixed(3), 9)}${k.f1.toFixed(3)}`,
    );
  }
  const short: Record<MailKind, string> = {
    rejection: 'rej',
    offer: 'off',
    interview: 'int',
    assessment: 'ass',
    acknowledgement: 'ack',
    'recruiter-outreach': 'out',
    other: 'oth',
  };
  lines.push('', `confusion (rows: labelled, columns: classified)`);
  lines.push(pad('', 20) + MAIL_KINDS.map((k) => pad(short[k], 5)).join(''));
  for (const e of MAIL_KINDS) {
    lines.push(pad(e, 20) + MAIL_KINDS.map((a) => pad(String(report.confusion[e][a]), 5)).join(''));
  }
  for (const m of r.misses)
    lines.push(`  miss: ${m.file} labelled ${m.expected}, classified ${m.actual} (${m.confidence})`);
  lines.push(`company named: ${r.companies.found}/${r.companies.labelled}`);
  lines.push(r.missed.length === 0 ? 'targets: met' : `targets MISSED: ${r.missed.join('; ')}`);
  return lines.join('\n');
}
