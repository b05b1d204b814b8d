/**
 * The text the phrase rules read, and the way back to the text as written. Rules are written once, in
 * ASCII, against a lower-cased, accent-folded text ("gespraech", "recu"); the evidence a user reads quotes
 * the message itself ("Gespräch", "reçu"). Folding changes lengths (ß → ss, ä → ae, "–" → " - ", runs of
 * spaces → one), so every character of the folded text remembers which characters of the original it
 * came from.
 */

/**
 * German spelling without umlauts ("Gespraech", "Strasse") is common in mail; accents elsewhere are folded
 * away so that one ASCII rule reads "réponse", "reponse" and "RÉPONSE" alike (JavaScript's \b also treats
 * accented letters as non-word characters, which would break rules written with them).
 */
const SPELT_OUT: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
};

/** The folding itself, of a cluster or of a whole text (spaces are collapsed by the callers). */
function foldChars(chars: string): string {
  return chars
    .toLowerCase()
    .normalize('NFC')
    .replace(/[äöüßæœø]/g, (c) => SPELT_OUT[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[\t\u00a0]/g, ' ');
}

/** Folded clusters seen before: mail repeats a few (’, é, –, ü) thousands of times. */
const folds = new Map<string, string>();
const MOST_FOLDS = 4096;

function foldedCluster(cluster: string): string {
  let f = folds.get(cluster);
  if (f === undefined) {
    f = foldChars(cluster);
    if (folds.size >= MOST_FOLDS) folds.clear();
    folds.set(cluster, f);
  }
  return f;
}

const isCombining = (code: number) => code >= 0x300 && code <= 0x36f;

export interface FoldedText {
  /** Lower-cased, accents folded, quotes and dashes straightened, runs of spaces collapsed. */
  text: string;
  /** For each UTF-16 unit of `text`: where the original characters it came from start and end. */
  from: Int32Array;
  to: Int32Array;
}

/**
 * Each letter with the combining marks that follow it is folded on its own, so each folded character
 * knows its origin. Plain ASCII (nearly all of most mail) is folded inline; anything else goes through
 * `foldChars`, remembered per cluster (this runs on every message an import reads: issue #7).
 */
export function foldForRules(source: string): FoldedText {
  const parts: string[] = [];
  // A character folds into at most three ("–" → " - "): room for the longest case, cut at the end.
  let from = new Int32Array(source.length * 3 + 3);
  let to = new Int32Array(from.length);
  let length = 0;
  let space = false;
  const n = source.length;
  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(i);
    if (code < 0x80 && !(i + 1 < n && isCombining(source.charCodeAt(i + 1)))) {
      // ASCII: only capitals and tabs change.
      const ch = code === 9 ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i]!;
      if (ch !== ' ' || !space) {
        parts.push(ch);
        from[length] = i;
        to[length] = i + 1;
        length += 1;
      }
      space = ch === ' ';
      i += 1;
      continue;
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < n) {
      const next = source.charCodeAt(end);
      if (next >= 0xdc00 && next <= 0xdfff) end += 1;
    }
    while (end < n && isCombining(source.charCodeAt(end))) end += 1;
    const folded = foldedCluster(source.slice(i, end));
    if (length + folded.length > from.length) {
      // A cluster that folds longer than three units per unit of its own (none known): make room.
      const grown = new Int32Array((length + folded.length) * 2);
      grown.set(from);
      from = grown;
      const grownTo = new Int32Array(grown.length);
      grownTo.set(to);
      to = grownTo;
    }
    for (const ch of folded) {
      if (ch === ' ' && space) continue;
      parts.push(ch);
      // One entry per UTF-16 unit, as `text` is indexed (an emoji is two).
      for (let u = 0; u < ch.length; u++) {
        from[length] = i;
        to[length] = end;
        length += 1;
      }
      space = ch === ' ';
    }
    i = end;
  }
  return { text: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/**
 * The folded text alone, when nothing is to be quoted from it (the subject, the model's words): the same
 * text as `foldForRules(text).text` (a property test holds them together), folded in whole-text passes,
 * several times quicker. (One difference: a Greek capital sigma ending a word lower-cases to "ς" here and
 * to "σ" letter by letter; no rule reads Greek.)
 */
export function foldText(text: string): string {
  // ASCII (most mail) needs only lower case, tabs as spaces and runs of spaces as one.
  const folded = BEYOND_ASCII.test(text) ? foldChars(text) : text.toLowerCase();
  return folded.replace(/[ \t\u00a0]+/g, ' ');
}

/** Any character beyond ASCII (surrogate halves included). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** The original text behind `folded.text.slice(start, end)`, its spacing tidied for display. */
export function asWritten(source: string, folded: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return source
    .slice(folded.from[start], folded.to[end - 1])
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, ' ');
}
