/**
 * A letter as an .eml file that opens as an unsent draft (X-Unsent: 1) in Outlook, Apple Mail and
 * Thunderbird, composed by nodemailer's MailComposer so every header is encoded correctly.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { checkEnvelope, type Envelope, headerSafe } from './envelope.js';

/** What the ways out need of a draft (the core's Draft fits). */
export interface LetterContent {
  subject: string;
  text: string;
}

export interface EmlOptions extends Envelope {
  /** The Date header; the composer's clock when absent. */
  date?: Date;
}

/** The nodemailer message for a letter: shared by .eml and SMTP so both say exactly the same thing. */
export function letterMailOptions(letter: LetterContent, envelope: Envelope) {
  const checked = checkEnvelope(envelope);
  return {
    from: checked.from,
    to: checked.to,
    ...(checked.cc.length > 0 ? { cc: checked.cc } : {}),
    ...(checked.replyTo ? { replyTo: checked.replyTo } : {}),
    subject: headerSafe(letter.subject),
    text: letter.text.replace(/\r\n?/g, '\n'),
  };
}

export async function toEml(letter: LetterContent, options: EmlOptions): Promise<Buffer> {
  const composer = new MailComposer({
    ...letterMailOptions(letter, options),
    ...(options.date ? { date: options.date } : {}),
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
