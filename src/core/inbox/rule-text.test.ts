/**
 * The rules read a folded text; the evidence quotes the message as written. Sentences are our own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { sentencesOf } from './phrase-match.js';
import { asWritten, foldForRules, foldText } from './rule-text.js';
import { mail } from './test-message.js';

/** The folding as a whole-text transformation: what each character's folding must add up to. */
function foldedAtOnce(text: string): string {
  const spelt: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o' };
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[äöüßæœø]/g, (c) => spelt[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[ \t\u00a0]+/g, ' ');
}

const LETTERS = [
  ...'aAeEiouzZßẞäÄöÖüÜæœøçÇéÉèñãõ \t\u00a0\n.!?,\u2018\u2019\u201c\u201d\u2013\u2014\u0301\u0308\u0327😀',
];

describe('folding the text for the rules', () => {
  it('folds character by character exactly as folding the whole text would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const folded = foldForRules(text);
        expect(folded.text).toBe(foldedAtOnce(text));
        // Every UTF-16 unit of the folded text knows where it came from (an emoji is two units).
        expect(folded.from).toHaveLength(folded.text.length);
        expect(folded.to).toHaveLength(folded.text.length);
      }),
    );
  });

  it('folds alike when nothing is to be quoted (whole-text passes, ASCII or not)', () => {
    const any = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(fc.constantFrom(...LETTERS)).map((c) => c.join('')),
    );
    fc.assert(
      fc.property(any, (text) => {
        expect(foldText(text)).toBe(foldForRules(text).text);
      }),
    );
  });

  it('maps every folded character back to the characters it came from', () => {
    const source = 'Das Vorstellungsgespräch – Straße 5';
    const folded = foldForRules(source);
    expect(folded.text).toBe('das vorstellungsgespraech - strasse 5');
    const at = folded.text.indexOf('gespraech');
    expect(asWritten(source, folded, at, at + 'gespraech'.length)).toBe('gespräch');
    const street = folded.text.indexOf('strasse');
    expect(asWritten(source, folded, street, street + 'strasse'.length)).toBe('Straße');
  });

  it('quotes sentences as written, decomposed accents included', () => {
    const [sentence] = sentencesOf('Nous avons bien RE\u0301C\u0327U votre dossier.');
    expect(sentence?.text).toBe('nous avons bien recu votre dossier.');
    expect(sentence?.quote(0, sentence.text.length)).toBe('Nous avons bien RE\u0301C\u0327U votre dossier.');
  });
});

describe('the evidence a user reads', () => {
  const excerpts = (subject: string, text: string) =>
    classify(mail({ subject, text }))
      .evidence.map((e) => e.detail)
      .join('\n');

  it('keeps umlauts, ß and diaeresis as the message wrote them', () => {
    const text =
      'Liebe Zoë, gern laden wir Sie zu einem Vorstellungsgespräch in der Hauptstraße 4 ein, am Montag um 9 Uhr.';
    const evidence = excerpts('Einladung', text);
    expect(evidence).toContain('Vorstellungsgespräch');
    expect(evidence).toContain('Zoë');
    expect(evidence).toContain('Hauptstraße');
    expect(evidence).not.toContain('gespraech');
  });

  it('keeps French accents ("candidature reçue")', () => {
    const evidence = excerpts(
      'Candidature reçue',
      'Bonjour Zoë, nous avons bien reçu votre candidature : candidature reçue le 3 mars, poste à Québec.',
    );
    expect(evidence).toContain(
      'nous avons bien reçu votre candidature : candidature reçue le 3 mars, poste à Québec',
    );
  });

  it('still quotes plain English as written', () => {
    const evidence = excerpts(
      'Update',
      'Unfortunately, we have decided not to move forward with your application.',
    );
    expect(evidence).toContain('we have decided not to move forward with your application');
  });
});
