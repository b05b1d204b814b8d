/**
 * Pulls out of a job e-mail who it is about: the company, the role, the person who wrote, and when.
 * Each fact carries a confidence and the source it came from; several sources agreeing raise it.
 */
import type { Instant } from '../model.js';
import { companyKey, labelMatchesName, nameFromSlug } from './company-name.js';
import type { MailAddress, MailMessage } from './message.js';
import { plainText } from './plain-text.js';
import { splitReply, splitSignature } from './reply-text.js';
import { findTitles } from './role-title.js';
import { domainLabel, domainOf, isFreeMail, isNoReply, registrableDomain, serviceOf } from './senders.js';
import { looksLikePersonName, readSignature } from './signature.js';

export interface Extracted<T> {
  value: T;
  confidence: number;
  /** Where it was read ("display name", "subject", "signature", ...). */
  source: string;
}

export interface WriterFacts {
  name: Extracted<string> | null;
  email: Extracted<string> | null;
  title: Extracted<string> | null;
}

export interface Extraction {
  company: Extracted<string> | null;
  /** The employer's own mail domain, when the mail came from it (never an ATS or free-mail domain). */
  companyDomain: Extracted<string> | null;
  /** A recruiting agency writing on a client's behalf, when the sender is one. */
  agency: Extracted<string> | null;
  role: Extracted<string> | null;
  person: WriterFacts | null;
  date: Extracted<Instant> | null;
}

const TEAM_WORDS =
  /\s*(?:\b(?:talent acquisition|talent team|talent community|talent|recruiting team|recruiting|recruitment team|recruitment|graduate recruitment|careers?|karriere|hiring team|hiring|human resources|hr team|hr department|hr|people team|people operations|people|jobs|team|notifications?)\b\s*)+$/i;
const AGENCY_LABEL = /recruit|search|talent|staff|hire|consult|partners|headhunt|exec|people|careers/;
// A capitalised name: "Acme", "Kessler & Brandt", "Pebble & Pine", "Tata Nexgen".
const CAP = "[A-Z][\\p{L}0-9'.-]*(?:(?: & | and | of | )[A-Z][\\p{L}0-9'.-]*){0,3}";
const BODY_COMPANY = new RegExp(
  `\\b(?:interest in|applying to|applied to|application to|applying at|role at|position at|opening at|joining|join|career with|interview with|interviewing with|team at|offer from|on behalf of|welcome to|sent to|viewed by|invited by|feedback from|update from|thanks from|hiring team at|selection process at|client,|client)\\s+(${CAP})`,
  'gu',
);
const INVITED = new RegExp(
  `(?:^|\\n|\\. )(${CAP}) (?:has invited you|invites you|would like to meet you|have come back)`,
  'gu',
);
const NOT_COMPANY =
  /^(Dear|Hi|Hello|Thanks?|Thank|We|You|Your|Our|The|This|It|I|If|Please|Unfortunately|LinkedIn|Indeed|Glassdoor|HackerRank|Codility|CodeSignal|Greenhouse|Lever|Workday|Ashby|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Microsoft Teams|Zoom|Google Meet|Mr|Ms|Mrs|Dr)\b/;
const ATS_LINKS: RegExp[] = [
  /boards\.greenhouse\.io\/([a-z0-9-]+)/gi,
  /jobs\.lever\.co\/([a-z0-9-]+)/gi,
  /hire\.lever\.co\/(?:offers|survey)\/([a-z0-9-]+)/gi,
  /jobs\.ashbyhq\.com\/([a-z0-9-]+)/gi,
  /apply\.workable\.com\/([a-z0-9-]+)/gi,
  /jobs\.smartrecruiters\.com\/([a-z0-9-]+)/gi,
  /\/\/([a-z0-9-]+)\.(?:wd\d+\.myworkdayjobs|teamtailor|bamboohr|recruitee|breezy|applytojob|tal)\.(?:com|net|hr)/gi,
  /\/\/careers-([a-z0-9-]+)\.icims\.com/gi,
];

