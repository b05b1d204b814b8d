import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftLetter } from './draft-letter.js';
import { LetterInputError } from './errors.js';
import type { LetterInput } from './letter-input.js';
import { LETTER_KINDS } from './letter-kind.js';
import { defaultTemplates } from './templates.js';
import { bareInput, fullInput, TODAY } from './test-fixtures.js';

/** What a letter must never show, whatever the records hold. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object|\{\{|\}\}/);
  expect(text).not.toMatch(/ {2}| [,.;:!?]|\n{3}|^\s|\s$/);
  expect(text).not.toMatch(/\b(the|a|for|on|at|about|in|with|to) [,.;:!?]/i);
}

const word = fc.constantFrom('Dana', 'Sam', 'Ortiz', 'systems', 'sailing', 'open data', 'Rust', 'chess');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const inputArb: fc.Arbitrary<LetterInput> = fc.record({
  kind: fc.constantFrom(...LETTER_KINDS),
  variant: fc.integer({ min: 1, max: 5 }),
  today: fc.constant(TODAY),
  profile: fc.record({
    name: maybe(word),
    signature: maybe(word),
    portfolioUrl: maybe(fc.constant('https://me.example')),
    strengths: fc.array(word, { maxLength: 5 }),
  }),
  person: maybe(
    fc.record({
      name: word,
      role: fc.constantFrom(
        'interviewer',
        'hiring-manager',
        'recruiter',
        'agency-recruiter',
        'referrer',
        'other',
      ),
      title: maybe(word),
    }),
  ),
  company: fc.record({ name: word }),
  application: maybe(fc.record({ role: word, appliedOn: maybe(fc.constant('2026-09-28')) })),
  interviewedOn: maybe(fc.constantFrom('2026-11-05', '2026-11-04', '2026-11-02', '2026-10-01', '2025-12-01')),
  rapport: maybe(word),
  feedback: maybe(word),
  link: maybe(
    fc.record({
      url: fc.constant('https://news.example/x'),
      title: fc.oneof(fc.constant(''), word),
      kind: fc.constantFrom('portfolio', 'article', 'company-news', 'other'),
      note: maybe(word),
    }),
  ),
  followUpOn: maybe(fc.constant('2026-12-07')),
  promisedOn: maybe(fc.constant('2026-10-06')),
  opening: maybe(fc.record({ role: word, url: maybe(fc.constant('https://jobs.example/1')) })),
}) as fc.Arbitrary<LetterInput>;

describe('draftLetter', () => {
  it('never prints a blank, a placeholder or "undefined", whatever is missing', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const count = defaultTemplates().variants(raw.kind).length;
        const input = { ...raw, variant: (((raw.variant ?? 1) - 1) % count) + 1 };
        const draft = draftLetter(input);
        expectClean(draft.text);
        expectClean(draft.subject);
        expect(draft.subject).not.toContain('\n');
        expect(draft.text.split('\n')[0]).toMatch(/^(Hi|Hello|Dear) .*,$|^Hello,$/);
        expect(draft.text.split(/\n\n/).length).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 400 },
    );
  });

  it('uses the person, the rapport, the role and the day when it has them', () => {
    for (const kind of ['thank-you', 'interview-thank-you'] as const) {
      for (let variant = 1; variant <= 5; variant++) {
        const draft = draftLetter(fullInput(kind, { variant }));
        expect(draft.text).toContain('Dana');
        expect(draft.text).toContain('accessible design systems');
        expect(draft.text).toContain('Alex Moreau');
        expect(draft.missing).toEqual([]);
      }
    }
  });

  it('writes a complete letter without a rapport note, and says what would make it better', () => {
    const draft = draftLetter(fullInput('thank-you', { variant: 1, rapport: null }));
    expect(draft.text).toMatch(/^Hi Dana,\n\n.+\n\n.+\n\nAll the best,\nAlex Moreau/s);
    expect(draft.missing).toEqual([
      'Add what you and Dana talked about (a rapport note) to make this more personal.',
    ]);
    expectClean(draft.text);
  });

  it('takes the rapport note from the person when the input has none', () => {
    const input = fullInput('thank-you', { variant: 1, rapport: undefined });
    const draft = draftLetter({ ...input, person: { ...input.person!, rapport: 'jazz piano.' } });
    expect(draft.text).toContain('Our talk about jazz piano was');
  });

  it('greets a team when there is no person, and lists what is missing once each', () => {
    const draft = draftLetter(bareInput('keep-in-touch', { variant: 1 }));
    expect(draft.text.startsWith('Hello,\n\n')).toBe(true);
    expect(draft.missing).toContain('Add the person you are writing to, so the letter greets them by name.');
    expect(draft.missing).toContain(
      'Add a link or a piece of company news to share: a note that brings something is more welcome.',
    );
    // The link's title and note only matter once there is a link.
    expect(draft.missing.join(' ')).not.toContain('title for the link');
    expect(new Set(draft.missing).size).toBe(draft.missing.length);
  });

  it('promises a dated follow-up in a resell letter, on a working day when it picks the date', () => {
    const given = draftLetter(fullInput('resell', { variant: 1 }));
    expect(given.text).toContain('around Monday 7 December');
    // 5 Nov + 30 days is Saturday 5 Dec: moved to Monday.
    const picked = draftLetter(fullInput('resell', { variant: 2, followUpOn: null }));
    expect(picked.text).toContain('around Monday 7 December');
    const sundays = draftLetter(
      fullInput('resell', {
        variant: 2,
        followUpOn: null,
        profile: { ...fullInput('resell').profile, workingDays: [6] },
      }),
    );
    expect(sundays.text).toContain('around Saturday 5 December');
  });

  it('restates the fit with the user’s strengths, at most three of them', () => {
    const draft = draftLetter(fullInput('resell', { variant: 1 }));
    expect(draft.text).toContain('research-led design, clear writing and calm stakeholder work');
    expect(draft.text).not.toContain('prototyping');
  });

  it('keeps a follow-up’s promise by naming the earlier letter’s date', () => {
    expect(draftLetter(fullInput('follow-up', { variant: 1 })).text).toContain('When I wrote on 6 October');
    expect(draftLetter(fullInput('follow-up', { variant: 1, promisedOn: null })).text).toContain(
      'As I said in my last note',
    );
  });

  it('shares company news as news, and an article as an article', () => {
    const news = draftLetter(
      fullInput('keep-in-touch', {
        variant: 1,
        link: {
          url: 'https://acme.example/news/berlin',
          title: 'Acme opens Berlin studio',
          kind: 'company-news',
        },
      }),
    );
    expect(news.text).toContain('latest news from Acme Robotics ("Acme opens Berlin studio")');
    expect(news.text).toContain('https://acme.example/news/berlin');
    expect(draftLetter(fullInput('keep-in-touch', { variant: 1 })).text).toContain(
      '"Design tokens in practice"',
    );
  });

  it('picks a stable variant when none is given', () => {
    const a = draftLetter(fullInput('thank-you'));
    expect(draftLetter(fullInput('thank-you'))).toEqual(a);
    const variants = new Set(
      ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'].map(
        (name) =>
          draftLetter(fullInput('thank-you', { person: { name, role: 'interviewer', title: null } })).variant,
      ),
    );
    expect(variants.size).toBeGreaterThan(1);
  });

  it('gives Markdown with kept line breaks, links and escaped symbols', () => {
    const draft = draftLetter(fullInput('resell', { variant: 1, application: { role: 'UX *lead* #1' } }));
    expect(draft.markdown).toContain('UX \\*lead\\* #1');
    expect(draft.markdown).toContain('<https://alexmoreau.design>.');
    expect(draft.markdown).toContain('Best regards,  \nAlex Moreau  \nProduct designer');
  });

  it('says what to fix for input it cannot use', () => {
    expect(() => draftLetter(fullInput('thank-you', { variant: 9 }))).toThrow(
      /thank-you letters have variants 1, 2, 3, 4, 5; there is no variant 9/,
    );
    const bad = { ...fullInput('thank-you'), today: '2026-13-01', interviewedOn: 'last week' };
    try {
      draftLetter(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LetterInputError);
      expect((error as LetterInputError).code).toBe('invalid-input');
      expect((error as LetterInputError).issues).toEqual([
        'today: "2026-13-01" is not a date (YYYY-MM-DD)',
        'interviewedOn: "last week" is not a date (YYYY-MM-DD)',
      ]);
    }
    expect(() => draftLetter(fullInput('thank-you', { company: { name: ' ' } }))).toThrow(
      /company needs a name/,
    );
    expect(() => draftLetter({ ...fullInput('thank-you'), kind: 'reflection' as never })).toThrow(
      /"reflection" is not a letter kind/,
    );
  });
});
