/**
 * The phrase rules, ours, written from how job e-mails are phrased (US, UK, Indian and non-native
 * English; German and Dutch in phrases-germanic.ts, French, Spanish, Portuguese and Italian in
 * phrases-romance.ts). A strong phrase decides a kind on its own; weak phrases only count when corroborated
 * (several of them, the subject, or the sender). Text is matched lower-cased with straight quotes.
 */
import type { MailKind } from './kinds.js';
import { OTHER_RULES } from './other-phrases.js';
import { GERMANIC_RULES } from './phrases-germanic.js';
import { ROMANCE_RULES } from './phrases-romance.js';
import { REFUSAL_RULES } from './refusal-phrases.js';

export interface PhraseRule {
  kind: MailKind;
  tier: 'strong' | 'weak';
  /** Short name shown in the evidence. */
  name: string;
  re: RegExp;
  /** The sentence must also match this (context that makes the phrase mean what we think). */
  requires?: RegExp;
  /** A match is dropped when its sentence matches this. */
  veto?: RegExp;
  /** A negation shortly before the match turns it off ("not able to offer you ..."). */
  negatable?: boolean;
}

const OTHER_PERSON =
  /\b(another|other|a different|an alternative|more suitable|more qualified|internal) (candidate|applicant|individual|person|finalist)s?\b|\bsomeone else\b/;
const APPLICATION_CONTEXT =
  /\b(application|candidacy|candidature|profile|forward|further|process|round|stage|role|position|ahead|resume|cv)\b/;
/**
 * An interview the candidate records alone (HireVue-style "one-way" video) is an assessment: nobody
 * meets them, the answers are scored later. Interview phrases in such a sentence do not count.
 */
export const ONE_WAY_INTERVIEW =
  /\b(recorded|pre-recorded|self-recorded|one-way|one way|on-demand|on demand|asynchronous|async|digital) (video )?interviews?\b|\bno live interviewer\b|\brecord (your )?(answers|responses)\b/;
/**
 * The interview comes after something the candidate must do first ("before we arrange interviews, please
 * complete a typing test"): the sentence is about that step, not about meeting.
 */
const INTERVIEW_COMES_LATER =
  /\b(before|prior to) (we |you )?(arrange|schedule|invite|book|set up|arranging|scheduling|inviting|booking) ([\w-]+ ){0,3}interviews?\b/;
const NOT_A_MEETING = new RegExp(`${ONE_WAY_INTERVIEW.source}|${INTERVIEW_COMES_LATER.source}`);
/** "I'd love to offer you a 15-minute call": an offer of a conversation, not of the job. */
const OFFERS_A_CONVERSATION =
  /\boffer(ing)? you (a|an|the|some) ([\w-]+ ){0,3}(call|chat|conversation|meeting|coffee|interview|slot|time|session|intro|introduction|screen)s?\b/;
const NOT_AN_OFFER = new RegExp(`${OTHER_PERSON.source}|${OFFERS_A_CONVERSATION.source}`);

