/**
 * The letter as a printable card for a handwritten note: an HTML page sized (CSS @page) for an A6 or
 * 4×6-inch card, flat or folded. When folded, the sheet is twice the card's width and the note sits on
 * the inside right panel, the way a folded card is written. Every piece of text is HTML-escaped.
 */
import type { LetterContent } from './eml.js';
import { EnvelopeError } from './envelope.js';

export const CARD_SIZES = {
  /** A6: 105 × 148 mm (ISO 216). */
  a6: { width: 105, height: 148, unit: 'mm' },
  /** The common 4 × 6 inch photo-card size. */
  '4x6': { width: 4, height: 6, unit: 'in' },
} as const;
export type CardSize = keyof typeof CARD_SIZES;

export interface CardOptions {
  size?: CardSize;
  /** Folded: print on a sheet twice as wide and fold in half (default true). */
  folded?: boolean;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n      ');
}

export function toCardHtml(letter: LetterContent, options: CardOptions = {}): string {
  const size = options.size ?? 'a6';
  const folded = options.folded ?? true;
  if (!Object.hasOwn(CARD_SIZES, size)) {
    throw new EnvelopeError(`unknown card size "${String(size)}"; use a6 or 4x6`);
  }
  const { width, height, unit } = CARD_SIZES[size];
  const sheetWidth = folded ? width * 2 : width;
  // A6 at ~11.5pt gives about 18 ruled lines, enough for our longest note in a writing hand.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(letter.subject)}</title>
<style>
  @page { size: ${sheetWidth}${unit} ${height}${unit}; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; }
  body { width: ${sheetWidth}${unit}; height: ${height}${unit}; display: flex; background: #fff; }
  .panel { width: ${width}${unit}; height: ${height}${unit}; }
  .front { border-right: 1px dashed #bbb; }
  .note {
    padding: 12mm 10mm 10mm;
    font-family: "Segoe Print", "Bradley Hand", "Comic Neue", "Patrick Hand", "Caveat", cursive;
    font-size: 11.5pt;
    line-height: 7mm;
    color: #1f2a44;
    background-image: repeating-linear-gradient(to bottom, transparent 0, transparent calc(7mm - 1px), #d6dde8 calc(7mm - 1px), #d6dde8 7mm);
    background-origin: content-box;
    background-clip: content-box;
    overflow-wrap: anywhere;
  }
  .note p { margin: 0 0 7mm; }
  .note p:last-child { margin-bottom: 0; }
  @media screen { body { margin: 1rem auto; box-shadow: 0 0 0 1px #ccc; } }
</style>
</head>
<body>
  ${folded ? '<section class="panel front" aria-label="Outside of the card, left blank"></section>\n  ' : ''}<section class="panel note" aria-label="Note">
      ${paragraphs(letter.text)}
  </section>
</body>
</html>
`;
}
