/**
 * Finds phrase rules in a text sentence by sentence, so that negation, hypotheticals and reported
 * speech are judged where they occur ("if you have not heard from us, you have not been shortlisted"
 * is a hypothetical; "not" right before "pleased to offer you" turns an offer off).
 */
import type { PhraseRule } from './phrases.js';
import { asWritten, foldForRules, foldText } from './rule-text.js';

export interface PhraseHit {
  rule: PhraseRule;
  /** The sentence, trimmed to a readable excerpt around the match. */
  excerpt: string;
  /** Why the hit does not count, or null when it counts. */
  ignored: string | null;
}

/** Why a hit whose rule `requires` a context did not count when that context was absent. */
export const CONTEXT_MISSING = 'context missing';

// "won't", "don't", "can't": the contraction is one word, so "n't" has no word boundary before it.
// German, Dutch, French, Portuguese and Italian negations too ("nicht", "kein", "niet", "geen", "pas",
// "não", "non"); Spanish "no" only before a verb of ability or intent, since English "no" rarely negates.
const NEGATION =
  /\b(not|\w*n't|never|no longer|unable|cannot|unfortunately|nicht|kein\w*|leider|niet|geen|helaas|pas|nao|non|purtroppo|no (podemos|podremos|vamos|estamos|es posible|sera posible))\b[^,;]*$/;
/**
 * "I was not selected", "although I wasn't successful": the writer (the applicant, or someone in a
 * newsletter) says it of themself; a refusal of the candidate is said to "you".
 */
// Passive or "got" forms only: "I have decided not to proceed" is a hiring manager's refusal.
const WRITER_BEFORE =
  /\b(i|i've|i have|i had)((?: (?:was|wasn't|been|got|never|didn't get|did not get))*)\s*$/;
const AUXILIARY_FIRST = /^(was|wasn't|been|got|didn't get|did not get)\b/;

function saidOfTheWriter(sentence: string, index: number): boolean {
  const m = WRITER_BEFORE.exec(sentence.slice(0, index));
  // "I regret to inform you" is the writer speaking, not the writer refused: an auxiliary must join them.
  return m !== null && (m[2] !== '' || AUXILIARY_FIRST.test(sentence.slice(index)));
}
/**
 * "The other applicants have been told they were not successful": the refusal is of other people, as an
 * invitation says to the one who got through. "Other candidates were closer, so you were not successful"
 * still refuses "you".
 */
const OTHERS_BEFORE =
  /\b(the other|other|remaining|all other|the rest of the|unsuccessful) (applicants|candidates|people|applications)\b(?!.*\byou(r)?\b).*$/;

function saidOfOthers(before: string): boolean {
  return OTHERS_BEFORE.test(before);
}

const HYPOTHETICAL = /^\s*(if|should|in case|unless|whether)\b|\bregardless of\b/;
/** "…, if you do not hear from us within four weeks, your application has not been successful". */
const SILENCE_MEANS_NO =
  /\b(if|unless|should) you (do not|don't|have not|haven't|did not|didn't|not) (hear|receive|get|heard|received)\b/;
/** "If your experience lines up, we'll set up a call": a receipt's promise, not an invitation. */
const IF_SELECTED =
  /^\s*(if|should|once) (you('re| are)? (successful|shortlisted|selected|a (good )?(match|fit))|your (experience|application|profile|skills|background) (lines up|matches|fits|is a (good |strong )?(match|fit))|there('s| is) a (good |strong )?(match|fit))\b/;

/** Lower-cases, folds accents and straightens quotes and dashes so rules can be written once, in ASCII. */
export function normaliseForRules(text: string): string {
  return foldText(text);
}

/** A sentence as the rules read it, and how to quote a stretch of it as the message wrote it. */
export interface Sentence {
  text: string;
  quote(start: number, end: number): string;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+|\s+[|•·]\s+/g;

export function sentencesOf(source: string): Sentence[] {
  const folded = foldForRules(source);
  const out: Sentence[] = [];
  const add = (start: number, end: number) => {
    const piece = folded.text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text.length === 0) return;
    const at = start + lead;
    out.push({ text, quote: (s, e) => asWritten(source, folded, at + s, at + Math.min(e, text.length)) });
  };
  let last = 0;
  for (const m of folded.text.matchAll(SENTENCE_BREAK)) {
    add(last, m.index);
    last = m.index + m[0].length;
  }
  add(last, folded.text.length);
  return out;
}

function insideQuotes(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The sentence around a match, quoted as the message wrote it (accents, case and all). */
function excerptOf(sentence: Sentence, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(sentence.text.length, index + length + 60);
  return `${start > 0 ? '…' : ''}${sentence.quote(start, end)}${end < sentence.text.length ? '…' : ''}`;
}

function asSentence(s: string | Sentence): Sentence {
  return typeof s === 'string' ? { text: s, quote: (start, end) => s.slice(start, end) } : s;
}

function whyIgnored(rule: PhraseRule, sentence: string, index: number): string | null {
  if (rule.requires && !rule.requires.test(sentence)) return CONTEXT_MISSING;
  if (rule.veto?.test(sentence)) return 'context contradicts it';
  if (insideQuotes(sentence, index)) return 'inside quotation marks';
  if ((rule.kind === 'rejection' || rule.kind === 'offer') && HYPOTHETICAL.test(sentence))
    return 'hypothetical';
  if ((rule.kind === 'rejection' || rule.kind === 'offer') && SILENCE_MEANS_NO.test(sentence.slice(0, index)))
    return 'hypothetical';
  if (rule.kind === 'interview' && IF_SELECTED.test(sentence)) return 'hypothetical';
  if (rule.kind === 'rejection' && saidOfTheWriter(sentence, index)) return 'said of the writer';
  if (rule.kind === 'rejection' && saidOfOthers(sentence.slice(0, index))) return 'said of other applicants';
  if (rule.negatable && NEGATION.test(sentence.slice(Math.max(0, index - 50), index))) return 'negated';
  return null;
}

/** The first counting hit of each rule; when a rule only matched in ignored places, its first ignored hit. */
export function findPhrases(
  sentences: readonly (string | Sentence)[],
  rules: readonly PhraseRule[],
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const read = sentences.map(asSentence);
  for (const rule of rules) {
    let ignoredHit: PhraseHit | null = null;
    let counted: PhraseHit | null = null;
    for (const sentence of read) {
      const m = rule.re.exec(sentence.text);
      if (!m) continue;
      const ignored = whyIgnored(rule, sentence.text, m.index);
      const hit = { rule, excerpt: excerptOf(sentence, m.index, m[0].length), ignored };
      if (ignored === null) {
        counted = hit;
        break;
      }
      ignoredHit ??= hit;
    }
    if (counted) hits.push(counted);
    else if (ignoredHit) hits.push(ignoredHit);
  }
  return hits;
}
