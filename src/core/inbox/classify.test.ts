import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { mail } from './test-message.js';

const GREENHOUSE = 'Acme <no-reply@us.greenhouse-mail.io>';

describe('classify: the classic near-misses', () => {
  it('reads "we have decided to move forward with your application" as progress, not a rejection', () => {
    const c = classify(
      mail({
        subject: 'Next steps',
        text: 'Hi Sam,\n\nWe have decided to move forward with your application! The next step is a 30-minute phone screen with me. Could you send me a few times that suit you this week?\n\nJane',
      }),
    );
    expect(c.kind).toBe('interview');
  });

  it('still reads "decided to move forward with other candidates" as a rejection', () => {
    const c = classify(
      mail({
        from: GREENHOUSE,
        text: 'Hi Sam,\n\nThank you for applying. Unfortunately, we have decided to move forward with other candidates whose experience better matches our needs.\n\nAcme Recruiting',
      }),
    );
    expect(c.kind).toBe('rejection');
    expect(c.confidence).toBeGreaterThan(0.7);
  });

  it('reads a rescheduled interview as an interview even with "unfortunately"', () => {
    const c = classify(
      mail({
        subject: 'Change of plan',
        text: 'Hi Sam,\n\nUnfortunately the interview needs to be rescheduled, as Paul is travelling on Thursday. Would Monday at 2pm work instead?\n\nJane',
      }),
    );
    expect(c.kind).toBe('interview');
  });

  it('does not read a newsletter that is "not a fit for everyone" as a rejection', () => {
    const c = classify(
      mail({
        from: 'The Growth Memo <hello@growthmemo.co>',
        subject: 'Why this playbook is not a fit for everyone',
        headers: { 'list-unsubscribe': '<mailto:u@growthmemo.co>', precedence: 'bulk' },
        text: 'Hi there,\n\nHonestly this playbook is not a fit for everyone, and unfortunately most teams copy it without thinking. We regret to inform you that our summer issue is late.\n\nUnsubscribe',
      }),
    );
    expect(c.kind).toBe('other');
  });

  it('does not read a rejection quoted below a later reply as a rejection', () => {
    const c = classify(
      mail({
        subject: 'Re: Your application',
        headers: { 'in-reply-to': '<a@acme.com>' },
        text: [
          'Hi Sam,',
          '',
          'Of course, happy to share some thoughts: the panel loved your system design but wanted more depth on testing.',
          '',
          'Jane',
          '',
          'On Tue, Mar 4, 2025 at 9:12 AM Sam Taylor <sam@example.org> wrote:',
          '> Would you be willing to share any feedback?',
          '>',
          '>> Unfortunately we have decided not to move forward with your application.',
        ].join('\n'),
      }),
    );
    expect(c.kind).toBe('other');
    expect(c.evidence.some((e) => e.signal === 'structure')).toBe(true);
  });

  it('sets aside an Outlook "From: … Sent:" history block', () => {
    const c = classify(
      mail({
        subject: 'RE: Designer role',
        text: 'Hi Sam, glad to stay in touch. Coffee next month?\n\nFrom: Jane Roe <jane.roe@acme.com>\nSent: Monday, March 3, 2025 9:00 AM\nTo: Sam\nSubject: Designer role\n\nI am sorry to say we went with someone else for the role.',
      }),
    );
    expect(c.kind).toBe('other');
  });

  it('reads an offer that "unfortunately can\'t do remote" as an offer', () => {
    const c = classify(
      mail({
        subject: 'Your offer from Acme',
        text: "Hi Sam,\n\nGreat news: we'd like to offer you the Backend Developer position! Unfortunately we can't do remote for this role, as the team works from the Berlin office, but we can offer flexible hours.\n\nThe written offer is attached.\n\nJane",
      }),
    );
    expect(c.kind).toBe('offer');
  });

  it('does not read "we have decided to extend an offer to another candidate" as an offer', () => {
    const c = classify(
      mail({
        text: 'Hi Sam,\n\nWe have decided to extend an offer to another candidate for the role.\n\nJane',
      }),
    );
    expect(c.kind).toBe('rejection');
  });

  it('does not count a hypothetical rejection in an acknowledgement', () => {
    const c = classify(
      mail({
        subject: 'Application received',
        text: 'Dear Sam,\n\nThis email confirms that we have received your application. If you have not heard from us within three weeks, please assume that you have not been shortlisted on this occasion.\n\nHR Team',
      }),
    );
    expect(c.kind).toBe('acknowledgement');
    expect(c.evidence.some((e) => e.signal === 'ignored' && e.detail.includes('hypothetical'))).toBe(true);
  });

  it('does not count a rejection phrase inside quotation marks (a newsletter quoting one)', () => {
    const c = classify(
      mail({
        from: 'Career Compass <news@careercompass.io>',
        subject: 'How to read a rejection email',
        text: 'We have all seen it: "Unfortunately, we have decided to move forward with other candidates." Here is how to answer it.',
      }),
    );
    expect(c.kind).toBe('other');
  });

  it('does not read "not able to offer you the role" as an offer', () => {
    const c = classify(
      mail({ text: 'Hi Sam, I am sorry, but we are not able to offer you the role at this time.' }),
    );
    expect(c.kind).toBe('rejection');
  });
});

describe('classify: signals', () => {
  it('weak phrases alone do not decide a kind', () => {
    const c = classify(mail({ text: 'Unfortunately I will be late to dinner tonight.' }));
    expect(c.kind).toBe('other');
  });

  it('an assessment platform as sender decides an assessment', () => {
    const c = classify(
      mail({
        from: 'Acme <no-reply@codesignal.com>',
        text: 'Acme has invited you. Begin here: https://app.codesignal.com/x',
      }),
    );
    expect(c.kind).toBe('assessment');
  });

  it('an automatic reply is other, whatever it quotes', () => {
    const c = classify(
      mail({
        subject: 'Automatic reply: Offer',
        headers: { 'auto-submitted': 'auto-replied' },
        text: 'I am out of the office. We are pleased to offer you ...',
      }),
    );
    expect(c).toMatchObject({ kind: 'other' });
  });

  it('reads the forwarded message when the user only wrote "FYI" above it', () => {
    const c = classify(
      mail({
        subject: 'Fwd: Your application',
        text: 'FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\nSubject: Your application\n\nWe regret to inform you that you have not been selected for this position.',
      }),
    );
    expect(c.kind).toBe('rejection');
    expect(c.confidence).toBeLessThan(0.9);
  });

  it('recognises recruiter outreach', () => {
    const c = classify(
      mail({
        from: 'Jack <jack@apexrecruit.com>',
        text: 'Hi Sam, I came across your profile and I am partnering with a client hiring a Staff Engineer. Would you be open to a quick chat?',
      }),
    );
    expect(c.kind).toBe('recruiter-outreach');
  });

  it('keeps confidence within 0..1 and explains every decision', () => {
    const c = classify(
      mail({ from: GREENHOUSE, text: 'Thanks for applying! We have received your application.' }),
    );
    expect(c.kind).toBe('acknowledgement');
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.evidence.length).toBeGreaterThan(0);
  });

  it('reads HTML-only mail through the fallback text', () => {
    const msg = mail({ text: '' });
    msg.html = '<p>We are delighted to offer you the position of <b>Data Engineer</b>.</p>';
    expect(classify(msg).kind).toBe('offer');
  });
});
