/**
 * The applications an import matches mail against, loaded once per import and kept current as the
 * import changes them. `matchApplication` scores every candidate it is given; handing it all 10,000
 * applications of a large database for every message made matching 74 % of an mbox import's time
 * (bench, scale 1: 12 messages/s). This index hands it only the applications whose company could
 * score above zero, in the order `listApplications` returns them, so the match is the same as over
 * all of them (a property test holds it to that).
 */
import { companyKey, companySimilarity, companyWords } from '../core/inbox/company-name.js';
import type { Extraction } from '../core/inbox/extract.js';
import type { MatchCandidate } from '../core/inbox/match.js';
import { registrableDomain } from '../core/inbox/senders.js';
import type { Application, Company, Id } from '../core/model.js';
import { listApplications } from '../store/applications.js';
import { listCompanies } from '../store/companies.js';
import type { Db } from '../store/store.js';

/**
 * The keys under which a company can be found. A company scores above zero only when its registrable
 * domain is the mail's, its name key equals the mail's (also with "and" dropped), or one name's words
 * start the other's — which needs the same first word. So a superset of the companies that score is
 * found by looking up these three keys; `matchApplication` then scores that superset exactly.
 */
function nameKeys(name: string): string[] {
  const keys: string[] = [];
  const key = companyKey(name).replace(/and/g, '');
  if (key !== '') keys.push(`k:${key}`);
  const first = companyWords(name)[0];
  if (first !== undefined) keys.push(`w:${first}`);
  return keys;
}

const domainKey = (domain: string) => `d:${registrableDomain(domain)}`;

export class CandidateIndex {
  private readonly applications = new Map<Id, Application>();
  private readonly companies = new Map<Id, Company>();
  /** Company ids by lookup key; a company's applications by its id. */
  private readonly companiesByKey = new Map<string, Set<Id>>();
  private readonly applicationsOf = new Map<Id, Set<Id>>();
  /** Companies found per (domain, name) of a mail; companies do not change during an import. */
  private readonly scored = new Map<string, Id[]>();

  constructor(companies: readonly Company[], applications: readonly Application[]) {
    for (const company of companies) {
      this.companies.set(company.id, company);
      for (const key of [...company.domains.map(domainKey), ...nameKeys(company.name)]) {
        const ids = this.companiesByKey.get(key);
        if (ids) ids.add(company.id);
        else this.companiesByKey.set(key, new Set([company.id]));
      }
    }
    for (const application of applications) this.put(application);
  }

  static async load(db: Db): Promise<CandidateIndex> {
    return new CandidateIndex(await listCompanies(db), await listApplications(db));
  }

  /** Every candidate that could match this extraction, ordered as `listApplications` orders them. */
  candidatesFor(extraction: Extraction): MatchCandidate[] {
    const companyIds = this.companiesFor(extraction.companyDomain?.value, extraction.company?.value);
    const out: MatchCandidate[] = [];
    for (const companyId of companyIds) {
      const company = this.companies.get(companyId);
      if (!company) continue;
      for (const id of this.applicationsOf.get(companyId) ?? []) {
        const application = this.applications.get(id);
        if (application) out.push({ application, company });
      }
    }
    // listApplications: most recently updated first, then the higher id (ISO instants compare as text).
    return out.sort((a, b) => {
      const x = a.application;
      const y = b.application;
      if (x.updatedAt !== y.updatedAt) return x.updatedAt < y.updatedAt ? 1 : -1;
      return y.id - x.id;
    });
  }

  /**
   * The companies that score above zero for this domain and name, as `matchApplication` scores them
   * (its domain test, then `companySimilarity`), found once per company rather than once per
   * application, and remembered: an mbox names the same few companies again and again.
   */
  private companiesFor(domain: string | undefined, name: string | undefined): Id[] {
    const cacheKey = `${domain ?? ''}\n${name ?? ''}`;
    const cached = this.scored.get(cacheKey);
    if (cached) return cached;
    const keys: string[] = [];
    if (domain) keys.push(domainKey(domain));
    if (name) keys.push(...nameKeys(name));
    const ids = new Set<Id>();
    for (const key of keys) for (const id of this.companiesByKey.get(key) ?? []) ids.add(id);
    const site = domain ? registrableDomain(domain) : null;
    const found = [...ids].filter((id) => {
      const company = this.companies.get(id);
      if (!company) return false;
      if (site !== null && company.domains.some((d) => registrableDomain(d) === site)) return true;
      return name !== undefined && companySimilarity(name, company.name) > 0;
    });
    // Bounded: a mailbox naming more distinct companies than this only re-computes some.
    if (this.scored.size >= 20_000) this.scored.clear();
    this.scored.set(cacheKey, found);
    return found;
  }

  /** The application as the index holds it. */
  get(id: Id): Application | null {
    return this.applications.get(id) ?? null;
  }

  /** The application as it now is (the import changed it, or read it again). */
  put(application: Application): void {
    const before = this.applications.get(application.id);
    if (before && before.companyId !== application.companyId) this.remove(application.id);
    this.applications.set(application.id, application);
    const ids = this.applicationsOf.get(application.companyId);
    if (ids) ids.add(application.id);
    else this.applicationsOf.set(application.companyId, new Set([application.id]));
  }

  private remove(id: Id): void {
    const before = this.applications.get(id);
    if (!before) return;
    this.applications.delete(id);
    this.applicationsOf.get(before.companyId)?.delete(id);
  }
}
