import { describe, expect, it } from 'vitest';
import { draftLetter } from '../../../core/letters/index.js';
import { fullInput } from '../../../core/letters/test-fixtures.js';
import { toCardHtml } from './card.js';

describe('toCardHtml', () => {
  const draft = draftLetter(fullInput('thank-you', { variant: 1 }));

  it('sizes the page for a folded A6 card by default, the note on the inside right panel', () => {
    const html = toCardHtml(draft);
    expect(html).toContain('@page { size: 210mm 148mm; margin: 0; }');
    expect(html).toContain('.panel { width: 105mm; height: 148mm; }');
    expect(html.indexOf('class="panel front"')).toBeLessThan(html.indexOf('class="panel note"'));
    expect(html).toContain('<p>Hi Dana,</p>');
    expect(html).toContain('All the best,<br>Alex Moreau<br>Product designer · alexmoreau.design');
  });

  it('prints a flat 4x6 card', () => {
    const html = toCardHtml(draft, { size: '4x6', folded: false });
    expect(html).toContain('@page { size: 4in 6in; margin: 0; }');
    expect(html).not.toContain('class="panel front"');
  });

  it('escapes every piece of text', () => {
    const html = toCardHtml({
      subject: '</title><script>alert(1)</script>',
      text: 'Hi <b>Dana</b> & "team",\n\n<img src=x onerror=alert(1)>',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(html).toContain('Hi &lt;b&gt;Dana&lt;/b&gt; &amp; &quot;team&quot;,');
  });

  it('refuses a size it does not know', () => {
    expect(() => toCardHtml(draft, { size: 'a5' as never })).toThrow(/use a6 or 4x6/);
  });
});
