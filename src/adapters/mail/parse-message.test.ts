import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MailParseError } from './mail-parse-error.js';
import { parseMessage } from './parse-message.js';

const bytes = (s: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, encoding));
const crlf = (s: string) => bytes(s.replace(/\r?\n/g, '\r\n'));

describe('parseMessage', () => {
  it('reads the headers, addresses and text of a plain message', async () => {
    const m = await parseMessage(
      crlf(`From: "Jo Park (Acme)" <jo.park@acme.example>
To: Ana <ana@example.com>, bo@example.com
Subject: Your application
 for Staff Engineer
Date: Tue, 3 Mar 2026 10:00:00 +0100
Message-ID: <abc.123@acme.example>
In-Reply-To: <prev@example.com>
List-Unsubscribe: <mailto:unsub@acme.example>

Hi Ana,

Thanks for your time.
`),
    );
    expect(m.messageId).toBe('abc.123@acme.example');
    expect(m.from).toEqual({ name: 'Jo Park (Acme)', address: 'jo.park@acme.example' });
    expect(m.to).toEqual([
      { name: 'Ana', address: 'ana@example.com' },
      { name: null, address: 'bo@example.com' },
    ]);
    expect(m.subject).toBe('Your application for Staff Engineer');
    expect(m.date).toBe('2026-03-03T09:00:00.000Z');
    expect(m.text).toBe('Hi Ana,\n\nThanks for your time.\n');
    expect(m.html).toBeNull();
    expect(m.sender).toBeNull();
    expect(m.replyTo).toEqual([]);
    expect(m.headers['in-reply-to']).toBe('<prev@example.com>');
    expect(m.headers['list-unsubscribe']).toBe('<mailto:unsub@acme.example>');
  });

  it('decodes mixed charsets, quoted-printable and base64', async () => {
    const body = Buffer.from('Merci, nous avons bien reçu votre candidature — à bientôt.', 'utf8').toString(
      'base64',
    );
    const raw = Buffer.concat([
      Buffer.from(
        [
          'From: =?UTF-8?B?Sm9zw6kgTcO8bGxlcg==?= <jose@example.de>',
          'To: ana@example.com',
          'Subject: =?ISO-8859-1?Q?Ihre_Bewerbung_f=FCr_die_Stelle?= =?windows-1252?Q?_=96_Entwickler?=',
          'Date: Wed, 4 Mar 2026 08:00:00 GMT',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="XX"',
          '',
          '--XX',
          'Content-Type: text/plain; charset=iso-8859-1',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'Gr=FC=DFe aus M=FCnchen, leider m=FCssen wir Ihnen absagen. Sehr lange Zeile die =',
          'umgebrochen wurde.',
          '--XX',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          body,
          '--XX',
          'Content-Type: application/pdf; name="cv.pdf"',
          'Content-Disposition: attachment; filename="cv.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 secret attachment').toString('base64'),
          '--XX--',
          '',
        ].join('\r\n'),
        'latin1',
      ),
    ]);
    const m = await parseMessage(new Uint8Array(raw));
    expect(m.from).toEqual({ name: 'José Müller', address: 'jose@example.de' });
    expect(m.subject).toBe('Ihre Bewerbung für die Stelle – Entwickler');
    expect(m.text).toContain(
      'Grüße aus München, leider müssen wir Ihnen absagen. Sehr lange Zeile die umgebrochen wurde.',
    );
    expect(m.text).toContain('Merci, nous avons bien reçu votre candidature — à bientôt.');
    expect(m.text).not.toContain('PDF');
  });

  it('prefers the text/plain alternative and keeps the HTML as a string', async () => {
    const m = await parseMessage(
      crlf(`From: a@acme.example
Subject: Hi
Content-Type: multipart/alternative; boundary=b

--b
Content-Type: text/plain; charset=utf-8

Plain version
--b
Content-Type: text/html; charset=utf-8

<p>HTML <b>version</b></p>
--b--
`),
    );
    expect(m.text.trim()).toBe('Plain version');
    expect(m.html).toContain('<b>version</b>');
  });

  it('derives the text of an HTML-only message as text, without rendering', async () => {
    const m = await parseMessage(
      crlf(`From: Acme Talent <no-reply@greenhouse-mail.example>
Subject: Update on your application
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><style>p{}</style><script>steal()</script></head><body><p>Dear Ana,</p><p>Unfortunately we will=
 not be moving forward&nbsp;at this time.</p><img src=3D"https://track.example/p.gif"></body></html>
`),
    );
    expect(m.text).toBe('Dear Ana,\n\nUnfortunately we will not be moving forward at this time.');
    expect(m.html).toContain('<script>');
  });

  it('keeps Sender and Reply-To only when they differ from From', async () => {
    const m = await parseMessage(
      crlf(`From: "Jo at Acme" <jo@acme.example>
Sender: no-reply@ats.example
Reply-To: jo@ACME.example, careers@acme.example
Subject: x

body
`),
    );
    expect(m.sender).toEqual({ name: null, address: 'no-reply@ats.example' });
    expect(m.replyTo).toEqual([{ name: null, address: 'careers@acme.example' }]);
  });

  it('gives null for a missing Message-ID and an unreadable Date', async () => {
    const m = await parseMessage(crlf('From: a@b.example\nDate: sometime last week\n\nx\n'));
    expect(m.messageId).toBeNull();
    expect(m.date).toBeNull();
    expect(m.subject).toBe('');
    const n = await parseMessage(crlf('Subject: only this\n\nx\n'));
    expect(n.from).toBeNull();
    expect(n.date).toBeNull();
  });

  it('skips an mbox envelope line at the top of an .eml', async () => {
    const m = await parseMessage(
      bytes('From jo@acme.example Tue Mar  3 10:00:00 2026\nFrom: jo@acme.example\nSubject: Hello\n\nBody\n'),
    );
    expect(m.from?.address).toBe('jo@acme.example');
    expect(m.subject).toBe('Hello');
  });

  it('turns CRLF bodies into LF text', async () => {
    const m = await parseMessage(crlf('From: a@b.example\nSubject: s\n\nline one\nline two\n'));
    expect(m.text).toBe('line one\nline two\n');
  });

  it('rejects what is not an e-mail with a clear MailParseError', async () => {
    await expect(parseMessage(new Uint8Array())).rejects.toThrow(/empty/);
    await expect(parseMessage(bytes('\r\n\r\n'))).rejects.toThrow(MailParseError);
    await expect(parseMessage(bytes('Just some notes, not a mail.\nSecond line\n'))).rejects.toThrow(
      /does not start with a header line/,
    );
    await expect(parseMessage(bytes('Colour: blue\nSize: 3\n\nbody'))).rejects.toThrow(
      /not an e-mail message/,
    );
    await expect(
      parseMessage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])),
    ).rejects.toThrow(MailParseError);
  });

  it('reports a MIME structure nested past all sense as an error, not a crash', async () => {
    const depth = 300;
    let raw = 'From: a@b.example\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n';
    for (let i = 0; i < depth; i++)
      raw += `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n`;
    raw += 'x\r\n';
    await expect(parseMessage(bytes(raw))).rejects.toThrow(MailParseError);
  });

  it('either parses arbitrary bytes or rejects with a MailParseError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc
            .tuple(fc.string({ maxLength: 60 }), fc.string({ maxLength: 200 }))
            .map(([h, b]) =>
              bytes(
                `From: ${h}\r\nSubject: ${h}\r\nContent-Type: multipart/mixed; boundary=${h}\r\n\r\n${b}`,
              ),
            ),
        ),
        async (raw) => {
          try {
            const m = await parseMessage(raw);
            expect(typeof m.text).toBe('string');
          } catch (err) {
            expect(err).toBeInstanceOf(MailParseError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
