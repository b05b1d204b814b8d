/**
 * Streams an mbox and yields each message's bytes. A message starts at a `From ` line that follows
 * a blank line (or opens the file); mboxrd quoting is undone (`>From ` → `From `, `>>From ` → `>From `).
 */
import { createReadStream } from 'node:fs';

export async function* messagesOf(path) {
  let lines = [];
  let rest = '';
  let previousBlank = true;
  const emit = () => {
    // The blank line before the next From_ line belongs to the mbox, not to the message.
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const message = Buffer.from(lines.join('\n'), 'latin1');
    lines = [];
    return message;
  };
  // latin1 maps each byte to one char, so byte-exact bodies survive the string split.
  for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const line of parts) {
      if (previousBlank && line.startsWith('From ')) {
        if (lines.length > 0) yield emit();
        previousBlank = false;
        continue;
      }
      lines.push(/^>+From /.test(line) ? line.slice(1) : line);
      previousBlank = line === '';
    }
  }
  if (rest) lines.push(rest);
  if (lines.length > 0) yield emit();
}
