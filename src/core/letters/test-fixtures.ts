/** Sample inputs shared by the letters tests: a full record and a bare one for every kind. */
import type { LetterInput } from './letter-input.js';
import type { LetterKind } from './letter-kind.js';

export const TODAY = '2026-11-05';

export const FULL_PROFILE = {
  name: 'Alex Moreau',
  signature: 'Alex Moreau\nProduct designer · alexmoreau.design',
  portfolioUrl: 'https://alexmoreau.design',
  strengths: ['research-led design', 'clear writing', 'calm stakeholder work', 'prototyping'],
};

export const EMPTY_PROFILE = { name: null, signature: null, portfolioUrl: null, strengths: [] };

export function fullInput(kind: LetterKind, over: Partial<LetterInput> = {}): LetterInput {
  return {
    kind,
    today: TODAY,
    profile: FULL_PROFILE,
    person: {
      name: 'Dana Whitfield',
      role: kind === 'recruiter-update' ? 'agency-recruiter' : 'interviewer',
      title: 'Head of Design',
    },
    company: { name: 'Acme Robotics' },
    application: { role: 'Senior Product Designer', appliedOn: '2026-09-28' },
    interviewedOn: '2026-11-03',
    rapport: 'accessible design systems',
    feedback: 'Strong portfolio, but less depth in design systems at scale',
    link: {
      url: 'https://example.org/articles/design-tokens',
      title: 'Design tokens in practice',
      kind: 'article',
      note: 'The section on naming reminded me of your team’s migration.',
    },
    followUpOn: '2026-12-07',
    promisedOn: '2026-10-06',
    opening: { role: 'Design Systems Lead', url: 'https://jobs.example.com/acme/42' },
    ...over,
  };
}

export function bareInput(kind: LetterKind, over: Partial<LetterInput> = {}): LetterInput {
  return { kind, today: TODAY, profile: EMPTY_PROFILE, company: { name: 'Acme Robotics' }, ...over };
}
