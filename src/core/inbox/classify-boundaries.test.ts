/**
 * Boundaries between kinds that short or informal mail blurs: a terse "we've filled it", "the job's
 * yours", a call offered inside a recruiter's pitch, a résumé seen on a site, a jobs mailbox's automatic
 * receipt, mail about starting work after the hire, and a reply to a thank-you note. Sentences are our
 * own, not taken from the corpora; each rule has a near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { decideByRules } from './rule-decision.js';
import { readRules } from './rule-reading.js';
import { mail } from './test-message.js';

function kindOf(spec: Parameters<typeof mail>[0]): string {
  return classify(mail(spec)).kind;
}

function rulesKindOf(spec: Parameters<typeof mail>[0]): string {
  return decideByRules(readRules(mail(spec))).kind;
}

describe('terse replies', () => {
  it('reads "we\'ve already filled it" as a rejection', () => {
    const spec = {
      from: 'Marta <marta.bakes@gmail.com>',
      subject: 'Re: Pastry chef',
      text: 'Hi Sam, sorry, we have already filled it. All the best!\n\nMarta',
    };
    expect(rulesKindOf(spec)).toBe('rejection');
    expect(kindOf(spec)).toBe('rejection');
  });

  it('does not read "have you filled it in?" or "once you have filled it out" as a rejection', () => {
    expect(
      rulesKindOf({
        subject: 'Re: Right-to-work form',
        text: 'Hi Sam, thanks for the form. We have filled it in on our side too, so the interview on Monday at 10am stands.\n\nMarta',
      }),
    ).not.toBe('rejection');
  });

  it('reads "the job\'s yours" as an offer', () => {
    expect(
      rulesKindOf({
        subject: 'Re: Monday',
        text: "Sam,\n\nGreat to meet you. The job's yours if you want it: $31/hr, starting the 3rd.\n\nDev",
      }),
    ).toBe('offer');
  });

  it("still does not read someone else's job as the user's offer", () => {
    expect(
      rulesKindOf({
        subject: 'Re: Monday',
        text: "Sam,\n\nThanks for coming in. We're not able to offer you the job, it went to another candidate.\n\nDev",
      }),
    ).toBe('rejection');
  });
});

describe('a call offered in a pitch', () => {
  it('reads a cold pitch that asks for a quick call as recruiter outreach, not an interview', () => {
    const spec = {
      from: 'Lena Fox <lena@brightpath-staffing.example>',
      subject: 'Contract opportunity: site electrician',
      text: 'Hi Sam,\n\nI thought of you for a 12-week site contract that came in this morning: $40/hr, days.\n\nAre you available for a quick call this week?\n\nLena',
    };
    expect(rulesKindOf(spec)).toBe('recruiter-outreach');
    expect(readRules(mail(spec)).signals).toContain('structure:call-only');
  });

  it("still reads a quick call about the candidate's application as an interview", () => {
    expect(
      rulesKindOf({
        from: 'Lena Fox <lena@brightpath.example>',
        subject: 'Your application: site electrician opportunity',
        text: 'Hi Sam,\n\nThanks for your application, I thought of you straight away for the site role. Are you available for a quick call this week?\n\nLena',
      }),
    ).toBe('interview');
  });

  it('still reads a pitch whose call is a screen with the hiring manager as an interview', () => {
    expect(
      rulesKindOf({
        from: 'Lena Fox <lena@brightpath-staffing.example>',
        subject: 'Contract opportunity: site electrician',
        text: 'Hi Sam,\n\nI thought of you for a 12-week site contract. Are you available for a quick call with the hiring manager this week?\n\nLena',
      }),
    ).toBe('interview');
  });

  it('reads "saw your CV on a jobs site" as outreach', () => {
    const reading = readRules(
      mail({
        subject: 'Warehouse lead',
        text: 'Hi Sam,\n\nSaw your CV on JobsHub. I have a six-month warehouse lead role in Leeds, £15/hr. Interested? Text me.\n\nKai',
      }),
    );
    expect(reading.strongKinds.has('recruiter-outreach')).toBe(true);
    expect(decideByRules(reading).kind).toBe('recruiter-outreach');
  });
});

describe('automatic replies', () => {
  const headers = { 'auto-submitted': 'auto-replied' };

  it("reads a jobs mailbox's automatic reply that confirms the application as an acknowledgement", () => {
    const spec = {
      from: 'recruitment@example-school.ie',
      subject: 'Automatic reply: Application - Class Teacher',
      text: 'Thank you for your email. This is an automated reply to confirm that your application has been received. Shortlisted candidates will be contacted.',
      headers,
    };
    const reading = readRules(mail(spec));
    expect(reading.autoReply).toBe(false);
    expect(reading.signals).toContain('header:auto-reply-receipt');
    expect(kindOf(spec)).toBe('acknowledgement');
  });

  it('still reads an out-of-office reply as other mail', () => {
    const spec = {
      from: 'jane.roe@acme.com',
      subject: 'Automatic reply: Application - Class Teacher',
      text: 'I am out of the office until 4 May with limited access to e-mail. For urgent matters contact the school office.',
      headers,
    };
    expect(readRules(mail(spec)).autoReply).toBe(true);
    expect(kindOf(spec)).toBe('other');
  });
});

describe('after the hire', () => {
  it('reads an induction schedule as other mail, not an interview', () => {
    const spec = {
      from: 'HR <hr@harbourclinic.example>',
      subject: 'Your first week at Harbour Clinic',
      text: 'Dear Sam,\n\nWe look forward to having you join us on Monday. Your induction schedule: Monday 9am orientation with HR, Tuesday shadowing on the ward, Wednesday systems training, Friday check-in with your manager.\n\nWelcome aboard!\nHR',
    };
    // A strong sign, so the model (which reads the days and times as interview words) cannot overrule it.
    expect(readRules(mail(spec)).strongKinds.has('other')).toBe(true);
    expect(rulesKindOf(spec)).toBe('other');
    expect(kindOf(spec)).toBe('other');
  });

  it('still reads an offer that names the start date as an offer', () => {
    expect(
      rulesKindOf({
        subject: 'Offer of employment',
        text: 'Dear Sam,\n\nWe are delighted to offer you the post of Staff Nurse at a salary of $62,000. Your start date would be 1 June; please sign and return the contract by Friday.\n\nHR',
      }),
    ).toBe('offer');
  });
});

describe('a reply to a thank-you note', () => {
  it('reads an invitation to the final round inside a reply to a thank-you note as an interview', () => {
    const reading = readRules(
      mail({
        subject: 'Re: Thank you for Tuesday',
        headers: { 'in-reply-to': '<a@b>' },
        text: 'Hi Sam,\n\nThanks for the kind note! Good news: the team would like you back for the final round. Are you free on 29 or 30 September?\n\nOwen',
      }),
    );
    expect(reading.strongKinds.has('other')).toBe(false);
    expect(reading.scores.interview).toBeGreaterThan(reading.scores.other);
  });

  it('still reads a plain reply to a thank-you note as other mail', () => {
    expect(
      kindOf({
        subject: 'Re: Thank you',
        headers: { 'in-reply-to': '<a@b>' },
        text: 'Hi Sam,\n\nThanks for the kind note, it was a pleasure meeting you too.\n\nOwen',
      }),
    ).toBe('other');
  });
});
