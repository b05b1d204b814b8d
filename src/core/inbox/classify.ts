/**
 * Classifies a job e-mail from layered signals: who sent it, the subject, phrase tiers in what the
 * writer wrote (quoted history and forwarded headers set aside), bulk-mail headers and the reply
 * structure. Every point a kind scores is kept as evidence so a user can see why.
 */
import { type Classification, type Evidence, MAIL_KINDS, type MailKind } from './kinds.js';
import type { MailMessage } from './message.js';
import { findPhrases, normaliseForRules, sentencesOf } from './phrase-match.js';
import { PHRASE_RULES } from './phrases.js';
import { plainText } from './plain-text.js';
import { splitReply } from './reply-text.js';
import { domainOf, serviceOf } from './senders.js';
import { SUBJECT_RULES } from './subject-rules.js';

const STRONG = 3;
const WEAK = 1;
/** A kind needs this much: one strong phrase, or weak ones corroborated by more weak ones or the subject. */
const THRESHOLD = 3;
/** Bulk mail (newsletters, alerts) rarely carries a personal decision: its job phrases count for less. */
const BULK_FACTOR = 0.3;
const BODY_RULES_ON_SUBJECT = 0.5;
const SUBJECT_ON_REPLY = 0.3;

type Scores = Record<MailKind, number>;

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

