import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../core/inbox/extract.js';
import { matchApplication } from '../core/inbox/match.js';
import type { Application, ApplicationStatus, Company } from '../core/model.js';
import { CandidateIndex } from './inbox-candidates.js';

// Few words, so that names collide, share first words, differ only by "&"/"and" or a legal form.
const word = fc.constantFrom(
  'Acme',
  'acme',
  'Pebble',
  'Pine',
  'Nimbus',
  'Cloud',
  'Data',
  'Ström',
  'Co',
  'The',
);
const name = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(' ', ' & ', ' and '),
    fc.constantFrom('', ' Inc.', ' GmbH', ' & Sons'),
  )
  .map(([words, between, suffix]) => words.join(between) + suffix);
const domain = fc.constantFrom('acme.com', 'jobs.acme.com', 'pebbleandpine.co.uk', 'nimbus.io', 'data.de');
const status = fc.constantFrom<ApplicationStatus>('applied', 'interviewing', 'rejected', 'ghosted', 'hired');
const role = fc.constantFrom('Data Analyst', 'Senior Backend Engineer', 'Sr. Backend Eng', 'QA Engineer');
const instant = fc.constantFrom(
  '2026-10-01T09:00:00.000Z',
  '2026-10-02T09:00:00.000Z',
  '2026-11-01T12:00:00.000Z',
);
const extracted = <T>(value: fc.Arbitrary<T>) =>
  fc.option(
    fc.record({
      value,
      confidence: fc.double({ min: 0.1, max: 1, noNaN: true }),
      source: fc.constant('test'),
    }),
  );

const world = fc
  .array(fc.tuple(name, fc.array(domain, { maxLength: 2 })), { minLength: 1, maxLength: 12 })
  .chain((cs) => {
    const companies: Company[] = cs.map(([n, domains], i) => ({
      id: i + 1,
      name: n,
      domains,
      careersUrl: null,
      notes: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    const application = fc.record({
      companyId: fc.integer({ min: 1, max: companies.length }),
      role,
      status,
      updatedAt: instant,
    });
    return fc.tuple(fc.constant(companies), fc.array(application, { maxLength: 30 }));
  })
  .map(([companies, apps]) => {
    const applications: Application[] = apps.map((a, i) => ({
      ...a,
      id: 100 + i,
      jobUrl: null,
      source: 'board',
      appliedOn: null,
      notes: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    return { companies, applications };
  });

const extraction: fc.Arbitrary<Extraction> = fc.record({
  company: extracted(name),
  companyDomain: extracted(domain),
  agency: fc.constant(null),
  role: extracted(role),
  person: fc.constant(null),
  date: fc.constant(null),
});

/** All candidates as listApplications orders them: most recently updated first, then the higher id. */
function everyCandidate(companies: Company[], applications: Application[]) {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return [...applications]
    .sort((a, b) => (a.updatedAt === b.updatedAt ? b.id - a.id : a.updatedAt < b.updatedAt ? 1 : -1))
    .map((application) => ({ application, company: byId.get(application.companyId) as Company }));
}

describe('the candidate index', () => {
  it('matches exactly as matching against every application does', () => {
    fc.assert(
      fc.property(
        world,
        fc.array(extraction, { minLength: 1, maxLength: 5 }),
        ({ companies, applications }, es) => {
          const index = new CandidateIndex(companies, applications);
          for (const e of es) {
            expect(matchApplication(e, index.candidatesFor(e))).toEqual(
              matchApplication(e, everyCandidate(companies, applications)),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a company by its mail domain, its name with another legal form, or the start of its name', () => {
    const companies: Company[] = [
      {
        id: 1,
        name: 'Pebble & Pine Ltd',
        domains: ['pebbleandpine.co.uk'],
        careersUrl: null,
        notes: null,
        createdAt: '',
      },
      { id: 2, name: 'Acme Robotics', domains: [], careersUrl: null, notes: null, createdAt: '' },
      { id: 3, name: 'Nimbus', domains: [], careersUrl: null, notes: null, createdAt: '' },
    ];
    const app = (id: number, companyId: number): Application => ({
      id,
      companyId,
      role: 'Data Analyst',
      jobUrl: null,
      source: 'board',
      status: 'applied',
      appliedOn: null,
      notes: null,
      createdAt: '',
      updatedAt: '2026-10-01T00:00:00.000Z',
    });
    const index = new CandidateIndex(companies, [app(10, 1), app(11, 2), app(12, 3)]);
    const ids = (e: Partial<Extraction>) =>
      index
        .candidatesFor({
          company: null,
          companyDomain: null,
          agency: null,
          role: null,
          person: null,
          date: null,
          ...e,
        })
        .map((c) => c.application.id);
    const x = (value: string) => ({ value, confidence: 0.9, source: 'test' });
    expect(ids({ companyDomain: x('careers.pebbleandpine.co.uk') })).toEqual([10]);
    expect(ids({ company: x('Pebble and Pine') })).toEqual([10]);
    expect(ids({ company: x('ACME') })).toEqual([11]);
    expect(ids({ company: x('Globex') })).toEqual([]);
  });
});
