import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus, type Company } from '../model.js';
import { companySimilarity } from './company-name.js';
import type { Extraction } from './extract.js';
import { MAIL_KINDS } from './kinds.js';
import { matchApplication, nextStatus, roleSimilarity } from './match.js';

function company(id: number, name: string, domains: string[] = []): Company {
  return { id, name, domains, careersUrl: null, notes: null, createdAt: '2025-01-01T00:00:00.000Z' };
}
function application(
  id: number,
  companyId: number,
  role: string,
  status: ApplicationStatus = 'applied',
): Application {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    id,
    companyId,
    role,
    jobUrl: null,
    source: 'board',
    status,
    appliedOn: null,
    notes: null,
    createdAt: at,
    updatedAt: at,
  };
}
function extraction(
  companyName: string | null,
  role: string | null,
  domain: string | null = null,
): Extraction {
  const fact = (value: string) => ({ value, confidence: 0.9, source: 'test' });
  return {
    company: companyName ? fact(companyName) : null,
    companyDomain: domain ? fact(domain) : null,
    agency: null,
    role: role ? fact(role) : null,
    person: null,
    date: null,
  };
}

const acme = company(1, 'Acme Inc.', ['acme.com']);
const globex = company(2, 'Globex');

describe('company names', () => {
  it('treats "Acme Inc." and "ACME" as one company', () => {
    expect(companySimilarity('Acme Inc.', 'ACME')).toBe(1);
    expect(companySimilarity('Kessler & Brandt GmbH', 'Kessler and Brandt')).toBe(1);
    expect(companySimilarity('Acme', 'Acme Robotics')).toBe(0.8);
    expect(companySimilarity('Acme', 'Globex')).toBe(0);
  });
});

describe('matchApplication', () => {
  it('links a company with one open application easily', () => {
    const m = matchApplication(extraction('ACME', null), [
      { application: application(10, 1, 'Backend Engineer'), company: acme },
      { application: application(11, 2, 'Designer'), company: globex },
    ]);
    expect(m.applicationId).toBe(10);
    expect(m.confidence).toBeGreaterThan(0.7);
  });

  it('matches by mail domain when the name is missing', () => {
    const m = matchApplication(extraction(null, null, 'acme.com'), [
      { application: application(10, 1, 'Backend Engineer'), company: acme },
    ]);
    expect(m.applicationId).toBe(10);
  });

  it('picks the most similar role among several applications at one company', () => {
    const m = matchApplication(extraction('Acme', 'Sr. Backend Engineer'), [
      { application: application(10, 1, 'Product Designer'), company: acme },
      { application: application(11, 1, 'Senior Backend Engineer'), company: acme },
    ]);
    expect(m.applicationId).toBe(11);
    expect(m.reason).toContain('closest');
  });

  it('proposes a new application when nothing matches, or the role is clearly another', () => {
    expect(
      matchApplication(extraction('Initech', 'Engineer'), [
        { application: application(10, 1, 'Engineer'), company: acme },
      ]).applicationId,
    ).toBeNull();
    const other = matchApplication(extraction('Acme', 'Head of Finance'), [
      { application: application(10, 1, 'Backend Engineer'), company: acme },
    ]);
    expect(other.applicationId).toBeNull();
    expect(other.reason).toContain('differs');
  });

  it('role similarity is symmetric and 1 for the same title', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(roleSimilarity(a, b)).toBeCloseTo(roleSimilarity(b, a));
      }),
    );
    expect(roleSimilarity('Senior Software Engineer', 'Sr Software Eng')).toBe(1);
  });
});

describe('nextStatus', () => {
  it('never reopens a closed application', () => {
    expect(nextStatus('rejected', 'acknowledgement')).toBeNull();
    expect(nextStatus('rejected', 'interview')).toBeNull();
    expect(nextStatus('withdrawn', 'offer')).toBeNull();
    expect(nextStatus('hired', 'rejection')).toBeNull();
  });

  it('moves a rejection after an interview to rejected', () => {
    expect(nextStatus('interviewing', 'rejection')).toBe('rejected');
    expect(nextStatus('offer', 'rejection')).toBe('rejected');
  });

  it('moves forward, never backwards', () => {
    expect(nextStatus('applied', 'interview')).toBe('interviewing');
    expect(nextStatus('interviewing', 'acknowledgement')).toBeNull();
    expect(nextStatus('interviewing', 'assessment')).toBeNull();
    expect(nextStatus('saved', 'acknowledgement')).toBe('applied');
    expect(nextStatus('ghosted', 'interview')).toBe('interviewing');
  });

  it('other mail and outreach never change a status', () => {
    for (const s of APPLICATION_STATUSES) {
      expect(nextStatus(s, 'other')).toBeNull();
      expect(nextStatus(s, 'recruiter-outreach')).toBeNull();
    }
  });

  it('property: a status change is either rejected or strictly forward', () => {
    const order = ['saved', 'applied', 'screening', 'interviewing', 'offer'];
    fc.assert(
      fc.property(fc.constantFrom(...APPLICATION_STATUSES), fc.constantFrom(...MAIL_KINDS), (s, k) => {
        const next = nextStatus(s, k);
        if (next === null || next === 'rejected' || s === 'ghosted') return;
        expect(order.indexOf(next)).toBeGreaterThan(order.indexOf(s));
      }),
    );
  });
});
