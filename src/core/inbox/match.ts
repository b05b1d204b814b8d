/**
 * Linking a job e-mail to an application the user already tracks, and deciding what it does to that
 * application's status. Status never moves backwards silently: an old acknowledgement imported after a
 * rejection changes nothing.
 */
import type { Application, ApplicationStatus, Company, Id } from '../model.js';
import { companySimilarity } from './company-name.js';
import type { Extraction } from './extract.js';
import type { MailKind } from './kinds.js';
import { registrableDomain } from './senders.js';

export interface MatchCandidate {
  application: Application;
  company: Company;
}

export interface ApplicationMatch {
  /** Null when no tracked application fits: the message proposes a new one. */
  applicationId: Id | null;
  confidence: number;
  reason: string;
}

const CLOSED: readonly ApplicationStatus[] = ['rejected', 'withdrawn', 'hired'];

const ROLE_SYNONYMS: Record<string, string> = {
  sr: 'senior',
  jr: 'junior',
  eng: 'engineer',
  engg: 'engineer',
  dev: 'developer',
  mgr: 'manager',
  swe: 'software engineer',
  sde: 'software engineer',
  pm: 'product manager',
  em: 'engineering manager',
  ux: 'ux',
  fe: 'frontend',
  be: 'backend',
  ml: 'machine learning',
  ai: 'ai',
  qa: 'qa',
  'front-end': 'frontend',
  'back-end': 'backend',
  'full-stack': 'fullstack',
};
const ROLE_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'in',
  'at',
  'role',
  'position',
  'm',
  'f',
  'd',
  'x',
  'w',
]);

/**
 * Tokens by role title, remembered: an import compares each message's role with the role of every
 * candidate application, the same few thousand titles again and again (bench, scale 1: tokenising
 * them was 3 % of an import's main thread). Bounded; the sets are only read.
 */
const tokensOf = new Map<string, ReadonlySet<string>>();

function roleTokens(role: string): ReadonlySet<string> {
  const known = tokensOf.get(role);
  if (known) return known;
  if (tokensOf.size >= 20_000) tokensOf.clear();
  const tokens = tokenise(role);
  tokensOf.set(role, tokens);
  return tokens;
}

function tokenise(role: string): Set<string> {
  const words = role
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .split(/[^a-z0-9+#-]+/)
    .flatMap((w) => (ROLE_SYNONYMS[w] ?? w).split(' '))
    .filter((w) => w.length > 0 && !ROLE_STOP.has(w));
  return new Set(words);
}

/** Token overlap of two role titles, 0..1 (Dice coefficient over normalised words). */
export function roleSimilarity(a: string, b: string): number {
  const ta = roleTokens(a);
  const tb = roleTokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

function companyScore(extraction: Extraction, company: Company): { score: number; how: string } {
  const domain = extraction.companyDomain?.value;
  if (domain && company.domains.some((d) => registrableDomain(d) === registrableDomain(domain))) {
    return { score: extraction.companyDomain!.confidence, how: `mail domain ${domain}` };
  }
  const name = extraction.company?.value;
  if (!name) return { score: 0, how: '' };
  const sim = companySimilarity(name, company.name);
  return sim > 0
    ? { score: sim * extraction.company!.confidence, how: `company name "${name}"` }
    : { score: 0, how: '' };
}

export function matchApplication(
  extraction: Extraction,
  candidates: readonly MatchCandidate[],
): ApplicationMatch {
  const scored = candidates
    .map((c) => ({ ...c, ...companyScore(extraction, c.company) }))
    .filter((c) => c.score > 0);
  if (scored.length === 0) {
    const what = extraction.company ? `"${extraction.company.value}"` : 'an unknown company';
    return { applicationId: null, confidence: 0, reason: `no tracked application at ${what}` };
  }
  const role = extraction.role?.value ?? null;
  const ranked = scored
    .map((c) => {
      const sim = role ? roleSimilarity(role, c.application.role) : null;
      const open = !CLOSED.includes(c.application.status);
      return {
        ...c,
        sim,
        open,
        total: c.score * (sim === null ? 0.75 : 0.5 + 0.5 * sim) + (open ? 0.05 : 0),
      };
    })
    .sort((a, b) => b.total - a.total);
  const best = ranked[0]!;
  const atCompany = ranked.filter((c) => c.company.id === best.company.id);
  const openAtCompany = atCompany.filter((c) => c.open);
  const companyName = best.company.name;

  if (best.sim !== null && best.sim < 0.34) {
    // Same company, clearly another role: most likely a new application (or a new opening).
    return {
      applicationId: null,
      confidence: round(best.score * 0.6),
      reason: `${companyName} matched by ${best.how}, but role "${role}" differs from every tracked role there`,
    };
  }
  if (atCompany.length === 1 || (openAtCompany.length === 1 && best.open && best.sim === null)) {
    const confidence = best.score * (best.sim === null ? 0.9 : 0.8 + 0.2 * best.sim);
    return {
      applicationId: best.application.id,
      confidence: round(confidence),
      reason: `the only ${atCompany.length === 1 ? '' : 'open '}application at ${companyName} (${best.how})${best.sim === null ? '' : `, role similarity ${round(best.sim)}`}`,
    };
  }
  const second = atCompany[1];
  if (best.sim === null) {
    return {
      applicationId: best.application.id,
      confidence: round(best.score * 0.5),
      reason: `${atCompany.length} applications at ${companyName} and the e-mail names no role; picked the most recent match`,
    };
  }
  const gap = second ? best.sim - (second.sim ?? 0) : 1;
  return {
    applicationId: best.application.id,
    confidence: round(best.score * Math.min(1, 0.5 + best.sim * 0.3 + gap * 0.4)),
    reason: `role "${role}" is closest to "${best.application.role}" among ${atCompany.length} applications at ${companyName}`,
  };
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** How far along a live application is; closed statuses have no rank. */
const PROGRESS: Partial<Record<ApplicationStatus, number>> = {
  saved: 0,
  applied: 1,
  screening: 2,
  interviewing: 3,
  offer: 4,
};

const TARGET: Partial<Record<MailKind, ApplicationStatus>> = {
  acknowledgement: 'applied',
  assessment: 'screening',
  interview: 'interviewing',
  offer: 'offer',
  rejection: 'rejected',
};

/**
 * The status an e-mail of this kind moves an application to, or null when it changes nothing. A closed
 * application (rejected, withdrawn, hired) is never reopened by mail: that needs the user. Ghosted is
 * not closed — any reply revives it.
 */
export function nextStatus(current: ApplicationStatus, kind: MailKind): ApplicationStatus | null {
  const target = TARGET[kind];
  if (!target || CLOSED.includes(current)) return null;
  if (target === 'rejected') return 'rejected';
  if (current === 'ghosted') return target;
  const from = PROGRESS[current] ?? 0;
  const to = PROGRESS[target] ?? 0;
  return to > from ? target : null;
}
