/**
 * The rules' reading of a job e-mail: layered signals (who sent it, the subject, phrase tiers in what the
 * writer wrote with quoted history and forwarded headers set aside, bulk-mail headers, the reply
 * structure) scored per kind. Every point a kind scores is kept as evidence so a user can see why, and
 * every signal is also named as a feature for the trained model (model-features.ts).
 */
import { type Evidence, MAIL_KINDS, type MailKind } from './kinds.js';
import type { MailMessage } from './message.js';
import { CONTEXT_MISSING, findPhrases, normaliseForRules, sentencesOf } from './phrase-match.js';
import { PHRASE_RULES } from './phrases.js';
import { plainText } from './plain-text.js';
import { splitReply } from './reply-text.js';
import { domainOf, isFreeMail, isNoReply, serviceOf } from './senders.js';
import { SUBJECT_RULES } from './subject-rules.js';
import { answersFeedbackRequest, listsJobs, writtenByApplicant } from './writer-stance.js';

export type Scores = Record<MailKind, number>;

export interface RuleReading {
  /** An out-of-office reply: decided before any scoring. */
  autoReply: boolean;
  scores: Scores;
  /** Kinds that a strong phrase or a decisive sender supports (weak ones need corroboration). */
  strongKinds: Set<MailKind>;
  evidence: Evidence[];
  /** Below 1 when the reading is of a forwarded message rather than the writer's own words. */
  certainty: number;
  /** The text the writer wrote (or the forwarded mail under a short note): what the model reads too. */
  own: string;
  /** The subject without Re:/Fwd: prefixes. */
  subject: string;
  /** Names of the rules' signals, one per distinct signal, as features for the model. */
  signals: string[];
}

export const STRONG = 3;
const WEAK = 1;
/** Bulk mail (newsletters, alerts) rarely carries a personal decision: its job phrases count for less. */
const BULK_FACTOR = 0.3;
const BODY_RULES_ON_SUBJECT = 0.5;
const SUBJECT_ON_REPLY = 0.3;

function emptyScores(): Scores {
  return Object.fromEntries(MAIL_KINDS.map((k) => [k, 0])) as Scores;
}

function isAutoReply(msg: MailMessage): boolean {
  const auto = (msg.headers['auto-submitted'] ?? '').toLowerCase();
  return (
    auto.startsWith('auto-replied') ||
    'x-autoreply' in msg.headers ||
    'x-autorespond' in msg.headers ||
    /^(automatic reply|auto-?reply|out of (the )?office|abwesenheitsnotiz)\b/i.test(msg.subject.trim())
  );
}

/**
 * A jobs mailbox's automatic reply that says the application arrived is a receipt, not an absence
 * ("Automatic reply: Application – Class Teacher … your application has been received").
 */
function confirmsReceipt(own: string): boolean {
  return findPhrases(sentencesOf(own), PHRASE_RULES).some(
    (h) => h.rule.kind === 'acknowledgement' && h.rule.tier === 'strong' && h.ignored === null,
  );
}

function isBulk(msg: MailMessage): boolean {
  const precedence = (msg.headers.precedence ?? '').toLowerCase();
  return 'list-unsubscribe' in msg.headers || 'list-id' in msg.headers || /bulk|list|junk/.test(precedence);
}

/**
 * A site relaying a person's direct message ("Jane sent you a message", InMail) is sent in bulk form
 * but carries one person's words, so its phrases keep their full weight.
 */
function isRelayedMessage(msg: MailMessage, own: string): boolean {
  return (
    /\bsent you a (new )?(message|inmail)\b|\bnew message from\b|\binmail\b/i.test(msg.subject) ||
    /^\s*inmail\b/im.test(own)
  );
}

/** The writer answers something the candidate did (applied), so the mail is not cold outreach. */
const REACTIVE =
  /\b(your application|you applied|thank(s| you)( so much)? for applying|the application you (sent|submitted))\b/;

