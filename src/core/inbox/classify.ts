/**
 * Classifies a job e-mail. The hand-written rules read it first (rule-reading.ts); a small trained
 * model (model.ts) reads the rules' signals and the words the writer wrote, and decides where the rules
 * are weak or unsure. See combine.ts for who wins when.
 */
import { combine } from './combine.js';
import type { Classification } from './kinds.js';
import type { MailMessage } from './message.js';
import { readRules } from './rule-reading.js';

export function classify(msg: MailMessage): Classification {
  return combine(readRules(msg));
}
