/**
 * Plain text from an HTML mail body, for messages that carry no text/plain part. Nothing is
 * rendered and no script runs: sanitize-html first reduces the markup to a handful of structural,
 * attribute-free tags (dropping script, style and head with their content), and the small walk
 * below turns that known-clean shape into text with paragraph breaks, list bullets and `> `
 * quoting for <blockquote> (so a rejection quoted in an HTML reply still reads as quoted).
 */
import sanitizeHtml from 'sanitize-html';

const BLOCKS = [
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'address',
  'center',
  'figure',
  'form',
  'fieldset',
];
const STRUCTURE = ['br', 'hr', 'li', 'tr', 'td', 'th', 'pre', 'blockquote'];
const BLOCK_SET = new Set(BLOCKS);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCKS, ...STRUCTURE],
  allowedAttributes: {},
  // Their text is not part of what the reader sees.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'head', 'title', 'template', 'svg'],
  disallowedTagsMode: 'discard',
};

/** After sanitizing, text is escaped with exactly these four entities (sanitize-html's escapeHtml). */
function unescapeSanitized(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

class TextWriter {
  private readonly lines: string[] = [];
  private line = '';
  private depth = 0;
  /** Newlines owed before the next text: 1 ends the line, 2 leaves a blank line. */
  private pending = 0;

  text(chunk: string, pre: boolean): void {
    if (chunk === '') return;
    if (!pre) {
      const value = chunk.replace(/\s+/g, ' ');
      if (value === ' ') {
        // Whitespace between words counts once; around blocks it is layout, not text.
        if (this.pending === 0 && this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
        return;
      }
      if (this.pending > 0) this.flush();
      this.line += this.line === '' || this.line.endsWith(' ') ? value.replace(/^ /, '') : value;
      return;
    }
    if (this.pending > 0) this.flush();
    chunk.split(/\r?\n/).forEach((part, i) => {
      if (i > 0) this.endLine();
      this.line += part;
    });
  }

  /** A break of `n` newlines (1 = line, 2 = paragraph); breaks do not add up past a blank line. */
  brk(n: 1 | 2): void {
    if (this.lines.length === 0 && this.line.trim() === '') return;
    this.pending = Math.max(this.pending, n);
  }

  quote(delta: 1 | -1): void {
    this.brk(2);
    if (this.pending > 0) this.flush();
    this.depth = Math.max(0, this.depth + delta);
  }

  /** A forced line end inside <pre> or for <br>, where consecutive ones are kept. */
  hardBreak(): void {
    if (this.pending > 0) this.flush();
    this.endLine();
  }

  private flush(): void {
    const n = this.pending;
    this.pending = 0;
    if (this.lines.length === 0 && this.line.trim() === '') return;
    // Right after a hard break the line has already ended; only the blank line may be owed.
    if (this.line !== '') this.endLine();
    const last = this.lines[this.lines.length - 1];
    if (n === 2 && last !== undefined && !/^[> ]*$/.test(last)) this.lines.push(this.prefix().trimEnd());
  }

  private endLine(): void {
    this.lines.push(this.prefix() + this.line.trimEnd());
    this.line = '';
  }

  private prefix(): string {
    return '> '.repeat(this.depth);
  }

  done(): string {
    if (this.line !== '') this.endLine();
    while (this.lines.length > 0 && /^[> ]*$/.test(this.lines[this.lines.length - 1] ?? '')) this.lines.pop();
    return this.lines.join('\n');
  }
}

export function htmlToText(html: string): string {
  const clean = sanitizeHtml(html, SANITIZE);
  const out = new TextWriter();
  let pre = 0;
  for (const m of clean.matchAll(/<(\/?)([a-z0-9]+)\s*\/?>|([^<]+)/g)) {
    const [, closing, tag, chunk] = m;
    if (chunk !== undefined) {
      out.text(unescapeSanitized(chunk).replace(/\u00a0/g, ' '), pre > 0);
      continue;
    }
    const end = closing === '/';
    if (tag === 'br') out.hardBreak();
    else if (tag === 'hr') out.brk(2);
    else if (tag === 'blockquote') out.quote(end ? -1 : 1);
    else if (tag === 'pre') {
      pre = Math.max(0, pre + (end ? -1 : 1));
      out.brk(2);
    } else if (tag === 'li' && !end) {
      out.brk(1);
      out.text('- ', true);
    } else if (tag === 'tr' || tag === 'li') out.brk(1);
    // Cells of one row stay on one line, apart.
    else if ((tag === 'td' || tag === 'th') && end) out.text(' ', false);
    else if (tag && BLOCK_SET.has(tag)) out.brk(2);
  }
  return out.done();
}
