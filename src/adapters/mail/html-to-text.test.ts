import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs apart and joins the words inside one', () => {
    const html =
      '<html><head><title>Ignored</title><style>p{color:red}</style></head><body>\n<p>Dear Ana,</p>\n<p>Thank you for\n   your time.</p><div>Best,<br>Jo</div></body></html>';
    expect(htmlToText(html)).toBe('Dear Ana,\n\nThank you for your time.\n\nBest,\nJo');
  });

  it('drops scripts, styles and comments with their content', () => {
    const html =
      '<p>Hi</p><script>alert("x")</script><!-- hidden --><style>.a{}</style><noscript>nope</noscript><p>there</p>';
    expect(htmlToText(html)).toBe('Hi\n\nthere');
  });

  it('decodes entities, named and numeric, and turns non-breaking spaces into spaces', () => {
    expect(
      htmlToText('<p>Caf&eacute; &amp; Co &lt;hr&gt; &#8212; &#x2019;s&nbsp;team &quot;ok&quot;</p>'),
    ).toBe('Café & Co <hr> — ’s team "ok"');
  });

  it('does not decode text twice', () => {
    expect(htmlToText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;');
  });

  it('writes list items as bullets and table rows as lines', () => {
    const html =
      '<ul><li>One</li><li>Two</li></ul><table><tr><td>Role</td><td>Engineer</td></tr><tr><td>Team</td><td>Core</td></tr></table>';
    expect(htmlToText(html)).toBe('- One\n- Two\n\nRole Engineer\nTeam Core');
  });

  it('marks blockquotes as quoted text, nested ones twice', () => {
    const html =
      '<div>Thanks, see below.</div><blockquote><p>We decided not to proceed.</p><blockquote>Earlier</blockquote></blockquote><p>Signed</p>';
    expect(htmlToText(html)).toBe(
      'Thanks, see below.\n\n> We decided not to proceed.\n>\n> > Earlier\n> >\nSigned',
    );
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>a\n  b\nc</pre>')).toBe('a\n  b\nc');
  });

  it('keeps the text of links and images alt-free, and never the markup', () => {
    const html =
      '<p>Apply <a href="javascript:alert(1)" onclick="x()">here</a><img src="http://t/x.gif" onerror="y()"></p>';
    expect(htmlToText(html)).toBe('Apply here');
  });

  it('reads the body of sloppy HTML: unclosed head, upper-case tags, stray closers', () => {
    expect(htmlToText('<HTML><HEAD><TITLE>Subject</TITLE><BODY><P>Hello</P></div></span><P>World')).toBe(
      'Hello\n\nWorld',
    );
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>Open <b>bold <div>inner</p> tail <')).toContain('inner');
    expect(htmlToText('')).toBe('');
  });
});
