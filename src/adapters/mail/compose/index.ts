/** The ways a letter leaves notnow without SMTP: .eml draft, mailto: link, printable card. */
export { CARD_SIZES, type CardOptions, type CardSize, escapeHtml, toCardHtml } from './card.js';
export { type EmlOptions, type LetterContent, letterMailOptions, toEml } from './eml.js';
export {
  type CheckedEnvelope,
  checkEnvelope,
  type Envelope,
  EnvelopeError,
  headerSafe,
  type MailAddress,
  type MailAddressInput,
  type Recipient,
} from './envelope.js';
export { MAILTO_SAFE_LENGTH, toMailto } from './mailto.js';
