/**
 * Source items parsed into messages, one result per item, for the importer and `notnow classify`:
 * a message that cannot be parsed becomes an error result with the reason, and the rest go on.
 */
import type { MailMessage } from '../../core/inbox/message.js';
import { parseMessage } from './parse-message.js';
import type { ResumePoint, SourceItem } from './source-item.js';

export type ParsedItem =
  | { key: string; resume?: ResumePoint; message: MailMessage; error?: undefined }
  | { key: string; resume?: ResumePoint; message?: undefined; error: string };

export async function parseSourceItem(item: SourceItem): Promise<ParsedItem> {
  const base = item.resume ? { key: item.key, resume: item.resume } : { key: item.key };
  if (item.error !== undefined) return { ...base, error: item.error };
  try {
    return { ...base, message: await parseMessage(item.raw) };
  } catch (err) {
    return { ...base, error: (err as Error)?.message ?? String(err) };
  }
}

export async function* parseItems(items: AsyncIterable<SourceItem>): AsyncGenerator<ParsedItem> {
  for await (const item of items) yield await parseSourceItem(item);
}
