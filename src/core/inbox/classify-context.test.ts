/**
 * Context that changes what a phrase means: a refusal of something other than a job, a decision after a
 * finished exercise, an offer of a call, an interview nobody attends live. Sentences are our own, not
 * taken from the corpora; each rule has a near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { decideByRules } from './rule-decision.js';
import { isAboutAnotherMatter, readRules } from './rule-reading.js';
import { mail } from './test-message.js';

function kindOf(spec: Parameters<typeof mail>[0]): string {
  return classify(mail(spec)).kind;
}

function rulesKindOf(spec: Parameters<typeof mail>[0]): string {
  return decideByRules(readRules(mail(spec))).kind;
}

describe('refusals of something other than a job', () => {
  const cases = [
    {
      what: 'a tenancy',
      subject: 'Your rental application',
      text: 'Dear Sam,\n\nThank you for viewing the flat on Elm Road. The landlord has decided not to proceed with your application and has chosen another applicant.\n\nCity Lettings',
    },
    {
      what: 'a grant',
      subject: 'Small grants round 4',
      text: 'Dear Sam,\n\nWe are sorry to say that your grant application was unsuccessful this round, as we received far more requests than we could fund.\n\nGrants Team',
    },
    {
      what: 'a talk proposal',
      subject: 'DevConf decisions',
      text: 'Hi Sam,\n\nThanks for sending your talk proposal. Unfortunately it was not selected by the programme committee this year.\n\nDevConf',
    },
    {
      what: 'a mortgage',
      subject: 'Your mortgage application',
      text: 'Dear Sam,\n\nAfter careful consideration we are unable to offer you a mortgage at this time, as the property does not meet our lending criteria.\n\nHarbour Bank',
    },
  ];
  for (const c of cases) {
    it(`does not call the refusal of ${c.what} a rejection, and forbids the model to`, () => {
      const reading = readRules(mail(c));
      expect(reading.signals).toContain('structure:other-matter');
      expect(reading.strongKinds.has('rejection')).toBe(false);
      expect(kindOf(c)).not.toBe('rejection');
    });
  }

  it('still reads a job refusal that mentions a grant or a talk as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Research Associate',
        text: 'Dear Sam,\n\nThank you for your talk and for meeting the panel about the grant-funded Research Associate role. We have decided not to proceed with your application.\n\nProf. Lee',
      }),
    ).toBe('rejection');
  });

  it('knows a job by its words, whatever else the mail names', () => {
    expect(isAboutAnotherMatter('your mortgage application was declined.', 'Mortgage')).toBe(true);
    expect(isAboutAnotherMatter('the equity grant and the role are attached.', 'Offer')).toBe(false);
  });
});

describe('a decision after a finished exercise', () => {
  it('reads a rejection that thanks you for completing a take-home as a rejection', () => {
    const spec = {
      subject: 'Your take-home',
      text: 'Hi Sam,\n\nThank you for completing the take-home exercise. After reviewing it with the team, we will not be moving forward with your application.\n\nRuth',
    };
    expect(rulesKindOf(spec)).toBe('rejection');
    expect(kindOf(spec)).toBe('rejection');
  });

  it('reads a rejection that recalls the exercise done at the interview as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Re: Interview arrangements',
        text: 'Dear Sam,\n\nThank you for coming in on Monday and for the written exercise you completed on the day. I am afraid we will not be offering you the role on this occasion.\n\nNeil',
      }),
    ).toBe('rejection');
  });

  it('reads a failed test score as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Online tests',
        text: 'Dear Sam,\n\nThank you for completing our online tests. Your score fell below the threshold for this intake, so we cannot take your application further.\n\nEarly Careers',
      }),
    ).toBe('rejection');
  });

  it('reads a decision to go ahead with someone else after a task as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Your design task',
        text: 'Hi Sam,\n\nThanks for the design task. The team liked it, but we have decided to move ahead with someone who has more motion design experience.\n\nIvy',
      }),
    ).toBe('rejection');
  });

  it('still reads thanks for a finished task followed by the next task as an assessment', () => {
    expect(
      kindOf({
        subject: 'Stage two',
        text: 'Hi Sam,\n\nThank you for completing the first exercise. Please complete the second coding challenge using the link below within 3 days.\n\nRuth',
      }),
    ).toBe('assessment');
  });

  it('reads praise for a case study followed by meeting the team as an interview, not an assessment', () => {
    expect(
      rulesKindOf({
        subject: 'Next step',
        text: 'Hi Sam,\n\nLoved your case study. Would you be free to meet the design team on Thursday afternoon?\n\nAlex',
      }),
    ).toBe('interview');
  });
});

describe('an offer of a conversation is not a job offer', () => {
  it('does not read "I would love to offer you a 15-minute call" as an offer', () => {
    const spec = {
      subject: 'Quick question',
      text: 'Hi Sam,\n\nI lead talent at Brightloom and would love to offer you a 15-minute call about a staff engineer opening.\n\nPriya',
    };
    expect(readRules(mail(spec)).strongKinds.has('offer')).toBe(false);
    expect(kindOf(spec)).not.toBe('offer');
  });

  it('still reads "we would love to offer you the role" as an offer', () => {
    expect(
      rulesKindOf({
        subject: 'Good news',
        text: 'Hi Sam,\n\nWe would love to offer you the role of Staff Engineer. The written offer follows tomorrow.\n\nPriya',
      }),
    ).toBe('offer');
  });
});

describe('interviews nobody attends live are assessments', () => {
  it('reads a recorded video interview invitation as an assessment', () => {
    const spec = {
      from: 'Ridgeway Insurance <noreply@ridgeway-careers.example>',
      subject: 'Your video interview invitation',
      text: 'Hi Sam,\n\nRidgeway Insurance has invited you to a one-way video interview. You will record your answers to four questions; please finish within five days.\n\nRidgeway Talent',
    };
    expect(rulesKindOf(spec)).toBe('assessment');
    expect(kindOf(spec)).toBe('assessment');
  });

  it('reads a typing test before interviews are arranged as an assessment', () => {
    const spec = {
      subject: 'Administrator vacancy',
      text: 'Dear Sam,\n\nBefore we arrange interviews, we ask each applicant to complete a short online typing and spelling test (20 minutes) using the link below.\n\nHR',
    };
    expect(rulesKindOf(spec)).toBe('assessment');
    expect(kindOf(spec)).toBe('assessment');
  });

  it('still reads a live video interview as an interview', () => {
    expect(
      rulesKindOf({
        subject: 'Interview invitation',
        text: 'Hi Sam,\n\nWe would like to invite you to a video interview with the hiring manager on Tuesday at 2pm.\n\nRidgeway Talent',
      }),
    ).toBe('interview');
  });
});

describe('short refusals and status notices', () => {
  it('reads "your application … has been declined" as a rejection', () => {
    expect(
      rulesKindOf({
        from: 'notifications@ats-mail.example',
        subject: 'Application update',
        text: 'Hi Sam,\n\nYour application for Store Manager at Linden Foods has been declined.',
      }),
    ).toBe('rejection');
  });

  it('reads "we have made our hire" and "holding off on next steps" as rejections', () => {
    expect(
      rulesKindOf({
        subject: 'Re: Analyst',
        text: 'Hi Sam,\n\nWe have made our hire for the analyst seat, so I wanted to close the loop.\n\nRosa',
      }),
    ).toBe('rejection');
    expect(
      rulesKindOf({
        subject: 'Re: QA Lead',
        text: 'Hi Sam,\n\nThe manager read your profile and we will hold off on next steps for now.\n\nNoor',
      }),
    ).toBe('rejection');
  });

  it('does not read a hire for one team while you are still in consideration for another as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Still in the running',
        text: 'Hi Sam,\n\nWe have made a hire for the mobile team, and you are still very much in consideration for the web role.\n\nSofia',
      }),
    ).not.toBe('rejection');
  });

  it('does not read "no action is required at this time" in a status notice as a refusal', () => {
    const reading = readRules(
      mail({
        from: 'careers@linden-foods.example',
        subject: 'Application status: In review',
        text: 'Hi Sam,\n\nYour application for Store Manager has been updated.\nCurrent status: In review\n\nOur team is currently reviewing your application. No action is required from you at this time.',
      }),
    );
    expect(reading.signals).not.toContain('phrase:weak:rejection:on this occasion');
    expect(reading.signals).toContain('ignored:rejection:on this occasion');
    expect(decideByRules(reading).kind).not.toBe('rejection');
  });

  it("reads a job board passing on an employer's decision as a rejection despite its bulk form", () => {
    expect(
      rulesKindOf({
        from: 'LinkedIn <jobs-noreply@linkedin.com>',
        subject: 'Your application to Product Manager at Tern',
        headers: { 'list-unsubscribe': '<mailto:u@linkedin.com>' },
        text: 'Your update from Tern\n\nThank you for your interest. After reviewing your application, Tern has decided not to proceed.\n\nFind similar jobs',
      }),
    ).toBe('rejection');
  });
});

describe('a call offered after the decision', () => {
  it('reads a no with a slot to talk the feedback through as a rejection, not an interview', () => {
    expect(
      rulesKindOf({
        subject: 'Following your final interview',
        text: "Dear Sam,\n\nThe panel has decided not to extend an offer for the analyst role. I'd be glad to have a short call to share the panel's feedback - pick any slot next week here: cal.example.com/ann\n\nAnn",
      }),
    ).toBe('rejection');
  });

  it('still reads an invitation that mentions earlier feedback as an interview (near miss)', () => {
    expect(
      rulesKindOf({
        subject: 'Final round',
        text: 'Dear Sam,\n\nThe feedback from your first round was great. Please pick any slot next week for the final interview here: cal.example.com/ann\n\nAnn',
      }),
    ).toBe('interview');
  });
});

describe('a receipt that warns of silence', () => {
  it('sets aside "if you do not hear from us … not successful" in the middle of a sentence', () => {
    const reading = readRules(
      mail({
        subject: 'Application received',
        text: 'Dear Sam,\n\nWe acknowledge your application. Please note that, given the volume, if you do not hear from us within four weeks your application has not been successful.\n\nHR',
      }),
    );
    expect(reading.strongKinds.has('rejection')).toBe(false);
    expect(reading.evidence.some((e) => e.detail.includes('hypothetical'))).toBe(true);
  });

  it('still reads a plain "your application has not been successful" as a rejection (near miss)', () => {
    expect(
      rulesKindOf({
        subject: 'Your application',
        text: 'Dear Sam,\n\nWe have now heard from the panel, and your application has not been successful on this occasion.\n\nHR',
      }),
    ).toBe('rejection');
  });
});
