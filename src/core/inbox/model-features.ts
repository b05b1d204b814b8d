/**
 * What the trained model reads: the rules' named signals (phrase hits, ignored hits and why, sender
 * kind, bulk and reply headers, bucketed scores), plus words and word pairs of what the writer wrote
 * (quoted history already set aside by the rules' reply split) and of the subject. A word after a
 * negation in the same clause is marked ("!selected"), so "not selected" and "selected" differ.
 */
import { normaliseForRules } from './phrase-match.js';
import type { RuleReading } from './rule-reading.js';

/** Long newsletters and legal footers add noise, not signal; the decision is near the top. */
const MAX_BODY_TOKENS = 400;
const NEGATORS = new Set([
  ...['not', 'no', 'never', 'cannot', 'unable', 'nor', 'without', 'neither'],
  // German, Dutch, French, Portuguese, Italian (accents folded by normaliseForRules).
  ...['nicht', 'kein', 'keine', 'keinen', 'niet', 'geen', 'pas', 'nao', 'non', 'nunca', 'jamais'],
]);
const TOKEN = /[a-z][a-z']*[a-z]|[a-z]/g;

function clausesOf(text: string): string[] {
  return normaliseForRules(text)
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
    .replace(/[^\s@]+@[^\s@]+/g, ' ')
    .split(/[.,;:!?()[\]\n"]+|\s-\s/);
}

function isNegator(token: string): boolean {
  return NEGATORS.has(token) || token.endsWith("n't");
}

/** Adds `prefix:word` and `prefix:word word` features of a text to `out`; returns how many tokens it read. */
function addWords(
  text: string,
  prefix: string,
  bigramPrefix: string,
  limit: number,
  out: Set<string>,
): number {
  let read = 0;
  for (const clause of clausesOf(text)) {
    if (read >= limit) break;
    const tokens = clause.match(TOKEN);
    if (!tokens) continue;
    let negated = false;
    let previous: string | null = null;
    for (const raw of tokens) {
      if (read++ >= limit) break;
      const token = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
      const negator = isNegator(token);
      out.add(negated && !negator ? `${prefix}!${token}` : `${prefix}${token}`);
      if (previous !== null) out.add(`${bigramPrefix}${previous} ${token}`);
      previous = token;
      if (negator) negated = true;
    }
  }
  return read;
}

/** The model's features of one message, each once, in a stable order. */
export function featuresOf(reading: RuleReading): string[] {
  const out = new Set<string>();
  for (const signal of reading.signals) out.add(`r:${signal}`);
  const read = addWords(reading.own, 'w:', 'b:', MAX_BODY_TOKENS, out);
  if (read < 40) out.add('len:short');
  else if (read < 150) out.add('len:medium');
  else out.add('len:long');
  addWords(reading.subject, 's:', 'sb:', 40, out);
  return [...out];
}

/** Signals that only exist when a hand-written phrase rule fired (or was turned off by its context). */
const RULE_PHRASE_SIGNAL = /^r:(phrase|subject|score|strong|sender-vote|ignored|unconfirmed):/;

/**
 * The same features as if no phrase rule had fired. The rules fit their training mail perfectly, so a
 * model that only ever saw them fire would learn to copy them; training also on this view teaches it to
 * read the words where the rules are silent, which is exactly where it gets to decide.
 */
export function withoutRulePhrases(features: readonly string[]): string[] {
  return features.filter((f) => !RULE_PHRASE_SIGNAL.test(f));
}

/** A feature in words for the evidence a user reads. */
export function describeFeature(feature: string): string {
  const colon = feature.indexOf(':');
  const kind = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  const negated = value.startsWith('!') ? ' (after a negation)' : '';
  const bare = value.replace(/^!/, '');
  switch (kind) {
    case 'w':
      return `the word "${bare}"${negated}`;
    case 'b':
      return `the words "${bare}"`;
    case 's':
      return `"${bare}" in the subject${negated}`;
    case 'sb':
      return `"${bare}" in the subject`;
    case 'len':
      return `a ${value} message`;
    default:
      return `the rules' signal ${value}`;
  }
}
