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

/** One letter with the combining marks that follow it ("e" + U+0301): folded together. */
const CLUSTER = /[\s\S][\u0300-\u036f]*/gu;

function foldCluster(cluster: string): string {
  return cluster
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

export interface FoldedText {
  /** Lower-cased, accents folded, quotes and dashes straightened, runs of spaces collapsed. */
  text: string;
  /** For each character of `text`: where the original characters it came from start and end. */
  from: number[];
  to: number[];
}

export function foldForRules(source: string): FoldedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const m of source.matchAll(CLUSTER)) {
    for (const ch of foldCluster(m[0])) {
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch;
      from.push(m.index);
      to.push(m.index + m[0].length);
    }
  }
  return { text, from, to };
}

/** The original text behind `folded.text.slice(start, end)`, its spacing tidied for display. */
export function asWritten(source: string, folded: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return source
    .slice(folded.from[start], folded.to[end - 1])
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, ' ');
}