/** Role mailboxes that hiring teams send automated mail from. */
const HIRING_MAILBOX =
  /^(no-?reply|do-?not-?reply|careers?|jobs|recruit(ing|ment)?|talent(-acquisition)?|hr|hiring|applications?|apply)[._+-]?[a-z0-9]*@/i;

/**
 * The writer points to a different opening than the one the mail may close ("the Dublin role is filled,
 * but London would like to meet you"): a filled role is then news on the way to an invitation.
 */
export const OTHER_OPENING =
  /\b(another|other|different|new|sister|second|separate|related|similar) (role|position|opening|vacancy|team|requisition|post)s?\b|\b(instead|alternatively)\b|\bhas (just )?(opened|come up)\b/;

/** A call offered to talk the decision through ("a 15-minute call to share the panel's feedback"). */
const FEEDBACK_CALL =
  /\b(call|chat|conversation|catch-up|slot)\b[^.?!]{0,50}\b(feedback|debrief|the panel's notes|the reasons)\b|\b(feedback|debrief)\b[^.?!]{0,30}\b(call|chat|conversation)\b/;

/**
 * Words that make a proposed call part of a hiring process; without them "are you free for a quick call?"
 * may be a recruiter's pitch as well as a screen.
 */
const NAMES_A_MEETING =
  /\b(interview|interviews|interviewing|screen|screening|onsite|on-site|round|panel|hiring manager|your application|you applied|next (step|stage))\b/;

/** The candidate already did the exercise: the mail looks back on it ("thank you for completing"). */
const COMPLETED_STEP =
  /\b(thank(s| you)( so much| very much)?|many thanks|we appreciate( you)?|appreciate( you)?|grateful) (for )?(taking the time to (complete|do|sit|prepare|present)|completing|submitting|taking|doing|sitting|attempting|finishing|sending( back)?|returning|presenting|attending|preparing|your (work|time|effort|submission|solution|answers))\b|\b(the|your) [\w -]{0,40}\b(exercise|task|test|assessment|case study|assignment|presentation|challenge)s? (you|that you) (completed|submitted|did|sent|took|sat|presented|prepared)\b|\b(loved|liked|enjoyed|impressed by|impressed with) (your|the) ([\w-]+ ){0,2}(submission|solution|case study|exercise|task|take-home|presentation|assignment|work)\b|\byour [\w -]{0,30}\b(test|exercise|task|assessment|case study|presentation|submission|take-home) (was|were)\b|\b(attended|presented|completed|submitted|sat) (our|the|your) [\w -]{0,30}\b(exercise|task|test|assessment|case study|assignment|presentation|centre|center)\b|\byour (submission|solution|submitted|completed|answers|results?|score)\b|\b(reviewed|assessed|looked (at|through|over)|evaluated|marked|scored|read|went through) your (submission|solution|work|answers|test|exercise|assignment|take-home|case study|assessment|task|code|presentation)\b/;
/** …unless it also asks for the next one (a link, a deadline, "please complete"). */
const ASKS_FOR_A_STEP =
  /\b(please (complete|take|attempt|start|submit|find|use|click|follow)|link (below|above|here)|using the link|deadline|due (by|on)|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of)|within (\d+|one|two|three|five|seven) (days|hours|working days)|next (stage|step|round) (is|will be))\b/;

/**
 * What a refusal or an offer can be about besides a job: a flat, a loan, a grant, a talk. When the mail
 * names such a matter and no word of a job, its rejection and offer phrases do not count (and forbid the
 * model to call it one): "the landlord has decided not to proceed with your application" is not a
 * rejection the user needs to follow up.
 */
