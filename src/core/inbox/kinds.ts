/** The kinds of job e-mail the classifier tells apart. The order is the tie-break (earlier wins). */
export const MAIL_KINDS = [
  'rejection',
  'offer',
  'interview',
  'assessment',
  'acknowledgement',
  'recruiter-outreach',
  'other',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface Evidence {
  /** Where the signal came from: `phrase`, `subject`, `sender`, `header`, `structure`, ... */
  signal: string;
  /** What was seen, in words a user can check against the message. */
  detail: string;
  /** Its contribution to the kind it supports (negative when it counted against). */
  weight: number;
}

export interface Classification {
  kind: MailKind;
  /** 0..1: how sure the rules are; the app applies a status change only above its own threshold. */
  confidence: number;
  evidence: Evidence[];
}
