import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { combine } from './combine.js';
import { MAIL_KINDS } from './kinds.js';
import { predict, softmax } from './model.js';
import { describeFeature, featuresOf, withoutRulePhrases } from './model-features.js';
import { DEFAULT_TRAINING, toModel, train } from './model-training.js';
import { INBOX_MODEL } from './model-weights.js';
import { readRules } from './rule-reading.js';
import { mail } from './test-message.js';

const calibration = {
  temperature: 1,
  overrule: Object.fromEntries(MAIL_KINDS.map((k) => [k, 0.5])) as typeof INBOX_MODEL.overrule,
  trainedOn: 'test',
};

describe('model features', () => {
  it('reads only what the writer wrote, not the quoted history', () => {
    const reading = readRules(
      mail({
        subject: 'Re: Data Analyst',
        text: 'Thanks, that makes sense.\n\nOn Mon, 3 Mar 2025 at 09:14, HR <hr@acme.com> wrote:\n> We regret that you were unsuccessful.',
      }),
    );
    const features = featuresOf(reading);
    expect(features).toContain('w:thanks');
    expect(features.some((f) => f.includes('unsuccessful') || f.includes('regret'))).toBe(false);
    expect(features).toContain('r:structure:quoted-history');
  });

  it('marks words after a negation in the same clause', () => {
    const features = featuresOf(
      readRules(mail({ text: 'You were not selected, sadly. You were selected before.' })),
    );
    expect(features).toContain('w:!selected');
    expect(features).toContain('w:selected');
  });

  it('drops the phrase rules signals for the silent view, and keeps words and senders', () => {
    const features = [
      'r:phrase:strong:rejection:not selected',
      'r:sender:ats',
      'w:sorry',
      'r:score:rejection:3+',
    ];
    expect(withoutRulePhrases(features)).toEqual(['r:sender:ats', 'w:sorry']);
  });

  it('describes features in words', () => {
    expect(describeFeature('w:!selected')).toBe('the word "selected" (after a negation)');
    expect(describeFeature('sb:final round')).toBe('"final round" in the subject');
  });
});

describe('model inference', () => {
  it('gives probabilities that sum to one, and the same answer every time', () => {
    const features = featuresOf(
      readRules(mail({ text: 'We would like to invite you to an interview on Monday.' })),
    );
    const a = predict(INBOX_MODEL, features);
    const b = predict(INBOX_MODEL, [...features]);
    expect(a).toEqual(b);
    const sum = Object.values(a.probabilities).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(a.kind).toBe('interview');
  });

  it('softmax is stable for large logits', () => {
    const p = softmax([1000, 999, -1000]);
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 12);
    expect(p[0]!).toBeGreaterThan(p[1]!);
  });
});

describe('model training', () => {
  const examples = [
    { features: ['w:sorry', 'w:unfortunately'], kind: 'rejection' as const },
    { features: ['w:sorry', 'w:regret'], kind: 'rejection' as const },
    { features: ['w:interview', 'w:monday'], kind: 'interview' as const },
    { features: ['w:interview', 'w:slot'], kind: 'interview' as const },
    { features: ['w:newsletter', 'w:monday'], kind: 'other' as const },
    { features: ['w:newsletter', 'w:digest'], kind: 'other' as const },
  ];
  const options = { ...DEFAULT_TRAINING, minCount: 2, iterations: 200 };

  it('is deterministic: the same examples give the same weights', () => {
    const a = toModel(train(examples, options), options, calibration);
    const b = toModel(train(examples, options), options, calibration);
    expect(a).toEqual(b);
  });

  it('learns what separates the kinds and drops rare features', () => {
    const model = toModel(train(examples, options), options, calibration);
    expect(predict(model, ['w:sorry']).kind).toBe('rejection');
    expect(predict(model, ['w:interview']).kind).toBe('interview');
    expect(predict(model, ['w:newsletter']).kind).toBe('other');
    expect(model.features.map(([f]) => f)).not.toContain('w:regret');
  });
});