const OTHER_MATTER =
  /\b(tenancy|tenant|landlord|letting agent|lettings|rental (application|property)|holding deposit|(the|this) (flat|apartment|property)|mortgage|loan|credit (card|limit|score|check)|lending criteria|overdraft|grant (application|funding|round|scheme|programme|program)|(research|project|arts|travel|small|creative) grant|grants team|funding (application|round|call|panel)|bursary|scholarship|(the|this) fund|(talk|session|workshop|conference) (proposal|abstract)|(your|the|this) pitch|pitching|manuscript|features editor|your (proposal|abstract)|programme committee|program committee|call for (papers|proposals|speakers)|membership|admissions?|visa application|insurance claim|refund|(market|craft|trade|christmas|makers) (stall|pitch)|stall(holder)?s?|traders?|exhibitors?|charity (place|entry|places)|race (place|entry)|ballot|volunteer(s|ing)?|volunteer (place|slot|spot|role|shift)s?|fellowships?|(the|this|next|our) cohort|accelerator|incubator|locataire|proprietaire|agence immobiliere|wohnung|mietinteressent\w*|vermiet\w*|eigentuemer|appartement|logement|emplacement|exposant|prestamo|piso|alquiler|inquilin[oa]|woning|huurder|verhuurder|appartamento|affitto|emprestimo|voluntari\w*)\b/;
const JOB_MATTER =
  /\b(job|jobs|role|roles|position|positions|vacancy|vacancies|candidate|candidates|candidacy|interview|interviews|hiring|recruit\w*|employment|employer|career|careers|cv|resume|shortlist\w*|opening|openings|hire|salary|contract of employment|training contract|internship|apprenticeship|graduate scheme|talent|stelle|stellen|bewerber\w*|lebenslauf|arbeitgeber|vorstellungsgespraech|sollicitatie\w*|vacature|functie|poste|embauche|recrutement|emploi|entretien|puesto|vacante|empleo|entrevista|curriculum|vaga|emprego|curriculo|posizione|colloquio|assunzione|lavoro)\b/;

/**
 * The last paragraph of a longer mail is often a footer ("We are not an employer and cannot process job
 * applications"): a word of a job there does not make the mail about a job.
 */
function withoutFooter(text: string): string {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return paragraphs.length >= 3 ? paragraphs.slice(0, -1).join('\n\n') : text;
}

/** A subject that starts by naming what is offered or asked for: "Pitch: …", "Talk proposal - …". */
const SUBJECT_MATTER =
  /^(story |article |feature )?(pitch|talk|talk proposal|abstract|proposal|grant|loan|flat|volunteer\w*|fellowship)\b/;

export function isAboutAnotherMatter(ownNormal: string, subject: string): boolean {
  const subjectNormal = normaliseForRules(subject);
  const text = `${subjectNormal}\n${ownNormal}`;
  // A subject that names the other matter ("Pitch - the hidden cost of remote hiring", "Talk proposal:
  // hiring juniors") gives its topic, not a job the mail is about.
  const jobText = OTHER_MATTER.test(subjectNormal) || SUBJECT_MATTER.test(subjectNormal) ? ownNormal : text;
  return OTHER_MATTER.test(text) && !JOB_MATTER.test(withoutFooter(jobText));
}

/** Kinds whose phrases a feedback answer uses to explain the past ("in the case study, the panel…"). */
const EXPLAINED_IN_FEEDBACK: ReadonlySet<MailKind> = new Set(['rejection', 'offer', 'assessment']);

function stanceOf(
  msg: MailMessage,
  ownNormal: string,
  quotedNormal: string,
  reply: boolean,
  hiringService: boolean,
): { applicant: boolean; feedback: boolean } {
  const from = msg.from?.address ?? '';
  const applicant = writtenByApplicant(ownNormal, {
    personalFreeMail: from !== '' && isFreeMail(domainOf(from)),
    hiringService: hiringService || (from !== '' && (isNoReply(from) || HIRING_MAILBOX.test(from))),
    toCompany: msg.to.some((a) => !isFreeMail(domainOf(a.address))),
  });
  // The quoted history already holds a decision: the applicant thanked for the news, or it is quoted.
  const decidedBefore =
    /\bthank(s| you)\b.{0,30}\bfor letting me know\b/.test(quotedNormal) ||
    findPhrases(sentencesOf(quotedNormal), PHRASE_RULES).some(
      (h) => h.rule.kind === 'rejection' && h.rule.tier === 'strong' && h.ignored === null,
    );
  const feedback = answersFeedbackRequest(
    reply ? { subjectNormal: normaliseForRules(msg.subject), quotedNormal, ownNormal, decidedBefore } : null,
  );
  return { applicant, feedback: !applicant && feedback };
}