function isReply(msg: MailMessage): boolean {
  return /^\s*(re|aw|sv|antw)\s*:/i.test(msg.subject) || 'in-reply-to' in msg.headers;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function classify(msg: MailMessage): Classification {
  const evidence: Evidence[] = [];
  if (isAutoReply(msg)) {
    evidence.push({ signal: 'header', detail: 'other: an automatic reply (out of office)', weight: STRONG });
    return { kind: 'other', confidence: 0.95, evidence };
  }
  const scores = emptyScores();
  const strongKinds = new Set<MailKind>();

  const parts = splitReply(plainText(msg));
  let own = parts.own;
  let certainty = 1;
  if (parts.marker) {
    const lines = (parts.quoted || parts.forwarded).split('\n').length;
    evidence.push({
      signal: 'structure',
      detail: `set aside ${lines} lines after ${parts.marker}`,
      weight: 0,
    });
  }
  if (parts.forwarded && own.split(/\s+/).filter(Boolean).length < 15) {
    // "FYI" above a forwarded message: the forwarded mail is what the user wants read.
    own = parts.forwarded.replace(/^.*(forwarded message|begin forwarded message:).*$/im, '');
    certainty = 0.8;
    evidence.push({
      signal: 'structure',
      detail: 'read the forwarded message (little text above it)',
      weight: 0,
    });
  }

  const count = (kind: MailKind, tier: 'strong' | 'weak', weight: number, signal: string, detail: string) => {
    scores[kind] += weight;
    if (tier === 'strong') strongKinds.add(kind);
    evidence.push({ signal, detail: `${kind}: ${detail}`, weight: round(weight) });
  };

  for (const hit of findPhrases(sentencesOf(own), PHRASE_RULES)) {
    const { rule } = hit;
    if (hit.ignored) {
      evidence.push({
        signal: 'ignored',
        detail: `${rule.kind}: ${rule.name}, ${hit.ignored}: "${hit.excerpt}"`,
        weight: 0,
      });
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

  const reply = isReply(msg);
  const subject = sentencesOf(msg.subject.replace(/^\s*((re|fwd?|aw|wg|sv)\s*:\s*)+/i, ''));
  const subjectFactor = reply ? SUBJECT_ON_REPLY : 1;
  for (const hit of findPhrases(subject, SUBJECT_RULES)) {
    if (hit.ignored) continue;
    const w = (hit.rule.tier === 'strong' ? 2 : 1) * subjectFactor;
    count(hit.rule.kind, 'weak', w, 'subject', `${hit.rule.name}: "${msg.subject}"`);
  }
  const subjectKinds = new Set(
    evidence.filter((e) => e.signal === 'subject').map((e) => e.detail.split(':')[0]),
  );
  for (const hit of findPhrases(subject, PHRASE_RULES)) {
    // One subject line is one signal per kind: the subject rules already read it.
    if (hit.ignored || hit.rule.kind === 'other' || subjectKinds.has(hit.rule.kind)) continue;
    const w = (hit.rule.tier === 'strong' ? STRONG : WEAK) * BODY_RULES_ON_SUBJECT * subjectFactor;
    count(hit.rule.kind, 'weak', w, 'subject', `${hit.rule.name}: "${msg.subject}"`);
  }

  const addresses = [msg.from, msg.sender, ...msg.replyTo].filter((a) => a !== null);
  const services = addresses.map((a) => serviceOf(domainOf(a.address))).filter((s) => s !== null);
  const ats = services.find((s) => s.kind === 'ats');
  const board = services.find((s) => s.kind === 'job-board');
  const platform = services.find((s) => s.kind === 'assessment');
  const scheduler = services.find((s) => s.kind === 'scheduling');
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
  if (relayed)
    evidence.push({ signal: 'header', detail: "a site relaying one person's direct message", weight: 0 });
  if (isBulk(msg) && !ats && !platform && !relayed) {
    // Job boards confirm applications in bulk form; a receipt subject says the same.
    const receipt = board || subjectKinds.has('acknowledgement');
    for (const kind of MAIL_KINDS) {
      if (kind === 'other' || (kind === 'acknowledgement' && receipt)) continue;
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

  if (scores['recruiter-outreach'] > 0 && REACTIVE.test(normaliseForRules(own))) {
    const cut = scores['recruiter-outreach'] / 2;
    scores['recruiter-outreach'] -= cut;
    evidence.push({
      signal: 'structure',
      detail: "recruiter-outreach: discounted, the writer answers the candidate's application",
      weight: -round(cut),
    });
  }

  return decide(scores, strongKinds, evidence, certainty);
}

/** Steps of a process that a decision ends: a rejection after a take-home is a rejection. */
const SUPERSEDED_BY_REJECTION: ReadonlySet<MailKind> = new Set(['assessment', 'acknowledgement']);

function decide(
  scores: Scores,
  strongKinds: ReadonlySet<MailKind>,
  evidence: Evidence[],
  certainty: number,
): Classification {
  const ranked = MAIL_KINDS.filter((k) => k !== 'other')
    .filter((k) => scores[k] >= THRESHOLD)
    .sort((a, b) => scores[b] - scores[a] || MAIL_KINDS.indexOf(a) - MAIL_KINDS.indexOf(b));
  let best = ranked[0];
  if (
    best !== undefined &&
    SUPERSEDED_BY_REJECTION.has(best) &&
    strongKinds.has('rejection') &&
    scores.rejection >= THRESHOLD
  ) {
    evidence.push({ signal: 'structure', detail: `rejection: a decision ends the ${best} step`, weight: 0 });
    best = 'rejection';
  }
  const ordered = [...evidence].sort((a, b) => b.weight - a.weight);
  // Weak phrases need corroboration; a strong sign of other mail (a survey, an alert) contradicts them.
  const weakOnly = best !== undefined && !strongKinds.has(best);
  if (best === undefined || scores.other > scores[best] || (weakOnly && scores.other >= STRONG)) {
    const nearMiss = Math.max(...MAIL_KINDS.filter((k) => k !== 'other').map((k) => scores[k]));
    const confidence = Math.min(0.95, 0.6 + 0.1 * scores.other) - (nearMiss >= 2 ? 0.2 : 0);
    return { kind: 'other', confidence: round(Math.max(0.3, confidence) * certainty), evidence: ordered };
  }
  const s = scores[best];
  const runnerUp = Math.max(
    scores.other,
    ...MAIL_KINDS.filter((k) => k !== best && k !== 'other').map((k) => scores[k]),
  );
  const strength = 1 - Math.exp(-s / 2);
  const margin = Math.max(0, (s - runnerUp) / s);
  return { kind: best, confidence: round(strength * (0.6 + 0.4 * margin) * certainty), evidence: ordered };
}
