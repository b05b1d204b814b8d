export {
  type OutgoingLetter,
  type SendResult,
  SmtpError,
  type SmtpFailure,
  type SmtpSettings,
  sendLetter,
} from './send-letter.js';