type Candidate = Extracted<string>;

// Shown names drop the legal form: people write "Acme", not "Acme Inc.".
const LEGAL_FORM =
  /,?\s+(GmbH|Inc\.?|LLC|Ltd\.?|Limited|plc|LLP|Pvt\.? Ltd\.?|Private Limited|s\.r\.o\.?|Sp\. z o\.o\.?|AG|SA|BV|Corp\.?)$/i;

function companyFromDisplayName(addr: MailAddress, viaService: boolean): string | null {
  // "Jane Roe via LinkedIn": a person writing through a platform, not a company.
  if (/\svia\s+\S+$/i.test(addr.name ?? '')) return null;
  const raw = (addr.name ?? '').trim();
  if (!raw) return null;
  const at = /^(?:[\p{L}.'-]+(?: [\p{L}.'-]+)?) (?:at|from|@) (.+)$/iu.exec(raw);
  if (at) return at[1]!.trim();
  const hiringAt = /^(?:hiring|careers|jobs|recruiting) (?:at|@) (.+)$/i.exec(raw);
  if (hiringAt) return hiringAt[1]!.trim();
  const parts = raw.split(/\s+[|\-–]\s+/);
  if (parts.length > 1) {
    const org = parts.find(
      (p) => !looksLikePersonName(p) && p.split(/\s+/).length > 0 && !/^[A-Z][a-z]+$/.test(p),
    );
    if (org) return org.replace(TEAM_WORDS, '').trim() || null;
  }
  const stripped = raw
    .replace(TEAM_WORDS, '')
    .replace(/^(?:hr|careers|talent acquisition)\s+/i, '')
    .trim();
  if (!stripped) return null;
  const local = addr.address.slice(0, addr.address.indexOf('@')).toLowerCase();
  const personLike =
    looksLikePersonName(stripped) &&
    stripped
      .toLowerCase()
      .split(/\s+/)
      .some((w) => w.length >= 3 && local.includes(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  if (personLike && !viaService) return null;
  if (looksLikePersonName(stripped) && stripped === raw && !viaService) {
    const label = domainLabel(domainOf(addr.address));
    if (!labelMatchesName(label, stripped)) return null;
  }
  return stripped;
}

function capitalisedRuns(text: string): string[] {
  return [...text.matchAll(new RegExp(CAP, 'gu'))].map((m) => m[0].replace(/[.'-]+$/, ''));
}

function nameForDomain(label: string, texts: string[]): string | null {
  let best: string | null = null;
  for (const text of texts) {
    for (const run of capitalisedRuns(text)) {
      const words = run.split(' ');
      // Try the run and its leading sub-phrases: "Thistledown Insurance plc" → "Thistledown Insurance".
      for (let n = words.length; n >= 1; n--) {
        const phrase = words.slice(0, n).join(' ');
        const match = labelMatchesName(label, phrase);
        if (match === 'exact') return phrase;
        if (match === 'prefix' && (!best || phrase.length > best.length)) best = phrase;
      }
    }
  }
  return best;
}

function pushCandidate(
  list: Candidate[],
  value: string | null | undefined,
  confidence: number,
  source: string,
) {
  const v = value
    // A run of capitals can cross a full stop ("at Acme. We have received…"): end the name there.
    ?.replace(
      /\.\s+(We|Our|Thank|Thanks|Unfortunately|Please|I|You|Your|It|This|They|Best|Kind|Regards)\b.*$/u,
      '',
    )
    .replace(/^the\s+/i, '')
    .replace(/[\s,.:;!-]+$/, '')
    .replace(LEGAL_FORM, '')
    .trim();
  if (!v || v.length < 2 || v.length > 60 || NOT_COMPANY.test(v) || companyKey(v).length < 2) return;
  list.push({ value: v, confidence, source });
}

function subjectCompanies(subject: string, list: Candidate[]): void {
  const s = subject.replace(/^\s*((re|fwd?|aw)\s*:\s*)+/i, '').trim();
  const patterns: Array<[RegExp, number]> = [
    [new RegExp(`\\b(?:to|at|from|with|by)\\s+(${CAP})(?:\\s*[!.:]|\\s+is ready|$)`, 'u'), 0.7],
    [new RegExp(`^(${CAP})\\s*(?:[|:]|\\s-\\s)`, 'u'), 0.65],
    [new RegExp(`(?:[|]|\\s-\\s)\\s*(${CAP})$`, 'u'), 0.45],
    [new RegExp(`^(${CAP}) (?:invites you|offer details)`, 'u'), 0.65],
  ];
  for (const [re, conf] of patterns) {
    const m = re.exec(s);
    if (m?.[1] && findTitles(m[1]).length === 0) pushCandidate(list, m[1], conf, 'subject');
  }
}

function bestCompany(candidates: Candidate[]): Candidate | null {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = companyKey(c.value);
    // Group "Acme" with "Acme Robotics": the longer, better-sourced name wins the group.
    const existing = [...groups.keys()].find(
      (k) => k === key || (k.length >= 4 && key.startsWith(k)) || (key.length >= 4 && k.startsWith(key)),
    );
    const g = groups.get(existing ?? key) ?? [];
    g.push(c);
    groups.set(existing ?? key, g);
  }
  let best: Candidate | null = null;
  for (const group of groups.values()) {
    const top = [...group].sort((a, b) => b.confidence - a.confidence || b.value.length - a.value.length)[0]!;
    const sources = new Set(group.map((c) => c.source)).size;
    const confidence = Math.min(0.98, top.confidence + 0.08 * (sources - 1));
    // The fullest spelling names the group ("Castlebridge Capital" over a subject's "Castlebridge").
    const fullest = group.reduce((a, b) => (b.value.length > a.value.length ? b : a)).value;
    if (!best || confidence > best.confidence)
      best = { ...top, value: fullest, confidence: Math.round(confidence * 100) / 100 };
  }
  return best;
}

function writerAddress(msg: MailMessage): { addr: MailAddress; viaReplyTo: boolean } | null {
  const from = msg.from;
  const automated = !from || isNoReply(from.address) || serviceOf(domainOf(from.address)) !== null;
  if (!automated) return { addr: from, viaReplyTo: false };
  const person = msg.replyTo.find((a) => a.name && looksLikePersonName(a.name) && !isNoReply(a.address));
  return person ? { addr: person, viaReplyTo: true } : null;
}

export function extract(msg: MailMessage): Extraction {
  const { own } = splitReply(plainText(msg));
  const { body, signature } = splitSignature(own);
  const sig = readSignature(signature);
  const candidates: Candidate[] = [];
  const from = msg.from;
  const fromDomain = from ? domainOf(from.address) : '';
  const service = fromDomain ? serviceOf(fromDomain) : null;

  // Someone writing from Gmail is a person, not a company, unless the name says "Careers" or the like.
  const freeMail = from !== null && isFreeMail(fromDomain) && !TEAM_WORDS.test(from.name ?? '');
  if (from && !freeMail)
    pushCandidate(
      candidates,
      companyFromDisplayName(from, service !== null),
      service ? 0.85 : 0.75,
      'display name',
    );
  if (service?.kind === 'ats') {
    const sub = fromDomain.split('.')[0] ?? '';
    if (
      !/^(us|eu|mail|app|hire|talent|candidates|notifications?|www|em\d*)$/.test(sub) &&
      fromDomain.split('.').length > 2
    )
      pushCandidate(candidates, nameFromSlug(sub), 0.5, 'ATS subdomain');
    const local = from!.address.slice(0, from!.address.indexOf('@'));
    if (!isNoReply(from!.address) && /^[a-z0-9-]+$/i.test(local))
      pushCandidate(candidates, nameFromSlug(local), 0.45, 'ATS sender');
  }
  const text = `${body}\n${msg.html ?? ''}`;
  for (const re of ATS_LINKS)
    for (const m of text.matchAll(re)) pushCandidate(candidates, nameFromSlug(m[1]!), 0.45, 'ATS link');
  for (const m of own.matchAll(BODY_COMPANY)) pushCandidate(candidates, m[1], 0.55, 'body');
  for (const m of own.matchAll(INVITED)) pushCandidate(candidates, m[1], 0.6, 'body');
  subjectCompanies(msg.subject, candidates);
  if (sig.company) pushCandidate(candidates, sig.company.replace(TEAM_WORDS, ''), 0.7, 'signature');

  // The employer's own domain: the sender's, or Reply-To's behind an ATS, unless it is an agency's.
  let companyDomain: Extracted<string> | null = null;
  let agency: Extracted<string> | null = null;
  const domains = [from, ...msg.replyTo].filter((a) => a !== null).map((a) => domainOf(a.address));
  const own_ = domains.find((d) => !serviceOf(d) && !isFreeMail(d));
  if (own_) {
    const label = domainLabel(own_);
    const named = nameForDomain(label, [from?.name ?? '', signature, body, msg.subject]);
    // A recruiting agency's domain, with some other company named in the mail: that one is the employer.
    const isAgency =
      AGENCY_LABEL.test(label) && candidates.some((c) => labelMatchesName(label, c.value) === null);
    if (isAgency) {
      agency = { value: named ?? nameFromSlug(label), confidence: 0.6, source: 'sender domain' };
      const agencyKey = companyKey(agency.value);
      for (let i = candidates.length - 1; i >= 0; i--) {
        const k = companyKey(candidates[i]!.value);
        if (k === agencyKey || agencyKey.startsWith(k) || k.startsWith(agencyKey)) candidates.splice(i, 1);
      }
    } else {
      companyDomain = {
        value: registrableDomain(own_),
        confidence: own_ === domains[0] ? 0.9 : 0.8,
        source: 'sender domain',
      };
      pushCandidate(candidates, named ?? nameFromSlug(label), named ? 0.8 : 0.4, 'sender domain');
    }
  }

  // The subject names the role more reliably than a bare title in the body (often an interviewer's).
  const subjectTitles = findTitles(msg.subject.replace(/^\s*((re|fwd?)\s*:\s*)+/i, ''), 0.7).map((t) => ({
    ...t,
    source: 'subject',
  }));
  const bodyTitles = findTitles(body).map((t) => ({ ...t, source: 'body' }));
  const titles = [...subjectTitles, ...bodyTitles].sort((a, b) => b.confidence - a.confidence);
  const top = titles[0];
  const agreeing = top ? titles.filter((t) => t.title.toLowerCase() === top.title.toLowerCase()).length : 0;
  const role = top
    ? {
        value: top.title,
        confidence: Math.min(0.95, top.confidence + 0.1 * (agreeing - 1)),
        source: top.source,
      }
    : null;

  const writer = writerAddress(msg);
  let person: WriterFacts | null = null;
  if (writer) {
    const display = writer.addr.name?.replace(/\s+via\s+\S+$/i, '').trim() ?? '';
    const name =
      looksLikePersonName(display) && companyFromDisplayName(writer.addr, false) === null
        ? display
        : (sig.name ?? null);
    person = {
      name: name
        ? {
            value: name,
            confidence: name === display ? 0.9 : 0.7,
            source: name === display ? 'display name' : 'signature',
          }
        : null,
      email: {
        value: writer.addr.address.toLowerCase(),
        confidence: writer.viaReplyTo ? 0.85 : 0.95,
        source: writer.viaReplyTo ? 'reply-to' : 'from',
      },
      // An agency's name on its own line reads like a title ("People First Recruitment"); it is not one.
      title:
        sig.title && (!agency || companyKey(sig.title) !== companyKey(agency.value))
          ? { value: sig.title, confidence: 0.7, source: 'signature' }
          : null,
    };
  }

  return {
    company: bestCompany(candidates),
    companyDomain,
    agency,
    role,
    person,
    date: msg.date ? { value: msg.date, confidence: 1, source: 'date header' } : null,
  };
}