export const PHRASE_RULES: PhraseRule[] = [
  // --- rejection ---------------------------------------------------------------------------------
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'decided not to proceed',
    re: /\b(decided|decide|chosen|elected|opted|made the decision|concluded that we will) (not to|to not|not) (move|proceed|progress|continue|pursue|advance|take|go|offer|extend|invite|be moving|fill|hire|recruit)\b/,
    // "decided not to go ahead with the panel format; instead…" changes a step, not the outcome.
    veto: /\binstead\b|\bwith the (panel|format|schedule|slot|date|agenda|plan|venue|location)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'will not be moving forward',
    re: /\b(won't|will not|wouldn't|would not|shan't|shall not|are not|aren't|'re not|not be|not going to|unable to|cannot|can't|can not|not able to|not in a position to|no longer) (be )?(able to )?(moving|move|proceed(ing)?|progress(ing)?|tak(e|ing)|advanc(e|ing)|continu(e|ing)|pursu(e|ing)|invit(e|ing))\b/,
    requires: APPLICATION_CONTEXT,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'not taken further',
    re: /\b(will not|won't|cannot|can't|shall not|shan't|is not going to|not) be (taken|processed|progressed|considered|moved|carried) (any )?(further|forward)\b/,
    requires: APPLICATION_CONTEXT,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'going ahead with someone else',
    // "we've decided to move ahead with someone who has shipped at scale"
    re: /\b(move|moving|moved|go|going|gone|went|proceed|proceeding|continue|continuing) (ahead |forward )?with (someone|another (candidate|applicant|person)|other (candidates|applicants|finalists)|a different (candidate|applicant|person)|an internal (candidate|applicant))\b/,
    veto: /\bif\b|\bonce\b|\buntil\b|\b(other|sister|another) (role|position|vacancy|opening|team)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'no invitation to the next stage',
    re: /\b(won't|will not|shan't|unable to|not able to|cannot|can't|not in a position to) (be )?(able to )?invite you (to|for|back for) (a |an |the |our )?([\w-]+ ){0,2}(interview|assessment centre|assessment center|assessment day|next (stage|round)|final (stage|round))s?\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'no offer',
    re: /\b(won't|will not|shan't|shall not|are not|aren't|not be|not going to|unable to|not able to|cannot|can't|decided against) (be )?(making|extending|offering|make|extend) (you )?(an offer|the (role|position|job|post|contract)|a (role|position|job|post|place|contract|training contract))\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'score below the bar',
    // Results of a test or centre: "your score fell below the threshold for this intake".
    re: /\b(did not|didn't|does not|doesn't) score (highly|high|well) enough\b|\b(fell|was|were|came in|scored|finished) (just )?below (the|our) (required |minimum )?(threshold|benchmark|pass mark|cut-?off|standard|level|bar)\b|\b(did not|didn't) (reach|meet|achieve) (the|our) (required |minimum |pass )?(threshold|benchmark|pass mark|cut-?off|standard|score)\b/,
    requires: /\byour\b|\byou\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'chose another candidate',
    re: OTHER_PERSON,
    requires:
      /\b(decided|decision|chose|choose|chosen|selected|select|pursue|go|went|gone|going|proceed|move|moving|offer|hired|appointed|opted)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'not selected',
    re: /\b(not|n't) (been )?(selected|shortlisted|successful|chosen|progressed)\b|\bunsuccessful\b|\byour (application|candidacy|candidature)( for [^.]{0,80})? (has been|was|is) (declined|rejected|turned down)\b/,
    // Advice columns: "5 reasons you were not selected".
    veto: /\b(\d+|three|five|ten|top) (reasons|ways|mistakes|signs)\b|\bwhy (you|candidates) (were|are|get)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'position filled',
    re: /\b(position|role|vacancy|post|job) (has|have) (now )?been filled\b|\b(we've|we have|have|has) (now )?made (our|a|an) (hire|appointment)\b|\b(have |'ve )?filled (it|the (role|spot|seat|position|vacancy|job|post)) with\b|\b(have|has|we've) (now |already |just )?filled (the|this|our)\b|\b(we've|we have|we|i've|i have|they've|they have) (now |already |just )?filled it\b(?! (in|out|up))|\bno longer (considering|under consideration|being considered)\b/,
    // "…has been filled, but the London team would love to meet you": the sentence turns to an invitation.
    // "We've made a hire for the payments squad, and you are still in consideration for lending."
    veto: /\b(but|however|though|although)\b.{0,80}\b(meet|talk to|speak (with|to)|chat with|interview|consider) you\b|\bstill (very much )?(in consideration|in the running|under consideration|being considered|considering you)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'unable to offer',
    re: /\b(unable|not able|not in a position|cannot|can't|won't|will not|not) (be )?(able )?to offer you (the|a|this|an) ([\w-]+ ){0,3}(role|position|job|post|opportunity|place|contract|placement|internship|apprenticeship|traineeship)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'different direction',
    re: /\b(move|moving|go|going|gone) in a different direction\b|\bclos(e|ed|ing) (out )?your application\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'profile does not match',
    re: /\b(does not|do not|did not|doesn't|don't|didn't) (quite |fully )?(match|meet|fit|satisfy|align (closely |fully )?(enough )?with) (the|our|all (of )?(the|our)) (current |minimum |essential |key |necessary |core )*(requirements?|needs|criteria|qualifications)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'regret to inform',
    re: /\b(regret|sorry|unfortunate) to (inform|tell|let you know|advise|say)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'unfortunately',
    re: /\b(unfortunately|sadly|i'm afraid|regrettably)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'on this occasion',
    re: /\bon this occasion\b|\bat this (point of )?time\b/,
    // "No action is required from you at this time" is a status notice, not a refusal.
    veto: /\bno (action|further action)\b|\bnothing (else )?(you need|is needed|to do)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'not a fit',
    re: /\bnot (a|the right|the best) (match|fit)\b/,
    veto: /\bfor everyone\b|\bfor every\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'keep on file',
    re: /\b(keep|retain|kept) your (resume|cv|details|profile|information|info)\b|\bin our database\b|\b(future|suitable) (openings|opportunities|roles|vacancies|opening|requirements?)\b|\bkeep you in mind\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'hard decision',
    re: /\b(difficult|tough|hard|close) (decision|choices?|call)\b|\b(isn't|not) the news you were hoping\b|\bwish you (the best|every success|all the best|luck|success)\b/,
  },

  ...REFUSAL_RULES,

  // --- offer -------------------------------------------------------------------------------------
  {
    kind: 'offer',
    tier: 'strong',
    name: 'pleased to offer',
    re: /\b(pleased|delighted|happy|excited|thrilled|glad|like|love|want) to (formally )?(offer you|extend (you )?(an |the |this )?offer|make you an offer|confirm (our|the|your) (conditional )?offer|tell you that we would like to offer)\b/,
    veto: NOT_AN_OFFER,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'offer letter',
    re: /\b(offer (letter|of employment|of appointment)|conditional offer|employment contract|contract of employment|the (job|role|position|post)('s| is) yours|letter of intent|your (written |formal |official )?offer\b|come back with an offer|(make|made|making) you an offer|(offer|offering) you the (position|role|job|post))/,
    veto: OTHER_PERSON,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'selected for the position',
    re: /\byou have been selected for the (position|role|post)\b|\b(bring|have) you on ?board\b/,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'revised offer',
    re: /\b(improve|improved|revise|revised|update|updated|increase|increased|raise|raised|sweeten|better) (our|the|your|my) (original |initial |current |written )?offer\b|\b(the|our|your) (original|initial|revised|updated|improved) offer\b/,
    veto: OTHER_PERSON,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'congratulations',
    re: /\bcongratulations\b|\bwelcome (you )?(aboard|to the team)|\bwelcoming you\b/,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'compensation terms',
    re: /\b(base salary|salary|compensation|equity|sign-on|signing bonus|ctc|date of joining|start date|starting \d|relocation package|benefits summary)\b/,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'sign and accept',
    re: /\b(e-sign|sign and return|acceptance|accept the offer|review and sign|your decision by)\b/,
  },

  // --- interview ---------------------------------------------------------------------------------
  {
    kind: 'interview',
    tier: 'strong',
    name: 'invitation to interview',
    re: /\b(invite|invited|inviting|invitation) (you )?(to|for) .{0,60}\b(interviews?|round|onsite)\b|\binterview (invitation|request|call letter|schedule)\b|\binvitation to interview\b/,
    negatable: true,
    veto: NOT_A_MEETING,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'scheduling a call',
    re: /\b(schedule|scheduling|arrange|book|set up|setup|line up|organi[sz]e) (a |an |your |the |some )?(time for (a |an |your )?)?((\d+[- ]minute|half-day|quick|short|brief|first|initial|introductory|phone|video|technical|onsite|final|panel|follow-up) )*(interview|call|chat|conversation|screen|meeting|onsite|on-site)s?\b/,
    negatable: true,
    veto: NOT_A_MEETING,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'pick a time',
    re: /\b(select|choose|pick|grab|book) (a |any )?(\d+ minute )?(time|slot|times)\b|\b(send|share|give|suggest) (me |us )?(a few|some|two or three|2-3|a couple of) (times|slots|options|dates)\b|\b(share|send|provide|let me know|confirm) (me |us )?(with )?your availability\b|\bavailability for (the|an|a) (interview|call)\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'interview rescheduled',
    re: /\b(needs|need|has|have|must|will) (to )?be (rescheduled|moved|postponed)\b|\breschedul(e|ed|ing)\b|\bnew time is\b|\bslot (is|was) no longer (available|free)\b|\b(move|push|shift|bring forward|postpone) (our|the|your|my|this|today's|tomorrow's) ([\w-]+ )?(interview|call|chat|meeting|onsite)\b/,
    requires: /\b(interview|call|meeting|onsite|conversation)\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'interview confirmed',
    re: /\b(interview|onsite|call) (is |has been )?confirmed\b|\b(interview|onsite|call|screen) (is|will be|is now) (on|at|for) (monday|tuesday|wednesday|thursday|friday|tomorrow|\d)|\b(you're|you are) confirmed for\b|\bbooked (you )?(in )?for an? .{0,30}\b(interview|call)\b|\bsent (you )?(a |the )?calendar invite\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'attend an interview',
    re: /\b(attend|meet you for|see you for|shortlisted for) (the |an |a |your )?.{0,40}\binterview\b|\binterested in interviewing\b|\b(move|moving|progress|advance) you (forward )?to the (next|final|second|third) (round|stage)\b/,
    negatable: true,
    veto: NOT_A_MEETING,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'next step is an interview',
    re: /\bnext (step|stage|round) (is|will be|would be) (a |an )?.{0,40}\b(interview|phone screen|screening call|video call|conversation with)\b/,
    negatable: true,
    veto: NOT_A_MEETING,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'proposes a call slot',
    re: /\b(would you be|are you|will you be) (free|available) for an? (\d+[- ]minute )?(video |phone |zoom |teams |google meet )?(call|chat|interview|conversation)\b/,
    // A concrete day or date makes it a proposal, not a pleasantry.
    requires:
      /\b(monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week|next \w+day)\b|\b(the )?\d{1,2}(st|nd|rd|th)\b|\b\d{1,2}(:\d\d)? ?(am|pm)\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'proposes a screen',
    // "love to do a quick phone screen", "would you be up for an interview with the team next week"
    re: /\b(do|have|set up|hop on|jump on|book in) (a |an )?((quick|short|brief|first|initial|\d+[- ]minute|informal) )*(phone screen|screening call|phone interview|video interview|interview)\b|\b(like|love|keen|want|happy) to interview you\b|\b(can|could) you (do|make|join) (a |an )?((\d+[- ]minute|technical|video|phone|quick|short|final|first|panel) )+(conversation|chat|call|interview|screen|session)\b|\b(hiring manager|team lead|panel|founder|cto|ceo|head of \w+|engineering manager|(the|our|their) [\w ]{0,20}team) (would like|'d like|would love|'d love|wants|is keen) to (speak|talk|meet|chat) (with |to )?you\b|\b(would you be|are you|will you be) (up|free|available|around) for (a |an )?((quick|short|brief|first|initial|\d+[- ]minute|informal|video|phone) )*(phone screen|screening call|interview|call)\b|\b(would you be|are you|will you be) (up|free|available|around) (for meeting|to meet) (the|our|my) ([\w-]+ ){0,2}(team|founders?|manager|cto|ceo|panel|director)\b/,
    negatable: true,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'moves a meeting',
    re: /\b(move|push|shift|bring forward|change) (it|this|that|our|the) ?([\w:]+ )?(call|chat|meeting|interview)? ?(to|until|back to) (monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week|later this week|next \\w+day)\b|\b(make|miss|join) (our|the|my) ([\w:]+ )?(call|interview|meeting|chat)\b/,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'moving forward with your application',
    re: /\b(move|moving|proceed|proceeding) forward with your (application|candidacy)\b/,
    negatable: true,
    veto: OTHER_PERSON,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'interview round',
    re: /\b(phone|video|technical|onsite|on-site|final|panel|first|second|managerial|face to face|informal) (interview|screen|round|call)\b/,
    veto: NOT_A_MEETING,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'are you free',
    re: /\b(would you be|are you|will you be) (free|available)\b|\bwhat (times?|day) (works|suits?)\b|\b(does|would) .{0,40}\b(work|suit) (for )?you\b|\bcan you make it\b|\b(could|can) you do (monday|tuesday|wednesday|thursday|friday|tomorrow)\b|\bdoes (monday|tuesday|wednesday|thursday|friday|tomorrow|next week)( \w+)? work\b|\bsend (over )?(an invite|some times)\b/,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'meeting link',
    re: /calendly\.com|meet\.google\.com|zoom\.us\/|teams\.microsoft\.com|\bcalendar invite\b|\b(video|teams|zoom|meet|meeting|dial-in) link\b/,
  },
  { kind: 'interview', tier: 'weak', name: 'interview', re: /\binterview(s|ing)?\b/, veto: NOT_A_MEETING },

  // --- assessment --------------------------------------------------------------------------------
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'assessment',
    re: /\b(coding|technical|online|skills?|written|aptitude|numerical|verbal|reasoning|psychometric|cognitive|personality|pre-screen|general coding|programming|practical|work[- ]style|behaviou?ral|situational judg(e)?ment|values|logic|typing|transcription|language|translation|spreadsheet|excel|numeracy|literacy|trade) (assessment|test|tests|challenge|exercise|questionnaire)s?\b/,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'recorded interview',
    re: ONE_WAY_INTERVIEW,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'take-home',
    re: /\btake[- ]home\b|\bcase (study|exercise)\b|\btest (project|task)\b|\b(technical|coding|design|written|practical|programming) (task|assignment)\b|\bhome assignment\b|\bcoding exercise\b|\blab environment\b/,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'complete the assessment',
    re: /\b(complete|take|attempt|start|begin|sit|appear for) (the |a |an |your |our )?([\w-]+ ){0,5}(assessment|test|exercise|challenge|questionnaire)s?\b/,
    veto: /\b(survey|feedback|candidate experience|satisfaction)\b/,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'assessment platform link',
    re: /\b(hackerrank|codility|codesignal|testgorilla|mettl|hackerearth|coderpad)\.(com|io)\b/,
  },
  {
    kind: 'assessment',
    tier: 'weak',
    name: 'test or exercise',
    re: /\b(assessment|test|exercise|challenge|questionnaire|task|assignment)\b/,
  },
  {
    kind: 'assessment',
    tier: 'weak',
    name: 'time limit',
    re: /\b(within|in) (\d+|one|two|three|five|seven) (days|hours|working days)\b|\bexpires? in \d+\b|\btimebox\b|\b\d+ minutes to (complete|finish|solve)\b/,
  },

  // --- acknowledgement ---------------------------------------------------------------------------
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'application received',
    re: /\b(we've|we have|has been|have|we) (successfully )?(received|got) your (application|resume|cv|documents)\b|\byour application (has been|was|is) (successfully )?(received|submitted|sent|logged|registered|recorded)\b|\bapplication (was|has been) (sent|submitted) to\b|\byour application (for|to) [^.]{0,80}\b(has been|was|is) (successfully )?(received|submitted|sent)\b|\b(the following (items|documents)|your (resume|cv|documents)) (were|was|have been|has been) (sent|submitted|forwarded) to\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'confirmation of receipt',
    re: /\b(confirm|confirms|confirming) (that )?(we('ve| have) (received|got)|(the )?receipt|your application|we have your application)|\byour application is in\b|\byour application (for [^.]{0,60})?(is|has been) (now )?(with|passed (on )?to|forwarded to|shared with) (the|our) (hiring|recruiting|talent|recruitment)\b|\backnowledge (the )?receipt\b|\bconfirmation (of receipt|that it has been received)\b|\bconfirm that we've got your application\b|\bconfirms? that your application\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'thanks for applying',
    re: /\bthank(s| you)( so much| very much| again)? for (applying|your application|submitting your application|your interest)\b|\bwe('ve| have) received (it|them|your details)\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'will review',
    re: /\b(will|'ll) (review|be reviewing|carefully review|check|go through|assess|look (at|over|through)|consider)\b|\b(is|are) (currently )?(under review|reviewing it|reviewing your (application|profile|cv|resume))\b|\bcurrent status: (in review|under review|submitted|received)\b|\b(be in touch|get back to you|reach out|contact you|revert back|come back to you)\b|\b(take us|need) (around |about |up to )?[\w ]{0,20}to (review|go through|read|get back)\b|\b(notified|informed|updated) (about|of) (the )?(progress|status|outcome)\b/,
  },

  // --- recruiter outreach ------------------------------------------------------------------------
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'saw your profile',
    re: /\b(came across|found|saw|noticed|viewed|looked at|stumbled upon|read) (your|you on) (profile|background|linkedin|github|open-source|open source|work|talk)\b|\bcaught my (eye|attention)\b|\byour name came up\b|\b(suggested|recommended) (that )?i (reach out|contact you|get in touch)\b|\bpassed me (on )?your (name|details|profile)\b|\b(came across|found|saw|noticed|spotted|stumbled upon) your (resume|cv|profile) (on|in|via|through)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'introduces a recruiter',
    re: /\bi('m| am| work as| lead| head)( on)? (a |an |the )?([\w-]+ )?(recruiter|recruiting|talent|sourcer|headhunter)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'agency client',
    re: /\b(our|a|my) (mnc |esteemed )?clients?\b|\bi('m| am) (working|partnering) with\b|\bretained by\b|\bleading a search\b|\bi('m| am) (currently )?(working on|recruiting for|hiring for|hiring) (a|an) \b|\bcold (email|message)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'open to a chat',
    re: /\b(would you be|are you|be) (open|interested|up) (to|in|for) (a |an )?(quick |short |brief |initial |intro |introductory |exploratory |informal |confidential |\d+[- ]minute )*(chat|call|conversation|hearing more|learning more|new (opportunities|roles))\b|\bopen (to|for) new (opportunities|roles)\b|\binterested in (hearing|learning) more\b|\bconfidential chat\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'send your CV',
    re: /\b(share|send) (me |us )?(your )?(updated|latest) (cv|resume|profile)\b|\burgent requirement\b|\bpresent you an opportunity\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'opportunity',
    re: /\b(exciting |new |job )?opportunit(y|ies)\b|\bthought of you\b|\btalent (pool|community)\b|\b(role|position|opening) has (just )?(opened|come up)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'good fit',
    re: /\b(you'd|you would|you could) be a (great|good|strong) (fit|match)\b|\b(looks like|think you('d| would)? be) a (great|good) (fit|match)\b|\b(suits|matches|fits) your (experience|background|skills|profile)\b|\byour (background|experience|profile|skills|skill set) (would be|is|looks like|seems like|could be|would make) (a )?(great|good|strong|perfect|excellent|close) (fit|match)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'we are hiring',
    re: /\b(we're|we are) (looking for|hiring|searching for) (a|an)\b|\bwe search a\b|\bis hiring (a|an)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'follow-up nudge',
    // A recruiter chasing their own unanswered note: a separate signal from what the note proposes.
    re: /\bbump(ing)? (this|my|the) (note|email|message|mail|thread)?\b|\bin case it got (buried|lost|missed)\b|\b(won't|will not) keep (pestering|bothering|chasing|emailing) you\b|\bfollowing up on my (previous|last|earlier) (mail|email|message|note)\b|\bcircling back on my\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'exploratory chat',
    re: /\b(initial|introductory|exploratory|intro|informal) (conversation|chat|call)\b|\bgrab a (coffee|virtual coffee)\b|\bno pressure\b|\bif (the timing|you're interested|you are interested|interested)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'search mandate',
    re: /\b(the|this|a) [\w ]{0,30}search for\b|\b(is|are) (growing|expanding|building out) (the|our|their|its) [\w ]{0,30}team\b/,
  },

  ...OTHER_RULES,
  ...GERMANIC_RULES,
  ...ROMANCE_RULES,
];