function isReply(msg: MailMessage): boolean {
  return /^\s*(re|aw|sv|antw|rv|res|r|rif)\s*:/i.test(msg.subject) || 'in-reply-to' in msg.headers;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function readRules(msg: MailMessage): RuleReading {
  const evidence: Evidence[] = [];
  const signals = new Set<string>();
  const scores = emptyScores();
  const strongKinds = new Set<MailKind>();
  // Re/Fwd in German (AW, WG), Dutch (Antw, Doorst), French (TR), Spanish and Portuguese (RV, RES, ENC), Italian (R, I).
  const subjectLine = msg.subject.replace(
    /^\s*((re|fwd?|aw|wg|sv|antw|doorst|tr|rv|res|enc|r|rif|i)\s*:\s*)+/i,
    '',
  );
  const parts = splitReply(plainText(msg));
  const autoReply = isAutoReply(msg);
  if (autoReply && confirmsReceipt(parts.own)) {
    signals.add('header:auto-reply-receipt');
    evidence.push({
      signal: 'header',
      detail: 'an automatic reply that confirms the application',
      weight: 0,
    });
  } else if (autoReply) {
    evidence.push({ signal: 'header', detail: 'other: an automatic reply (out of office)', weight: STRONG });
    const reading = { scores, strongKinds, evidence, certainty: 1, own: '', subject: subjectLine };
    return { ...reading, autoReply: true, signals: ['auto-reply'] };
  }

  let own = parts.own;
  let certainty = 1;
  if (parts.marker) {
    const lines = (parts.quoted || parts.forwarded).split('\n').length;
    evidence.push({
      signal: 'structure',
      detail: `set aside ${lines} lines after ${parts.marker}`,
      weight: 0,
    });
    signals.add(parts.quoted ? 'structure:quoted-history' : 'structure:forward');
  }
  if (parts.forwarded && own.split(/\s+/).filter(Boolean).length < 15) {
    // "FYI" above a forwarded message: the forwarded mail is what the user wants read.
    own = parts.forwarded.replace(/^.*(forwarded message|begin forwarded message:).*$/im, '');
    certainty = 0.8;
    signals.add('structure:read-forwarded');
    evidence.push({
      signal: 'structure',
      detail: 'read the forwarded message (little text above it)',
      weight: 0,
    });
  }

  const count = (kind: MailKind, tier: 'strong' | 'weak', weight: number, signal: string, detail: string) => {
    scores[kind] += weight;
    if (tier === 'strong') strongKinds.add(kind);
    signals.add(signal === 'sender' ? `sender-vote:${kind}` : `${signal}:${kind}:${detail.split(':')[0]}`);
    evidence.push({ signal, detail: `${kind}: ${detail}`, weight: round(weight) });
  };

  const otherMatter = isAboutAnotherMatter(normaliseForRules(own), subjectLine);
  if (otherMatter) signals.add('structure:other-matter');
  const addresses = [msg.from, msg.sender, ...msg.replyTo].filter((a) => a !== null);
  const services = addresses.map((a) => serviceOf(domainOf(a.address))).filter((s) => s !== null);
  const from = msg.from?.address ?? '';
  const reply = isReply(msg);
  const stance = stanceOf(
    msg,
    normaliseForRules(own),
    normaliseForRules(parts.quoted),
    reply,
    services.length > 0,
  );
  if (stance.applicant) signals.add('structure:applicant-writes');
  if (stance.feedback) signals.add('structure:feedback-answer');
  if (listsJobs(own)) signals.add('structure:job-list');
  const setAsideWhy = (kind: MailKind): string | null => {
    if (kind === 'other') return null;
    if (stance.applicant) return "the applicant's own words";
    if (otherMatter && (kind === 'rejection' || kind === 'offer')) return 'about something other than a job';
    if (stance.feedback && EXPLAINED_IN_FEEDBACK.has(kind)) return 'feedback on a decision already given';
    return null;
  };
  for (const found of findPhrases(sentencesOf(own), PHRASE_RULES)) {
    const { rule } = found;
    const why = found.ignored ? null : setAsideWhy(rule.kind);
    const hit = why ? { ...found, ignored: why } : found;
    if (hit.ignored) {
      evidence.push({
        signal: 'ignored',
        detail: `${rule.kind}: ${rule.name}, ${hit.ignored}: "${hit.excerpt}"`,
        weight: 0,
      });
      // A phrase that only lacked its corroborating context ("we've asked another candidate to join"
      // with no word of the application) is unconfirmed, not set aside: it must not veto the model
      // the way a negated, hypothetical, quoted or contradicted phrase does (see combine.ts).
      const set = hit.ignored === CONTEXT_MISSING ? 'unconfirmed' : 'ignored';
      signals.add(`${set}:${rule.kind}:${rule.name}`);
      continue;
    }
    count(
      rule.kind,
      rule.tier,
      rule.tier === 'strong' ? STRONG : WEAK,
      `phrase:${rule.tier}`,
      `${rule.name}: "${hit.excerpt}"`,
    );
  }

  const ownNormal = normaliseForRules(own);
  if (strongKinds.has('assessment') && COMPLETED_STEP.test(ownNormal) && !ASKS_FOR_A_STEP.test(ownNormal)) {
    // Thanks for a finished exercise decide nothing by themselves: the mail is about what comes after
    // it (a rejection, an interview), so the exercise's phrases only count as weak ones.
    strongKinds.delete('assessment');
    signals.add('structure:completed-step');
    evidence.push({
      signal: 'structure',
      detail: 'assessment: looks back on a finished exercise',
      weight: 0,
    });
  }
  if (OTHER_OPENING.test(ownNormal)) signals.add('structure:other-opening');
  if (FEEDBACK_CALL.test(ownNormal)) signals.add('structure:feedback-call');
  if (!NAMES_A_MEETING.test(ownNormal)) signals.add('structure:call-only');

  if (reply) signals.add('header:reply');
  const subject = sentencesOf(subjectLine);
  const subjectFactor = reply ? SUBJECT_ON_REPLY : 1;
  const setAside = (kind: MailKind) => setAsideWhy(kind) !== null;
  for (const hit of findPhrases(subject, SUBJECT_RULES)) {
    if (hit.ignored || setAside(hit.rule.kind)) continue;
    const w = (hit.rule.tier === 'strong' ? 2 : 1) * subjectFactor;
    count(hit.rule.kind, 'weak', w, 'subject', `${hit.rule.name}: "${msg.subject}"`);
  }
  const subjectKinds = new Set(
    evidence.filter((e) => e.signal === 'subject').map((e) => e.detail.split(':')[0]),
  );
  for (const hit of findPhrases(subject, PHRASE_RULES)) {
    // One subject line is one signal per kind: the subject rules already read it.
    if (
      hit.ignored ||
      hit.rule.kind === 'other' ||
      subjectKinds.has(hit.rule.kind) ||
      setAside(hit.rule.kind)
    )
      continue;
    const w = (hit.rule.tier === 'strong' ? STRONG : WEAK) * BODY_RULES_ON_SUBJECT * subjectFactor;
    count(hit.rule.kind, 'weak', w, 'subject', `${hit.rule.name}: "${msg.subject}"`);
  }

  const ats = services.find((s) => s.kind === 'ats');
  const board = services.find((s) => s.kind === 'job-board');
  const platform = services.find((s) => s.kind === 'assessment');
  const scheduler = services.find((s) => s.kind === 'scheduling');
  for (const s of services) signals.add(`sender:${s.kind}`);
  if (from && isNoReply(from)) signals.add('sender:no-reply');
  if (from && HIRING_MAILBOX.test(from)) signals.add('sender:hiring-mailbox');
  if (from && isFreeMail(domainOf(from))) signals.add('sender:personal-free-mail');
  if (services.length === 0 && from && !isNoReply(from) && !HIRING_MAILBOX.test(from))
    signals.add('sender:person');
  if (ats)
    evidence.push({
      signal: 'sender',
      detail: `sent through ${ats.name}, an applicant tracking system`,
      weight: 0,
    });
  if (board) evidence.push({ signal: 'sender', detail: `sent by ${board.name}, a job board`, weight: 0 });
  if (platform)
    count('assessment', 'strong', STRONG, 'sender', `sent by ${platform.name}, an assessment platform`);
  if (scheduler) count('interview', 'weak', 2, 'sender', `sent by ${scheduler.name}, a scheduling tool`);

  const relayed = isRelayedMessage(msg, own);
  if (relayed) signals.add('header:relayed');
  if (isBulk(msg)) signals.add('header:bulk');
  if (relayed)
    evidence.push({ signal: 'header', detail: "a site relaying one person's direct message", weight: 0 });
  if (isBulk(msg) && !ats && !platform && !relayed) {
    // Job boards confirm applications in bulk form; a receipt subject says the same.
    const receipt = board || subjectKinds.has('acknowledgement');
    for (const kind of MAIL_KINDS) {
      if (kind === 'other' || (kind === 'acknowledgement' && receipt)) continue;
      // A job board passing on one employer's decision ("X has decided not to proceed") is in bulk form
      // too, but a strong phrase there is that employer's word.
      if (board && kind === 'rejection' && strongKinds.has(kind)) continue;
      scores[kind] *= BULK_FACTOR;
    }
    count('other', 'weak', 2, 'header', 'bulk mail (List-Unsubscribe / List-Id / Precedence headers)');
  }
  if (ats || board) {
    for (const kind of MAIL_KINDS) {
      if (kind === 'other' || strongKinds.has(kind) || scores[kind] < 2) continue;
      count(kind, 'weak', WEAK, 'sender', 'weak phrases corroborated by an automated hiring sender');
    }
  } else if (msg.from && HIRING_MAILBOX.test(msg.from.address)) {
    // A company's own careers@/no-reply@ mailbox sends receipts; it is not enough to make a
    // rejection out of weak words (a false rejection costs the most), so only a receipt gains.
    if (!strongKinds.has('acknowledgement') && scores.acknowledgement >= 2)
      count('acknowledgement', 'weak', WEAK, 'sender', `weak phrases corroborated by ${msg.from.address}`);
  }

  if (scores['recruiter-outreach'] > 0 && REACTIVE.test(ownNormal)) {
    const cut = scores['recruiter-outreach'] / 2;
    signals.add('structure:reactive');
    scores['recruiter-outreach'] -= cut;
    evidence.push({
      signal: 'structure',
      detail: "recruiter-outreach: discounted, the writer answers the candidate's application",
      weight: -round(cut),
    });
  }

  for (const kind of MAIL_KINDS) {
    // Bucketed totals let the model weigh "how much the rules saw" without trusting one threshold.
    const score = scores[kind];
    if (score >= 3) signals.add(`score:${kind}:3+`);
    else if (score >= 1) signals.add(`score:${kind}:1+`);
    else if (score > 0) signals.add(`score:${kind}:low`);
  }
  for (const kind of strongKinds) signals.add(`strong:${kind}`);
  return {
    autoReply: false,
    scores,
    strongKinds,
    evidence,
    certainty,
    own,
    subject: subjectLine,
    signals: [...signals],
  };
}
