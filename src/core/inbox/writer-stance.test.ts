/**
 * Who speaks: the applicant's own mail, a hiring team's answer to a feedback request after the news, a
 * refusal said of the writer, lists of jobs. Sentences are our own, not taken from the corpora; each
 * signal has a near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { combine } from './combine.js';
import { MAIL_KINDS } from './kinds.js';
import type { InboxModel } from './model.js';
import { DEFAULT_TRAINING } from './model-training.js';
import { decideByRules } from './rule-decision.js';
import { readRules } from './rule-reading.js';
import { mail, type TestMail } from './test-message.js';
import { listsJobs } from './writer-stance.js';

const rulesKindOf = (spec: TestMail) => decideByRules(readRules(mail(spec))).kind;

describe("the applicant's own mail", () => {
  const fromTheApplicant = {
    from: 'Sam Taylor <sam.taylor@gmail.com>',
    to: 'Hiring Team <hiring@acme.com>',
  };

  it('reads a withdrawal the applicant wrote as other mail, and forbids the model a rejection', () => {
    const spec = {
      ...fromTheApplicant,
      subject: 'Withdrawing my application',
      text: 'Hello,\n\nI would like to withdraw my application for the analyst role, as I have accepted another offer. We will not be moving forward together, sadly, but thank you for your time.\n\nSam',
    };
    const reading = readRules(mail(spec));
    expect(reading.signals).toContain('structure:applicant-writes');
    expect(reading.strongKinds.size).toBe(0);
    expect(reading.signals.some((s) => s.startsWith('ignored:rejection:'))).toBe(true);
    expect(classify(mail(spec)).kind).toBe('other');
  });

  it('reads a note after a no ("although I was not selected…") as other mail', () => {
    const spec = {
      ...fromTheApplicant,
      subject: 'Keeping in touch',
      text: 'Dear Ann,\n\nAlthough I was not selected for the designer role, I enjoyed meeting the team. I am still very keen on Acme, so please keep me in mind for future openings.\n\nSam',
    };
    expect(readRules(mail(spec)).signals).toContain('structure:applicant-writes');
    expect(classify(mail(spec)).kind).toBe('other');
  });

  it('still reads a hiring team that writes "your application" as a rejection (near miss)', () => {
    const spec = {
      from: 'Ann Lee <ann.lee@acme.com>',
      subject: 'Your application',
      text: 'Dear Sam,\n\nThank you for your application. I have decided not to progress your application for the analyst role, as we need more audit experience.\n\nAnn',
    };
    expect(readRules(mail(spec)).signals).not.toContain('structure:applicant-writes');
    expect(rulesKindOf(spec)).toBe('rejection');
  });

  it('does not take a recruiter at a free-mail address for the applicant on one weak phrase', () => {
    const spec = {
      from: 'Ann Lee <ann.lee.recruits@gmail.com>',
      to: 'Sam Taylor <sam.taylor@gmail.com>',
      subject: 'Analyst role',
      text: 'Hi Sam,\n\nThank you for your application. Sadly we will not be moving forward with it, as the client chose another candidate.\n\nAnn',
    };
    expect(readRules(mail(spec)).signals).not.toContain('structure:applicant-writes');
    expect(rulesKindOf(spec)).toBe('rejection');
  });
});

describe('a refusal said of the writer', () => {
  it('sets aside "I was not selected" in a newsletter, and keeps "you were not selected"', () => {
    const about = readRules(
      mail({ text: 'Last spring I was not selected for my dream job. Here is what I learned.' }),
    );
    expect(about.strongKinds.has('rejection')).toBe(false);
    expect(about.evidence.some((e) => e.detail.includes('said of the writer'))).toBe(true);
    const to = readRules(mail({ text: 'Dear Sam, I am sorry to say you were not selected for the role.' }));
    expect(to.strongKinds.has('rejection')).toBe(true);
  });

  it('keeps "I regret to inform you…": the writer speaks, the candidate is refused', () => {
    expect(
      rulesKindOf({
        text: 'Dear Sam,\n\nI regret to inform you that we will not be progressing your application for the tester role.\n\nAnn',
      }),
    ).toBe('rejection');
  });
});

describe("a hiring team's answer to a feedback request", () => {
  const quotedNo =
    '\n\nOn Mon, 5 Oct 2026, Sam Taylor wrote:\n> Thank you for letting me know. Could you share any feedback on my interview?\n>> We have decided not to move forward with your application.';

  it('reads feedback after the news as other mail, not a second rejection', () => {
    const spec = {
      subject: 'Re: Feedback on my interview',
      headers: { 'in-reply-to': '<a@acme.com>' },
      text: `Hi Sam,\n\nOf course. The panel chose another candidate because the case study missed the pricing question; your stakeholder answers were strong.\n\nAnn${quotedNo}`,
    };
    const reading = readRules(mail(spec));
    expect(reading.signals).toContain('structure:feedback-answer');
    expect(reading.strongKinds.has('rejection')).toBe(false);
    expect(reading.strongKinds.has('assessment')).toBe(false);
    expect(classify(mail(spec)).kind).toBe('other');
  });

  it('reads a reply to a feedback request made before any decision as the decision (near miss)', () => {
    const spec = {
      subject: 'RE: Analyst - feedback',
      headers: { 'in-reply-to': '<a@acme.com>' },
      text: 'Dear Sam,\n\nThe management has decided to go ahead with another candidate for the analyst position.\n\nAnn\n\nOn Mon, 5 Oct 2026, Sam Taylor wrote:\n> Kindly share feedback on my technical round held on Monday.',
    };
    expect(readRules(mail(spec)).signals).not.toContain('structure:feedback-answer');
    expect(rulesKindOf(spec)).toBe('rejection');
  });
});

describe('phrases turned off by their sentence', () => {
  it('reads "we won\'t be moving you to the next stage" as negated, not as an interview', () => {
    const reading = readRules(
      mail({ text: "Thank you for the video call. Sadly we won't be moving you to the next stage." }),
    );
    expect(reading.strongKinds.has('interview')).toBe(false);
    expect(reading.strongKinds.has('rejection')).toBe(true);
  });

  it('reads "if your experience lines up, we will set up a call" as a promise, not an invitation', () => {
    const promise = readRules(
      mail({ text: 'If your experience lines up with the role, we will be in touch to set up a call.' }),
    );
    expect(promise.strongKinds.has('interview')).toBe(false);
    const invitation = readRules(
      mail({ text: 'Your experience lines up well, so we would like to set up a call.' }),
    );
    expect(invitation.strongKinds.has('interview')).toBe(true);
  });

  it('reads an editor passing on a pitch as a refusal of something other than a job', () => {
    const reading = readRules(
      mail({
        subject: 'Re: Pitch',
        text: "Thanks for the pitch. We ran something close to it, so I'm going to pass on this one.",
      }),
    );
    expect(reading.signals).toContain('structure:other-matter');
    expect(reading.strongKinds.has('rejection')).toBe(false);
  });
});

describe('lists of jobs', () => {
  it('finds three job lines, one a line, and not a paragraph about one job', () => {
    expect(
      listsJobs(
        'New jobs for you\n\nData Analyst - Acme - Leeds\nBI Developer - Bolt - York\nAnalyst | Crane | Remote\n',
      ),
    ).toBe(true);
    expect(
      listsJobs('Thank you for applying for Data Analyst - Leeds. We will be in touch.\nBest, Ann - Acme'),
    ).toBe(false);
  });
});

describe('what the model may not overrule', () => {
  const sureOfARejection: InboxModel = {
    kinds: [...MAIL_KINDS],
    bias: MAIL_KINDS.map((k) => (k === 'rejection' ? 8 : 0)),
    temperature: 1,
    overrule: Object.fromEntries(MAIL_KINDS.map((k) => [k, 0.3])) as InboxModel['overrule'],
    trainedOn: 'test',
    training: DEFAULT_TRAINING,
    features: [],
  };

  it("keeps the applicant's own mail other, however sure the model is of a rejection", () => {
    const reading = readRules(
      mail({
        from: 'Sam Taylor <sam.taylor@gmail.com>',
        to: 'Ann Lee <ann.lee@acme.com>',
        subject: 'Re: Offer',
        text: "Dear Ann,\n\nThank you for the offer. After much thought I've decided not to accept it, as I have chosen a role nearer home.\n\nSam",
      }),
    );
    expect(reading.signals).toContain('structure:applicant-writes');
    expect(combine(reading, sureOfARejection).kind).toBe('other');
  });

  it('lets the model decide a plain note the rules are unsure of (near miss)', () => {
    const reading = readRules(
      mail({
        subject: 'Analyst role',
        text: 'Hi Sam,\n\nWe have gone another way on the analyst role.\n\nAnn',
      }),
    );
    expect(reading.signals).not.toContain('structure:applicant-writes');
    expect(combine(reading, sureOfARejection).kind).toBe('rejection');
  });
});
