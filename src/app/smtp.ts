/**
 * Sending by SMTP as the Settings page shows it: whether it is set up (never the password), what is
 * missing, and a test message to the user's own address through the very path letters take.
 */
import type { SmtpSettings, sendLetter } from '../adapters/mail/smtp/index.js';
import type { SmtpSetup } from '../config/smtp-setup.js';
import { invalidInput, NotNowError } from '../core/errors.js';
import type { AppContext } from './context.js';
import { loadProfile } from './profile.js';

export interface SmtpStatus extends SmtpSetup {
  /** Letters are sent from the profile's address. */
  fromAddress: string | null;
  fromName: string | null;
  /** What stops sending, in plain words; empty when it can send. */
  problems: string[];
}

export async function smtpStatus(ctx: AppContext, setup: SmtpSetup): Promise<SmtpStatus> {
  const profile = await loadProfile(ctx.store.db);
  const problems: string[] = [];
  if (!setup.configured) problems.push(`No SMTP server is set: set ${setup.env.host} (and restart notnow).`);
  if (setup.user && !setup.passwordSet) {
    problems.push(
      `A user is set but no password: set ${setup.env.password} or put the password alone in ` +
        `${setup.passwordFile} (chmod 600).`,
    );
  }
  if (!profile.email) problems.push('Your e-mail address is missing: letters are sent from it (see “You”).');
  return { ...setup, fromAddress: profile.email, fromName: profile.name, problems };
}

export interface TestMessageResult {
  to: string;
  messageId: string;
  accepted: string[];
}

/** Sends a short message to the user's own address through their SMTP server. */
export async function sendTestMessage(
  ctx: AppContext,
  smtp: SmtpSettings | null,
  send?: typeof sendLetter,
): Promise<TestMessageResult> {
  if (!smtp) {
    throw new NotNowError(
      'send-failed',
      'Sending is not set up: set NOTNOW_SMTP_HOST (and NOTNOW_SMTP_USER, NOTNOW_SMTP_PASSWORD), then restart notnow.',
    );
  }
  const profile = await loadProfile(ctx.store.db);
  if (!profile.email) throw invalidInput('Add your e-mail address under “You” first: the test goes to it.');
  // nodemailer is loaded only when something is really sent.
  const deliver = send ?? (await import('../adapters/mail/smtp/index.js')).sendLetter;
  const me = { name: profile.name ?? '', address: profile.email };
  const result = await deliver(smtp, {
    subject: 'notnow: test message',
    text:
      `This message was sent by notnow through ${smtp.host}:${smtp.port} to check that sending works.\n\n` +
      'If you are reading it, letters you send from notnow will leave the same way. Nothing else was sent.',
    from: me,
    to: me,
  });
  return { to: profile.email, messageId: result.messageId, accepted: result.accepted };
}
