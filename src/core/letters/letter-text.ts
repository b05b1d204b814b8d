/**
 * Tidying rendered templates into the letter's plain text, and that text into Markdown.
 */

/** Spaces left by a dropped inline phrase, blank runs left by a dropped paragraph: gone. */
export function tidyText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/ +([,.;:!?])/g, '$1')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A subject is one line: any line break a template or a value brought in becomes a space. */
export function tidySubject(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .trim();
}

// Trailing punctuation is the sentence's, not the address's.
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'’”]/g;

function escapeMarkdown(segment: string): string {
  return segment.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function escapeLineStart(line: string): string {
  // Text that would start a heading, list, quote or rule keeps its meaning as plain words.
  return line.replace(/^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s|={3,}|-{3,})/, '\\$1');
}

function markdownLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL)) {
    out += escapeMarkdown(line.slice(last, match.index));
    out += `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  out += escapeMarkdown(line.slice(last));
  return escapeLineStart(out);
}

/**
 * Markdown for the letter: paragraphs stay paragraphs, lines inside one (a signature) keep their breaks
 * (two trailing spaces), characters Markdown would act on are escaped, and addresses become links.
 */
export function toMarkdown(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map(markdownLine).join('  \n'))
    .join('\n\n');
}
