/**
 * The tone check on a letter the user edited (or any text): a tested rule set, not a model. Each
 * finding quotes the phrase, says why it may hurt the sender, and proposes a gentler wording.
 */
import { PHRASE_RULES, type ToneRule } from './tone-rules.js';

export interface ToneFinding {
  rule: ToneRule;
  /** The words found, exactly as written. */
  phrase: string;
  reason: string;
  gentler: string;
  /** Offsets of the phrase in the text (UTF-16, end exclusive). */
  start: number;
  end: number;
}

export interface ToneOptions {
  /** Longest note before it counts as over-long (default MAX_WORDS). */
  maxWords?: number;
}

/** 200 words: about what fits on one screen of a phone, and roughly twice our longest built-in letter. */
export const MAX_WORDS = 200;
/** 40 words: past this a sentence needs reading twice. */
export const MAX_SENTENCE_WORDS = 40;
/** One exclamation mark reads warm; past two a note sounds breathless. */
export const MAX_EXCLAMATIONS = 2;

/** Capitalised words that are emphasis, not acronyms, when written in capitals. */
const EMPHASIS = new Set(
  "really very never always not please now still all every nothing ever so must truly definitely seriously huge your you why what only urgent immediately absolutely totally dont don't won't can't cannot no yes".split(
    ' ',
  ),
);

function phraseFindings(text: string): ToneFinding[] {
  const out: ToneFinding[] = [];
  for (const rule of PHRASE_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      out.push({
        rule: rule.rule,
        phrase: m[0],
        reason: rule.reason,
        gentler: rule.gentler,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}

function lengthFindings(text: string, maxWords: number): ToneFinding[] {
  const out: ToneFinding[] = [];
  const wordMatches = [...text.matchAll(/\S+/g)];
  if (wordMatches.length > maxWords) {
    const from = wordMatches[maxWords]!.index;
    out.push({
      rule: 'length',
      phrase: text.slice(from).trim(),
      reason: `This note is ${wordMatches.length} words long; aim for ${maxWords} or fewer, a length people read to the end. The quoted part is what runs over.`,
      gentler: 'Keep the thanks, one line about the fit and the next step; cut the rest.',
      start: from,
      end: text.trimEnd().length,
    });
  }
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/g)) {
    const count = m[0].match(/\S+/g)?.length ?? 0;
    if (count <= MAX_SENTENCE_WORDS) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({
      rule: 'length',
      phrase: m[0].trim(),
      reason: `This sentence is ${count} words long; keep sentences under ${MAX_SENTENCE_WORDS} words so they read at a glance.`,
      gentler: 'Split it into two or three shorter sentences.',
      start: m.index + lead,
      end: m.index + lead + m[0].trim().length,
    });
  }
  return out;
}

function shoutingFindings(text: string): ToneFinding[] {
  const out: ToneFinding[] = [];
  const gentler = 'Write it in ordinary case; let the words carry the weight.';
  // Three or more capitalised words in a row are shouting, whatever they are.
  const run = /(?<![\p{L}])\p{Lu}[\p{Lu}'’]*(?:[\s,]+\p{Lu}[\p{Lu}'’]*){2,}(?![\p{L}])/gu;
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(run)) {
    taken.push([m.index, m.index + m[0].length]);
    out.push({
      rule: 'shouting',
      phrase: m[0],
      reason: 'Capital letters read as shouting.',
      gentler,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  // A single word in capitals is emphasis when it is an ordinary word; acronyms (API, NASA) are fine.
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{Lu}'’]+(?![\p{L}])/gu)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (!EMPHASIS.has(m[0].toLowerCase().replace(/’/g, "'"))) continue;
    out.push({
      rule: 'shouting',
      phrase: m[0],
      reason: `"${m[0]}" in capitals reads as raising your voice.`,
      gentler: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function exclamationFindings(text: string): ToneFinding[] {
  const out: ToneFinding[] = [];
  for (const m of text.matchAll(/[!?]*!{2,}[!?]*|\?+!+[!?]*|!+\?+[!?]*/g)) {
    out.push({
      rule: 'exclamation',
      phrase: m[0],
      reason: 'Stacked exclamation or question marks read as agitation.',
      gentler: m[0].includes('?') ? '?' : '.',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const marks = [...text.matchAll(/!/g)];
  if (marks.length > MAX_EXCLAMATIONS) {
    const at = marks[MAX_EXCLAMATIONS]!.index;
    const sentenceStart =
      Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('\n', at - 1)) +
      1;
    const lead =
      text.slice(sentenceStart, at + 1).length - text.slice(sentenceStart, at + 1).trimStart().length;
    out.push({
      rule: 'exclamation',
      phrase: text.slice(sentenceStart + lead, at + 1),
      reason: `${marks.length} exclamation marks; one at most keeps a note warm without sounding breathless.`,
      gentler: 'End most sentences with a full stop.',
      start: sentenceStart + lead,
      end: at + 1,
    });
  }
  return out;
}

/** Everything in `text` that may hurt the sender, in reading order; empty when the text is fine. */
export function checkTone(text: string, options: ToneOptions = {}): ToneFinding[] {
  const maxWords = options.maxWords ?? MAX_WORDS;
  return [
    ...phraseFindings(text),
    ...lengthFindings(text, maxWords),
    ...shoutingFindings(text),
    ...exclamationFindings(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}
