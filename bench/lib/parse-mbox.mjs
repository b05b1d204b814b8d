/**
 * The import baseline: stream the mbox, split it and parse every message with postal-mime (the
 * MIME parser the product uses), doing nothing else. Run as its own process so its peak memory is
 * its own. Prints one JSON line: messages, seconds, messages/s, peak RSS in MB, failures.
 */
import PostalMime from 'postal-mime';
import { messagesOf } from './mbox-split.mjs';

const path = process.argv[2];
if (!path) throw new Error('usage: node parse-mbox.mjs FILE.mbox');
const started = performance.now();
let messages = 0;
let failures = 0;
let textChars = 0;
for await (const raw of messagesOf(path)) {
  try {
    const email = await PostalMime.parse(raw);
    textChars += (email.text ?? email.html ?? '').length;
    messages++;
  } catch {
    failures++;
  }
}
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ messages, failures, seconds, perSecond: messages / seconds, peakRssMb, textChars })}\n`,
);
