/**
 * Who speaks in a message, and about whose decision. A job e-mail's phrases mean what the rules think
 * only when a hiring team tells the candidate something. Three kinds of mail reuse the same words for
 * something else:
 * - the applicant's own mail (a thank-you note, a feedback request, a withdrawal, a declined offer),
 *   which talks about "my application" and quotes the company's words back;
 * - a hiring team answering the applicant's request for feedback, which explains a decision already
 *   given ("the decision was made because…", "in the case study…");
 * - mail in bulk form listing several jobs (alerts, digests, "jobs you may like").
 */

/**
 * Words only the applicant writes about their own candidacy. A hiring team writes "your application";
 * "my application", "I applied" or "keep me in mind" come from the other side of the table.
 */
const APPLICANT_WORDS =
  /\b(my (application|candidacy|candidature|cv|portfolio review|interview|case study)|(withdraw|withdrawing) (my|from)|i applied|i('ve| have) (now )?applied|(i'm|i am) still (very |really )?(keen|interested)|keep me in mind|(value|appreciate|grateful for) (any|your) feedback|feedback on (my|where i)|where i (fell short|could improve|went wrong)|what i could (have done|do) better|thank(s| you)( very much| so much)? for (letting me know|telling me)( personally)?(?=[,.!]|$)|i('ve| have) (decided|chosen) not to accept|accepted (an|another) offer|although i (wasn't|was not)|i (wasn't|was not) (selected|successful)|check in on (where things stand|the status|my))\b/g;

/** Asks of the applicant, which a hiring team's own mail makes and the applicant's never does. */
const ASKS_THE_APPLICANT = /\b(your application|you applied|thank(s| you)( so much)? for applying)\b/;

/**
 * The applicant wrote the newest part of the message: at least two applicant phrases, or one from a
 * personal free-mail address to someone at a company. Never for mail sent through a hiring service.
 */
export function writtenByApplicant(
  ownNormal: string,
  from: { personalFreeMail: boolean; hiringService: boolean; toCompany: boolean },
): boolean {
  if (from.hiringService) return false;
  const found = new Set(ownNormal.match(APPLICANT_WORDS) ?? []);
  if (found.size === 0) return false;
  if (ASKS_THE_APPLICANT.test(ownNormal) && found.size < 2) return false;
  return found.size >= 2 || (from.personalFreeMail && from.toCompany);
}

const FEEDBACK_SUBJECT = /\bfeedback\b/;
const FEEDBACK_REQUEST =
  /\b(any feedback|feedback on|some feedback|for feedback|what i could (have done|do) better|where i (fell short|could improve|went wrong)|what (made|was) the difference)\b/;

/** The writer refers back to news already given ("as promised, a few notes from the panel"). */
const AFTER_THE_NEWS =
  /\b(as promised|as i promised|following (up on )?our (call|conversation)|sorry again)\b/;

/**
 * A hiring team answers the applicant's request for feedback after the decision: a reply whose subject
 * or quoted history asks for feedback, and whose history already holds the decision (or which says it
 * follows earlier news). What it says about the decision is history, not news. A reply to a feedback
 * request made before any decision ("kindly share feedback on my technical round") may carry the
 * decision itself, so it is not one.
 */
export function answersFeedbackRequest(
  reply: { subjectNormal: string; quotedNormal: string; ownNormal: string; decidedBefore: boolean } | null,
): boolean {
  if (reply === null) return false;
  const asked = FEEDBACK_SUBJECT.test(reply.subjectNormal) || FEEDBACK_REQUEST.test(reply.quotedNormal);
  return asked && (reply.decidedBefore || AFTER_THE_NEWS.test(reply.ownNormal));
}

/** A line naming one job in a list: "Senior UX Researcher - Zalando - Berlin", "Title | Company". */
const JOB_LINE = /^[^\n.!?]{3,80}\s(-|\||·|—|–)\s[^\n.!?]{2,60}(\s(-|\||·|—|–)\s[^\n.!?]{2,60})?$/;

/** Mail that lists three or more jobs, one a line: an alert, a digest, "similar jobs". */
export function listsJobs(own: string): boolean {
  let lines = 0;
  for (const line of own.split('\n')) if (JOB_LINE.test(line.trim())) lines++;
  return lines >= 3;
}
