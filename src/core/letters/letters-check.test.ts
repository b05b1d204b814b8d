/**
 * The issue's own check: a rejection with three interviewers, each with their own rapport note, gets
 * three thank-you notes that each name their reader and rapport, share little, show no placeholder;
 * a reader without a rapport note still gets a whole letter; an edited "it's your loss" is caught.
 */
import { describe, expect, it } from 'vitest';
import { checkTone, draftRound, type LetterInput, similarityWarnings } from './index.js';
import { fullInput } from './test-fixtures.js';
import { BUILT_IN_LETTERS } from './texts/index.js';

const PANEL = [
  { name: 'Dana Whitfield', rapport: 'accessible design systems', day: '2026-10-27' },
  { name: 'Sam Ortiz', rapport: 'long-distance cycling', day: '2026-10-27' },
  { name: 'Priya Nair', rapport: 'the history of typography', day: '2026-10-29' },
];

const thankYou = (p: { name: string; rapport: string | null; day: string }): LetterInput =>
  fullInput('thank-you', {
    person: { name: p.name, role: 'interviewer', title: null },
    rapport: p.rapport,
    interviewedOn: p.day,
  });

/** The sentences of the letter's body: the greeting and the sign-off with the user's signature are left out. */
function sentences(text: string): string[] {
  return text
    .split('\n\n')
    .slice(1, -1)
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

describe('the thank-you round after a rejection', () => {
  const drafts = draftRound(PANEL.map(thankYou));

  it('names each person and their rapport', () => {
    drafts.forEach((draft, i) => {
      expect(draft.kind).toBe('thank-you');
      expect(draft.text).toContain(PANEL[i]!.name.split(' ')[0]!);
      expect(draft.text).toContain(PANEL[i]!.rapport);
      for (const other of PANEL.filter((_, j) => j !== i)) expect(draft.text).not.toContain(other.rapport);
    });
  });

  it('shares no more than a modest fraction of sentences between any two notes', () => {
    for (let i = 0; i < drafts.length; i++) {
      for (let j = i + 1; j < drafts.length; j++) {
        const a = sentences(drafts[i]!.text);
        const b = new Set(sentences(drafts[j]!.text));
        const shared = a.filter((s) => b.has(s)).length;
        expect(shared / Math.min(a.length, b.size)).toBeLessThanOrEqual(0.2);
      }
    }
    expect(
      similarityWarnings(
        drafts.map((d, i) => ({ company: 'Acme Robotics', person: PANEL[i]!.name, text: d.text })),
      ),
    ).toEqual([]);
  });

  it('shows no placeholder, blank or "undefined"', () => {
    for (const d of drafts) {
      for (const text of [d.subject, d.text, d.markdown]) {
        expect(text).not.toMatch(/undefined|\bnull\b|\{\{|\}\}|\[[A-Z ]+\]|<[a-z]+>|TODO|XXX/);
        expect(text).not.toMatch(/ {3}| [,.]/);
      }
    }
  });

  it('writes a complete, natural letter for a person with no rapport note', () => {
    const [, , , plain] = draftRound([
      ...PANEL.map(thankYou),
      thankYou({ name: 'Lee Chen', rapport: null, day: '2026-10-29' }),
    ]);
    expect(plain!.text).toMatch(/^(Hi|Hello|Dear) Lee,\n\n/);
    expect(plain!.text).toMatch(/[.!]\n\n[A-Z][a-z ]+,\nAlex Moreau\nProduct designer · alexmoreau\.design$/);
    expect(plain!.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(plain!.text).not.toMatch(/talked about|conversation about\s*[.,]|interest in\s*[.,]/);
    expect(plain!.missing).toEqual([
      'Add what you and Lee talked about (a rapport note) to make this more personal.',
    ]);
    expect(checkTone(plain!.text)).toEqual([]);
  });

  it('reads well with rapport notes written as sentences, and keeps their words', () => {
    const notes = [
      'We both ran the Lisbon half marathon.',
      'we met at PyCon in 2019',
      'I grew up in Porto too',
      'she has a rescue greyhound',
      'they love Rust',
    ];
    const kinds = ['thank-you', 'interview-thank-you', 'keep-in-touch', 'resell'] as const;
    let checked = 0;
    for (const kind of kinds) {
      for (let variant = 1; variant <= BUILT_IN_LETTERS[kind].length; variant++) {
        for (const note of notes) {
          const input = fullInput(kind, { variant, rapport: note });
          const [draft] = draftRound([input]);
          const words = note.replace(/\.$/, '').replace(/^We/, 'we');
          if (!draft!.text.includes(words)) continue; // this variant has no rapport line
          // Said as "how …" after "about" or "on", never as an interest in a sentence.
          expect(draft!.text, `${kind} ${variant}`).toContain(`how ${words}`);
          expect(draft!.text).not.toMatch(/(interest in|care[s]? about|something good on) how /);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    const topic = draftRound([fullInput('thank-you', { variant: 4, rapport: 'long-distance cycling' })])[0]!;
    expect(topic.text).toContain('we share an interest in long-distance cycling');
  });

  it('flags "it\'s your loss" in an edited draft', () => {
    const edited = drafts[0]!.text.replace(
      'I hope our paths cross again',
      "Honestly, it's your loss. I hope our paths cross again",
    );
    const edit = edited === drafts[0]!.text ? `${drafts[0]!.text}\n\nIt's your loss.` : edited;
    const findings = checkTone(edit);
    expect(findings.some((f) => f.rule === 'resentment' && /it's your loss/i.test(f.phrase))).toBe(true);
  });
});
