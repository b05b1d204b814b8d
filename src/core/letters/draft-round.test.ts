import { describe, expect, it } from 'vitest';
import { draftRound, similarityWarnings } from './draft-round.js';
import { LetterInputError } from './errors.js';
import type { LetterInput } from './letter-input.js';
import { SIMILARITY_THRESHOLD, similarity } from './similarity.js';
import { fullInput } from './test-fixtures.js';

const NAMES = [
  'Dana Whitfield',
  'Sam Ortiz',
  'Priya Nair',
  'Lee Chen',
  'Noor Haddad',
  'Tom Berg',
  'Ines Roy',
];
const RAPPORT = [
  'accessible design',
  'sea kayaking',
  'jazz records',
  'chess openings',
  'urban gardens',
  'old maps',
  'pottery',
];

function interviewers(n: number, company = 'Acme Robotics', over: Partial<LetterInput> = {}): LetterInput[] {
  return NAMES.slice(0, n).map((name, i) =>
    fullInput('thank-you', {
      company: { name: company },
      person: { name, role: 'interviewer', title: null },
      rapport: RAPPORT[i],
      ...over,
    }),
  );
}

function maxPairSimilarity(texts: string[]): number {
  let max = 0;
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) max = Math.max(max, similarity(texts[i]!, texts[j]!));
  return max;
}

describe('draftRound', () => {
  it('gives each person of a company a different variant while there are enough', () => {
    const drafts = draftRound(interviewers(5));
    expect(new Set(drafts.map((d) => d.variant)).size).toBe(5);
    expect(maxPairSimilarity(drafts.map((d) => d.text))).toBeLessThan(SIMILARITY_THRESHOLD);
    drafts.forEach((d, i) => {
      expect(d.text).toContain(NAMES[i]!.split(' ')[0]!);
    });
  });

  it('keeps the variant an input asks for and works around it', () => {
    const inputs = interviewers(3);
    inputs[0] = { ...inputs[0]!, variant: 2 };
    inputs[1] = { ...inputs[1]!, variant: 2 };
    const drafts = draftRound(inputs);
    expect(drafts.map((d) => d.variant).slice(0, 2)).toEqual([2, 2]);
    expect(drafts[2]!.variant).not.toBe(2);
  });

  it('treats companies separately', () => {
    const drafts = draftRound([...interviewers(2, 'Acme Robotics'), ...interviewers(2, 'Globex')]);
    expect(drafts).toHaveLength(4);
    expect(drafts[0]!.variant).not.toBe(drafts[1]!.variant);
    expect(drafts[2]!.variant).not.toBe(drafts[3]!.variant);
    expect(drafts[2]!.text).toContain('Globex');
  });

  it('with more people than variants, finds the least alike set and lets warnings name the rest', () => {
    const inputs = interviewers(7);
    const drafts = draftRound(inputs);
    const variants = drafts.map((d) => d.variant);
    // Five variants for seven people: every variant used, none more than twice.
    expect(new Set(variants).size).toBe(5);
    for (const v of new Set(variants)) expect(variants.filter((x) => x === v).length).toBeLessThanOrEqual(2);
    const warnings = similarityWarnings(
      drafts.map((d, i) => ({ company: 'Acme Robotics', person: NAMES[i]!, text: d.text })),
    );
    expect(warnings).toHaveLength(2);
    for (const w of warnings) expect(variants[w.first]).toBe(variants[w.second]);
  });

  it('says which letter of the round is wrong', () => {
    const inputs = interviewers(2);
    inputs[1] = { ...inputs[1]!, interviewedOn: 'Tuesday' };
    expect(() => draftRound(inputs)).toThrow(LetterInputError);
    expect(() => draftRound(inputs)).toThrow(/letter 2 of the round/);
    expect(() => draftRound([{ ...inputs[0]!, variant: 8 }])).toThrow(/no variant 8/);
  });
});

describe('similarityWarnings', () => {
  it('warns when the user’s edits make two notes to one company read alike', () => {
    const drafts = draftRound(interviewers(3));
    const letters = drafts.map((d, i) => ({
      company: 'Acme Robotics',
      person: NAMES[i]!.split(' ')[0]!,
      text: d.text,
    }));
    expect(similarityWarnings(letters)).toEqual([]);
    // The user pastes Dana's note into Priya's and changes only the name.
    letters[2] = { ...letters[2]!, text: letters[0]!.text.replace('Dana', 'Priya') };
    const warnings = similarityWarnings(letters);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ first: 0, second: 2 });
    expect(warnings[0]!.similarity).toBeGreaterThan(0.8);
    expect(warnings[0]!.message).toMatch(
      /^Your notes to Dana and Priya at Acme Robotics read alike \(\d+% .*under 30%\)/,
    );
  });

  it('does not compare notes to different companies', () => {
    const text = 'Thank you for the interview and the chat about sailing.';
    expect(
      similarityWarnings([
        { company: 'Acme', text },
        { company: 'Globex', text },
      ]),
    ).toEqual([]);
    expect(
      similarityWarnings([
        { company: 'Acme', text },
        { company: ' acme ', text },
      ])[0]?.message,
    ).toMatch(/^Two of your notes at Acme/);
  });
});
