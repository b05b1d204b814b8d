import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './envelope.js';
import { toMailto } from './mailto.js';

const letter = { subject: 'Thank you & a question?', text: 'Hi Dana,\n\nThanks = 100%.\n\nAlex' };

describe('toMailto', () => {
  it('makes a link whose parts decode back to the letter, with CRLF line breaks', () => {
    const link = toMailto(letter, 'Dana Whitfield <dana@acme.example>');
    expect(link.startsWith('mailto:dana@acme.example?subject=')).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Thank you & a question?');
    expect(url.searchParams.get('body')).toBe('Hi Dana,\r\n\r\nThanks = 100%.\r\n\r\nAlex');
    expect(link).not.toMatch(/[\s<>"]/);
  });

  it('takes several recipients, or none', () => {
    expect(toMailto(letter, ['a@x.example', { address: 'b@y.example' }])).toMatch(
      /^mailto:a@x\.example,b@y\.example\?/,
    );
    expect(toMailto(letter)).toMatch(/^mailto:\?subject=/);
  });

  it('keeps a subject on one line and refuses a bad address', () => {
    const url = new URL(toMailto({ subject: 'Hi\r\nBcc: x@y.z', text: 'x' }, 'dana@acme.example'));
    expect(url.searchParams.get('subject')).toBe('Hi Bcc: x@y.z');
    expect(() => toMailto(letter, 'dana@acme.example?cc=spy@evil.example')).toThrow(EnvelopeError);
  });
});
