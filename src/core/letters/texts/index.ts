/** The built-in letters, by kind. Variant numbers are positions here, counted from 1. */
import type { LetterKind } from '../letter-kind.js';
import { FEEDBACK_REQUEST } from './feedback-request.js';
import { FOLLOW_UP } from './follow-up.js';
import { INTERVIEW_THANK_YOU } from './interview-thank-you.js';
import { KEEP_IN_TOUCH } from './keep-in-touch.js';
import { NEW_OPENING } from './new-opening.js';
import type { VariantSource } from './parts.js';
import { RECRUITER_UPDATE } from './recruiter-update.js';
import { RESELL } from './resell.js';
import { STATUS_CHECK } from './status-check.js';
import { THANK_YOU } from './thank-you.js';

export type { VariantSource } from './parts.js';

export const BUILT_IN_LETTERS: Readonly<Record<LetterKind, readonly VariantSource[]>> = {
  'interview-thank-you': INTERVIEW_THANK_YOU,
  'thank-you': THANK_YOU,
  'feedback-request': FEEDBACK_REQUEST,
  'recruiter-update': RECRUITER_UPDATE,
  resell: RESELL,
  'follow-up': FOLLOW_UP,
  'keep-in-touch': KEEP_IN_TOUCH,
  'new-opening': NEW_OPENING,
  'status-check': STATUS_CHECK,
};
