import { readMailPaths } from '../adapters/mail/mail-paths.js';
import { parseItems } from '../adapters/mail/parse-items.js';
import { classify } from '../core/inbox/classify.js';
import { extract } from '../core/inbox/extract.js';
import { table } from './table.js';

/** `notnow classify`: one line per message (JSON Lines with --json); nothing is stored. */
export async function classifyPaths(paths: string[], json: boolean): Promise<void> {
  const rows: Array<Array<string | number | null>> = [];
  for await (const item of parseItems(readMailPaths(paths))) {
    if (item.error !== undefined) {
      if (json) process.stdout.write(`${JSON.stringify({ source: item.key, error: item.error })}\n`);
      else rows.push([item.key, 'error', null, null, null, item.error]);
      continue;
    }
    const msg = item.message!;
    const c = classify(msg);
    const x = extract(msg);
    const line = {
      source: item.key,
      messageId: msg.messageId,
      subject: msg.subject,
      kind: c.kind,
      confidence: c.confidence,
      company: x.company?.value ?? null,
      role: x.role?.value ?? null,
      person: x.person?.name?.value ?? x.person?.email?.value ?? null,
      evidence: c.evidence,
    };
    if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
    else rows.push([item.key, c.kind, Math.round(c.confidence * 100), line.company, line.role, msg.subject]);
  }
  if (!json)
    process.stdout.write(
      `${table(['SOURCE', 'KIND', '%', 'COMPANY', 'ROLE', 'SUBJECT / ERROR'], rows, 40)}\n`,
    );
}
