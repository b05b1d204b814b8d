import { simpleParser } from 'mailparser';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { draftLetter } from '../../../core/letters/index.js';
import { fullInput } from '../../../core/letters/test-fixtures.js';
import { toEml } from './eml.js';
import { EnvelopeError } from './envelope.js';

const draft = draftLetter(fullInput('thank-you', { variant: 1 }));
const from = { name: 'Alex Moreau', address: 'alex@moreau.example' };

describe('toEml', () => {
  it('composes a draft that parses back with the right headers and body', async () => {
    const eml = await toEml(draft, {
      from,
      to: 'Dana Whitfield <dana@acme.example>',
      date: new Date('2026-11-05T09:30:00Z'),
    });
    const parsed = await simpleParser(eml);
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.from?.value).toEqual([{ name: 'Alex Moreau', address: 'alex@moreau.example' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: 'Dana Whitfield', address: 'dana@acme.example' }]);
    expect(parsed.date?.toISOString()).toBe('2026-11-05T09:30:00.000Z');
    expect(parsed.text?.trim()).toBe(draft.text);
    expect(parsed.messageId).toMatch(/^<.+@.+>$/);
  });

  it('encodes non-ASCII names, subjects and text', async () => {
    const eml = await toEml(
      { subject: 'Merci, Zoë — à bientôt', text: 'Grüße aus Köln · ¡hola!' },
      { from: { name: 'Jörg Ørsted', address: 'jorg@example.org' }, to: 'zoe@example.fr' },
    );
    expect(eml.every((byte) => byte < 0x80)).toBe(true);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toBe('Merci, Zoë — à bientôt');
    expect(parsed.from?.name).toBe('Jörg Ørsted');
    expect(parsed.text?.trim()).toBe('Grüße aus Köln · ¡hola!');
  });

  it('cannot be made to carry an extra header by a name or a subject', async () => {
    const eml = await toEml(
      {
        subject: 'Hello\r\nBcc: spy@evil.example\r\nX-Injected: yes',
        text: 'Body.\r\nBcc: not-a-header@evil.example',
      },
      {
        from: { name: 'Alex\r\nBcc: spy2@evil.example', address: 'alex@moreau.example' },
        to: [{ name: 'Dana\nX-Injected: 1', address: 'dana@acme.example' }],
      },
    );
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('x-injected')).toBe(false);
    expect(parsed.subject).toBe('Hello Bcc: spy@evil.example X-Injected: yes');
    expect(parsed.from?.value[0]?.address).toBe('alex@moreau.example');
    const headerBlock = eml.toString().split('\r\n\r\n')[0]!;
    expect(headerBlock).not.toMatch(/^(bcc|x-injected):/im);
    const postal = await PostalMime.parse(eml);
    expect(postal.bcc ?? []).toEqual([]);
    expect(postal.headers.some((h) => h.key === 'x-injected')).toBe(false);
  });

  it('refuses addresses that are not addresses, saying which', async () => {
    await expect(toEml(draft, { from, to: 'dana at acme' })).rejects.toThrow(EnvelopeError);
    await expect(toEml(draft, { from, to: 'dana at acme' })).rejects.toThrow(
      /to: "dana at acme" is not an e-mail address/,
    );
    await expect(toEml(draft, { from, to: 'dana@acme.example\r\nBcc: x@y.z' })).rejects.toThrow(/line break/);
    await expect(
      toEml(draft, { from, to: { name: 'D', address: 'dana@acme.example\nBcc: x@y.z' } }),
    ).rejects.toThrow(/not an e-mail address/);
    await expect(toEml(draft, { from, to: [] })).rejects.toThrow(/at least one recipient/);
  });
});
