import { statSync } from 'node:fs';
import { readEmlPaths } from '../adapters/mail/eml-source.js';
import { readMbox } from '../adapters/mail/mbox-source.js';
import { parseMessage } from '../adapters/mail/parse-message.js';
import type { SourceItem } from '../adapters/mail/source-item.js';
import { NotNowError } from '../core/errors.js';
import { classify } from '../core/inbox/classify.js';
import { extract } from '../core/inbox/extract.js';
import { isMbox } from './commands/inbox.js';
import { table } from './table.js';

async function* itemsOf(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    try {
      statSync(path);
    } catch {
      throw new NotNowError('invalid-input', `${path}: no such file or folder`);
    }
    if (isMbox(path)) yield* readMbox(path);
    else yield* readEmlPaths([path]);
  }
}

/** `notnow classify`: one line per message, JSON Lines with --json; nothing is stored. */
export async function classifyPaths(paths: string[], json: boolean): Promise<void> {
  const rows: Array<Array<string | number | null>> = [];
  for await (const item of itemsOf(paths)) {
    if (item.error !== undefined) {
      const line = { source: item.key, error: item.error };
      if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else rows.push([item.key, 'error', null, null, null, item.error]);
      continue;
    }
    try {
      const msg = await parseMessage(item.raw);
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
      else
        rows.push([item.key, c.kind, Math.round(c.confidence * 100), line.company, line.role, msg.subject]);
    } catch (e) {
      const line = { source: item.key, error: (e as Error).message };
      if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else rows.push([item.key, 'error', null, null, null, line.error]);
    }
  }
  if (!json)
    process.stdout.write(
      `${table(['SOURCE', 'KIND', '%', 'COMPANY', 'ROLE', 'SUBJECT / ERROR'], rows, 40)}\n`,
    );
}
