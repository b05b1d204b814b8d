/**
 * Node 20's TextDecoder decodes `windows-1252` (and every label WHATWG maps to it: iso-8859-1,
 * latin1, us-ascii, ...) as plain ISO-8859-1, so the bytes 0x80–0x9F come out as C1 control
 * characters instead of the dashes, curly quotes, € and ™ that Outlook-written mail is full of
 * (checked here: `new TextDecoder('windows-1252').decode(Uint8Array.of(0x96))` gives U+0096).
 * C1 controls never belong in human text, so each one is read as the windows-1252 character its
 * byte stands for — what browsers do with such mail. The five bytes windows-1252 leaves undefined
 * stay as they are.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

export function repairC1(text: string): string {
  if (!HAS_C1.test(text)) return text;
  return text.replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
}
