import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftLetter } from '../../../core/letters/index.js';
import { fullInput } from '../../../core/letters/test-fixtures.js';
import { SmtpError, type SmtpSettings, sendLetter } from './send-letter.js';

const PASSWORD = 'correct horse battery staple';

interface Received {
  raw: Buffer;
  mailFrom: string | null;
  rcptTo: string[];
  user: unknown;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'alex' && auth.password === PASSWORD) return callback(null, { user: 'alex' });
      // A careless server that repeats what it was given: the client must still not show it.
      return callback(new Error(`Invalid credentials for ${auth.username}/${auth.password}`));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          user: session.user,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const settings = (): SmtpSettings => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: 'alex',
  password: PASSWORD,
  timeoutMs: 5_000,
});

describe('sendLetter', () => {
  it('delivers the letter to a real SMTP server, where it parses back intact', async () => {
    const draft = draftLetter(fullInput('thank-you', { variant: 3 }));
    const result = await sendLetter(settings(), {
      ...draft,
      from: { name: 'Alex Moreau', address: 'alex@moreau.example' },
      to: 'Dana Whitfield <dana@acme.example>',
    });
    expect(result.accepted).toEqual(['dana@acme.example']);
    expect(result.rejected).toEqual([]);
    expect(result.messageId).toMatch(/@/);

    const message = received.at(-1)!;
    expect(message.user).toBe('alex');
    expect(message.mailFrom).toBe('alex@moreau.example');
    expect(message.rcptTo).toEqual(['dana@acme.example']);
    const parsed = await simpleParser(message.raw);
    expect(parsed.from?.value).toEqual([{ name: 'Alex Moreau', address: 'alex@moreau.example' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: 'Dana Whitfield', address: 'dana@acme.example' }]);
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.text?.trim()).toBe(draft.text);
    expect(parsed.messageId).toBe(`<${result.messageId}>`);
    expect(parsed.headers.has('x-unsent')).toBe(false);
  });

  it('says clearly when the password is refused, and never shows the password', async () => {
    const wrong = 'hunter2-is-not-it';
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    let error: unknown;
    try {
      await sendLetter(
        { ...settings(), password: wrong },
        { subject: 'Hi', text: 'Hi', from: 'alex@moreau.example', to: 'dana@acme.example' },
      );
    } catch (e) {
      error = e;
    } finally {
      for (const spy of spies) {
        for (const call of spy.mock.calls) expect(inspect(call)).not.toContain(wrong);
        spy.mockRestore();
      }
    }
    expect(error).toBeInstanceOf(SmtpError);
    const smtp = error as SmtpError;
    expect(smtp.code).toBe('send-failed');
    expect(smtp.reason).toBe('auth');
    expect(smtp.message).toContain(`127.0.0.1:${port}`);
    expect(smtp.message).toMatch(/did not accept the user name and password for alex/);
    expect(smtp.message).toContain('[password hidden]'); // the server's echo, scrubbed
    for (const shown of [smtp.message, smtp.stack ?? '', inspect(smtp), JSON.stringify(smtp)]) {
      expect(shown).not.toContain(wrong);
      expect(shown).not.toContain(Buffer.from(wrong).toString('base64'));
    }
  });

  it('explains a server that is not there', async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await sendLetter(
      { ...settings(), port: freePort },
      { subject: 'Hi', text: 'Hi', from: 'alex@moreau.example', to: 'dana@acme.example' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmtpError);
    expect((error as SmtpError).reason).toBe('connection');
    expect((error as SmtpError).message).toMatch(/Could not connect to the SMTP server at 127\.0\.0\.1:\d+/);
    expect((error as SmtpError).message).not.toContain(PASSWORD);
  });

  it('refuses unusable settings and bad addresses before connecting', async () => {
    const letter = { subject: 'Hi', text: 'Hi', from: 'alex@moreau.example', to: 'dana@acme.example' };
    await expect(sendLetter({ ...settings(), host: ' ' }, letter)).rejects.toThrow(/SMTP host is empty/);
    await expect(sendLetter({ ...settings(), port: 70000 }, letter)).rejects.toThrow(/port/);
    const noPassword = (await sendLetter({ ...settings(), password: null }, letter).catch(
      (e) => e,
    )) as SmtpError;
    expect(noPassword).toBeInstanceOf(SmtpError);
    expect(noPassword.reason).toBe('settings');
    expect(noPassword.message).toContain('a user is set but no password');
    await expect(sendLetter(settings(), { ...letter, to: 'not an address' })).rejects.toThrow(
      /not an e-mail address/,
    );
  });
});