describe('the classifier with the model', () => {
  it('keeps the near-misses of the issue', () => {
    const kind = (subject: string, text: string, headers: Record<string, string> = {}) =>
      classify(mail({ subject, text, headers })).kind;
    expect(
      kind(
        'Your application',
        'Hi Sam,\n\nWe have decided to move forward with your application! Could you share your availability for a call with the hiring manager next week?\n\nAnna',
      ),
    ).toBe('interview');
    expect(
      kind(
        'Tomorrow',
        'Hi Sam,\n\nUnfortunately the interview needs to be rescheduled, as Priya is ill. Would Friday at 10:00 work instead?\n\nAnna',
      ),
    ).toBe('interview');
    expect(
      kind(
        'This week in careers',
        'In this issue: why a four-day week is not a fit for everyone, salary trends, and new roles.\n\nUnsubscribe',
        { 'list-unsubscribe': '<https://news.example.com/u>' },
      ),
    ).toBe('other');
    expect(
      kind(
        'Offer - Data Analyst',
        "Hi Sam,\n\nWe are delighted to offer you the Data Analyst position at a salary of 52,000. Unfortunately we can't do remote, but the office is flexible two days a week.\n\nAnna",
      ),
    ).toBe('offer');
  });

  it('lets the model decide a rejection phrase that only lacked its context, never one set aside', () => {
    // A model that answers "rejection" whatever it reads, so only the rules' vetoes can stop it.
    const sure = {
      ...calibration,
      kinds: [...MAIL_KINDS],
      bias: MAIL_KINDS.map((k) => (k === 'rejection' ? 5 : 0)),
      features: [],
      training: DEFAULT_TRAINING,
    };
    const unconfirmed = readRules(
      mail({ text: "Hi Sam,\n\nI wish I had better news: we've asked another candidate to join.\n\nHugo" }),
    );
    expect(unconfirmed.signals.some((s) => s.startsWith('unconfirmed:rejection:'))).toBe(true);
    expect(combine(unconfirmed, sure).kind).toBe('rejection');
    const hypothetical = readRules(
      mail({
        text: 'Hi Sam,\n\nIf we decide not to proceed, I will call you before anything is sent.\n\nHugo',
      }),
    );
    expect(hypothetical.signals.some((s) => s.startsWith('ignored:rejection:'))).toBe(true);
    expect(combine(hypothetical, sure).kind).not.toBe('rejection');
  });

  it('does not read a rejection quoted under a later reply', () => {
    const c = classify(
      mail({
        subject: 'Re: Your application',
        text: 'Hi Anna,\n\nThanks for letting me know. Would you be open to a coffee next month to hear about the team?\n\nSam\n\nOn Tue, 4 Mar 2025 at 10:00, Anna <anna@acme.com> wrote:\n> Unfortunately we have decided not to move forward with your application.\n> We wish you the best.',
      }),
    );
    expect(c.kind).not.toBe('rejection');
  });

  it("lists the model's part in the evidence and stays within 0..1", () => {
    const c = classify(
      mail({
        subject: 'Design challenge',
        text: 'Hi Sam,\n\nAs a next step we would like you to do a short design challenge: redesign an onboarding flow, timeboxed to four hours, and send us a PDF by Friday.\n\nAnna',
      }),
    );
    expect(c.kind).toBe('assessment');
    expect(c.evidence.some((e) => e.signal === 'model')).toBe(true);
    expect(c.evidence.some((e) => e.signal === 'model-feature')).toBe(true);
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });

  it('classifies any text deterministically, with a confidence in 0..1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (text, subject) => {
        const a = classify(mail({ subject, text }));
        const b = classify(mail({ subject, text }));
        expect(a).toEqual(b);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the model calling a rejection the rules saw no sign of', () => {
  /** A model that answers `rejection` with probability `p` and `other` with the rest, whatever it reads. */
  function sureOfRejection(p: number) {
    const bias = MAIL_KINDS.map((k) =>
      k === 'rejection' ? Math.log(p) : k === 'other' ? Math.log(1 - p) : -50,
    );
    return { ...INBOX_MODEL, bias, features: [], temperature: 1 };
  }
  const quiet = readRules(
    mail({
      subject: 'Race day',
      text: 'Hi Sam,\n\nThanks for signing up. See you at the start line.\n\nRowan',
    }),
  );

  it('needs to be nearly sure when no refusal was read', () => {
    expect(combine(quiet, sureOfRejection(0.8)).kind).toBe('other');
    expect(combine(quiet, sureOfRejection(0.95)).kind).toBe('rejection');
  });

  it('keeps its ordinary bar where the rules read a weak refusal', () => {
    const weak = readRules(
      mail({
        subject: 'Your application',
        text: 'Hi Sam,\n\nWe wish you every success in your job search.\n\nRowan',
      }),
    );
    expect(weak.scores.rejection).toBeGreaterThan(0);
    expect(combine(weak, sureOfRejection(0.8)).kind).toBe('rejection');
  });
});
