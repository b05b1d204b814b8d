/**
 * Sending a letter through the user's own SMTP server with nodemailer. The password goes to the server
 * and nowhere else: nodemailer's logging is off, and no error message or error property carries it.
 */

import nodemailer from 'nodemailer';
import { z } from 'zod';
import { NotNowError } from '../../../core/errors.js';
import { type LetterContent, letterMailOptions } from '../compose/eml.js';
import type { Envelope } from '../compose/envelope.js';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). When false, STARTTLS is used if the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** Accept a self-signed certificate (a home server); default false. */
  allowSelfSigned?: boolean;
  /** Give up on a silent server after this long; default 20 s. */
  timeoutMs?: number;
}

export type OutgoingLetter = LetterContent & Envelope;

export interface SendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export type SmtpFailure = 'settings' | 'auth' | 'connection' | 'tls' | 'timeout' | 'rejected' | 'other';

/** A letter that could not be sent; `code` is the app-wide `send-failed`, `reason` says what to fix. */
export class SmtpError extends NotNowError {
  readonly reason: SmtpFailure;
  constructor(reason: SmtpFailure, message: string) {
    super('send-failed', message);
    this.name = 'SmtpError';
    this.reason = reason;
  }
}

const settingsSchema = z
  .object({
    host: z.string().trim().min(1, 'the SMTP host is empty'),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean(),
    user: z.string().nullable(),
    password: z.string().nullable(),
    allowSelfSigned: z.boolean().optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .refine((s) => !s.user || s.password !== null, {
    message: 'a user is set but no password',
    path: ['password'],
  });

/** Removes the secret in every form it could take in a server's reply (plain, base64, AUTH PLAIN). */
function scrub(text: string, settings: SmtpSettings): string {
  const secrets = new Set<string>();
  if (settings.password) {
    const p = settings.password;
    secrets.add(p);
    secrets.add(Buffer.from(p).toString('base64'));
    secrets.add(Buffer.from(`\u0000${settings.user ?? ''}\u0000${p}`).toString('base64'));
    secrets.add(
      Buffer.from(`${settings.user ?? ''}\u0000${settings.user ?? ''}\u0000${p}`).toString('base64'),
    );
  }
  let out = text;
  for (const s of [...secrets].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join('[password hidden]');
  }
  return out;
}

function explain(error: unknown, settings: SmtpSettings): SmtpError {
  const e = (error ?? {}) as { code?: string; responseCode?: number; response?: string; message?: string };
  const where = `${settings.host}:${settings.port}`;
  const said = e.response ? ` The server said: ${scrub(e.response.trim(), settings)}` : '';
  switch (e.code) {
    case 'EAUTH':
      return new SmtpError(
        'auth',
        `The SMTP server at ${where} did not accept the user name and password for ${settings.user ?? '(no user)'}. Check the smtp user and password in your settings.${said}`,
      );
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
      return new SmtpError(
        /certificate|self[- ]signed|tls|ssl/i.test(e.message ?? '') ? 'tls' : 'connection',
        `Could not connect to the SMTP server at ${where} (${scrub(e.message ?? 'no reason given', settings)}). Check the host, the port and whether "secure" matches the port (465 secure, 587 not).`,
      );
    case 'ETIMEDOUT':
    case 'EGREETING':
      return new SmtpError('timeout', `The SMTP server at ${where} did not answer in time. Try again later.`);
    case 'ETLS':
      return new SmtpError(
        'tls',
        `The secure connection to ${where} failed (${scrub(e.message ?? '', settings)}). Check "secure", or allow a self-signed certificate for your own server.`,
      );
    case 'EENVELOPE':
      return new SmtpError(
        'rejected',
        `The SMTP server at ${where} refused the sender or every recipient.${said}`,
      );
    case 'EMESSAGE':
      return new SmtpError('rejected', `The SMTP server at ${where} refused the message.${said}`);
    default:
      return new SmtpError(
        'other',
        `Sending through ${where} failed: ${scrub(e.message ?? String(error), settings)}`,
      );
  }
}

const asAddress = (a: string | { address: string }) => (typeof a === 'string' ? a : a.address);

export async function sendLetter(settings: SmtpSettings, message: OutgoingLetter): Promise<SendResult> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
    throw new SmtpError('settings', `The SMTP settings are not usable: ${issues.join('; ')}`);
  }
  const mail = letterMailOptions(message, message);
  const timeout = settings.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    tls: { rejectUnauthorized: !settings.allowSelfSigned },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    logger: false,
    debug: false,
  });
  try {
    const info = await transport.sendMail(mail);
    return {
      messageId: String(info.messageId ?? '').replace(/^<|>$/g, ''),
      accepted: (info.accepted ?? []).map(asAddress),
      rejected: (info.rejected ?? []).map(asAddress),
    };
  } catch (error) {
    throw explain(error, settings);
  } finally {
    transport.close();
  }
}
