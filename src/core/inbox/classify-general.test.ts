/**
 * The general rules added after the first blind hold-out: each with sentences of our own (not taken
 * from either corpus), and a near-miss beside each rejection rule, since a false rejection is the
 * costliest mistake.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { decideByRules } from './rule-decision.js';
import { readRules } from './rule-reading.js';
import { mail } from './test-message.js';

const BULK = { 'list-unsubscribe': '<mailto:u@example.net>', precedence: 'bulk' };

function kindOf(spec: Parameters<typeof mail>[0]): string {
  return classify(mail(spec)).kind;
}

describe('indirect refusals', () => {
  it('reads a preference for closer profiles as a rejection', () => {
    expect(
      kindOf({
        subject: 'Your application',
        text: 'Hi Sam,\n\nAfter comparing the shortlist, the team opted to progress applicants with stronger payments experience.\n\nLena',
      }),
    ).toBe('rejection');
  });

  it('reads a candidacy put on hold as a rejection', () => {
    expect(
      kindOf({
        text: 'Hi Sam,\n\nWhile the budget is reviewed we have put your candidacy on hold, and I will let you know if that changes.\n\nOmar',
      }),
    ).toBe('rejection');
  });

  it('reads a cancelled requisition as a rejection', () => {
    expect(
      kindOf({
        subject: 'Senior Accountant',
        text: 'Dear Sam,\n\nFollowing a restructure, the Senior Accountant requisition has been cancelled. Thank you for the time you gave us.\n\nFinance Hiring',
      }),
    ).toBe('rejection');
  });

  it('reads a terse "went another way" note as a rejection', () => {
    expect(
      kindOf({
        subject: 'Re: Sales role',
        text: 'Sam - the panel went another way on this one. Sorry!\n\nKai',
      }),
    ).toBe('rejection');
  });

  it('does not read a team changing its roadmap as a rejection', () => {
    expect(
      kindOf({
        text: 'Hi Sam,\n\nOur product team went in a different direction with the roadmap this quarter, so the demo looks different now. Happy to show you.\n\nKai',
      }),
    ).toBe('other');
  });

  it('does not read a closed role followed by a new opening and an interview as a rejection', () => {
    expect(
      kindOf({
        text: 'Hi Sam,\n\nThe analyst position has been closed, but a new role has opened on my team. Would you be up for an interview on Tuesday afternoon?\n\nIngrid',
      }),
    ).toBe('interview');
  });
});

describe('a decision ends a process step', () => {
  it('reads a rejection that thanks you for a case study as a rejection, not an assessment', () => {
    expect(
      kindOf({
        subject: 'Your case study',
        text: 'Hi Sam,\n\nThanks for sending the case study back so quickly. Having read it with the panel, we will not be progressing your application further.\n\nMia',
      }),
    ).toBe('rejection');
  });

  it('still reads an assessment invitation that says "unfortunately" as an assessment', () => {
    expect(
      kindOf({
        text: 'Hi Sam,\n\nUnfortunately the link in my last email expired. Please complete the coding challenge with this new link within 3 days.\n\nMia',
      }),
    ).toBe('assessment');
  });
});

describe('receipts', () => {
  it('reads a job site confirmation sent in bulk form as an acknowledgement', () => {
    expect(
      kindOf({
        from: 'JobNest <notify@jobnest-mail.example>',
        subject: 'Application sent: Barista at Bean & Leaf',
        headers: BULK,
        text: 'Your CV was sent to Bean & Leaf.\n\nBarista, Leeds\n\nTrack it under My Applications.',
      }),
    ).toBe('acknowledgement');
  });

  it('reads a portal receipt naming the vacancy as an acknowledgement', () => {
    expect(
      kindOf({
        from: 'no-reply@council-jobs.example',
        subject: 'Vacancy 5512',
        text: 'Dear Sam,\n\nYour application for vacancy 5512 (Lab Technician) has been received. You will be informed of the outcome by email.',
      }),
    ).toBe('acknowledgement');
  });
});

describe('interviews that do not say "interview invitation"', () => {
  it('reads a short video interview proposal as an interview', () => {
    expect(kindOf({ text: 'Hi Sam,\n\nCould we have a short video interview on Wednesday?\n\nAnna' })).toBe(
      'interview',
    );
  });

  it('reads a moved call as an interview', () => {
    expect(
      kindOf({
        subject: 'Changing our chat tomorrow',
        text: 'Hi Sam,\n\nSomething came up - can we push it to Thursday at 3? Same Zoom link.\n\nAnna',
      }),
    ).toBe('interview');
  });

  it('reads a recruiter answering an application with a screening call as an interview', () => {
    expect(
      kindOf({
        text: "Hi Sam,\n\nThanks for applying for the Support Engineer post. I'm the recruiter on this search and would love to hop on a brief screening call.\n\nDev",
      }),
    ).toBe('interview');
  });
});

describe('recruiter outreach', () => {
  it("keeps the weight of a recruiter's message relayed by a networking site", () => {
    expect(
      kindOf({
        from: 'Netlink <messages@netlink-mail.example>',
        subject: 'Priya Nair sent you a message',
        headers: BULK,
        text: "Priya Nair\n\nHi Sam, I'm recruiting for a Staff SRE at a fintech. Would you be open to an introductory call?\n\nReply",
      }),
    ).toBe('recruiter-outreach');
  });

  it('reads a follow-up bump as recruiter outreach', () => {
    expect(
      kindOf({
        subject: 'Open to a quick chat?',
        text: 'Hi Sam,\n\nBumping my email from Monday in case it got lost. Your skill set would be a strong match for our Rust platform team.\n\nLee',
      }),
    ).toBe('recruiter-outreach');
  });
});

describe('offers and assessments', () => {
  it('reads a revised offer as an offer', () => {
    expect(
      kindOf({
        subject: 'Revised offer',
        text: 'Hi Sam,\n\nGood news: we have revised our offer and the base is now $140k.\n\nRuth',
      }),
    ).toBe('offer');
  });

  it('reads a behavioural questionnaire as an assessment', () => {
    expect(
      kindOf({
        text: 'Hello Sam,\n\nAs a next step, please complete our behavioural questionnaire by Friday.\n\nTalent Team',
      }),
    ).toBe('assessment');
  });

  it('does not read a candidate experience questionnaire as an assessment', () => {
    expect(
      kindOf({
        text: 'Hello Sam,\n\nPlease take our short candidate experience questionnaire about your interview day.\n\nTalent Team',
      }),
    ).toBe('other');
  });
});

describe('a hiring mailbox corroborates a receipt, never a rejection', () => {
  const receipt =
    'Hi Sam,\n\nThanks so much for applying! Someone from the team will look over it this week.';

  it('reads weak receipt phrases from careers@ as an acknowledgement', () => {
    expect(
      kindOf({ from: 'Oakridge Careers <careers@oakridge.example>', subject: 'Hello', text: receipt }),
    ).toBe('acknowledgement');
  });

  it('leaves the same words from a person undecided by the rules', () => {
    // Only the rules are held to this: the trained model may still read a person's "thanks for
    // applying, we'll look at it this week" as the receipt it is (the training mail has such notes).
    expect(decideByRules(readRules(mail({ subject: 'Hello', text: receipt }))).kind).toBe('other');
    expect(kindOf({ subject: 'Hello', text: receipt })).not.toBe('rejection');
  });

  it('does not make a rejection out of weak words from no-reply@', () => {
    expect(
      kindOf({
        from: 'no-reply@oakridge.example',
        subject: 'Hello',
        text: 'Hi Sam,\n\nUnfortunately our office is closed on Friday. We will keep your details for future openings.',
      }),
    ).not.toBe('rejection');
  });
});

describe('changes to a step are not a decision on the candidate', () => {
  it('reads a dropped interview format with a new interview time as an interview', () => {
    expect(
      kindOf({
        subject: 'Tomorrow',
        text: 'Hi Sam,\n\nWe decided not to go ahead with the venue downtown; instead the interview will be at 9am over video.\n\nGil',
      }),
    ).toBe('interview');
  });

  it('reads a slot that is gone as an interview', () => {
    expect(
      kindOf({
        subject: 'Slot',
        text: 'Hi Sam,\n\nApologies, the 4pm slot is no longer available for your call with Priya. Could you do Thursday instead?\n\nGil',
      }),
    ).toBe('interview');
  });

  it('does not read a role closed to newcomers as a rejection of a shortlisted candidate', () => {
    expect(
      kindOf({
        text: "Hi Sam,\n\nWe've closed the role to new applicants and you're one of four on the shortlist. Are you free on Tuesday at 11am?\n\nGil",
      }),
    ).not.toBe('rejection');
  });

  it('does not read a hire for a sister team as a rejection', () => {
    expect(
      kindOf({
        text: 'Hi Sam,\n\nWe have hired a candidate for the sister team, and we are still considering you for this one.\n\nGil',
      }),
    ).not.toBe('rejection');
  });
});

describe('offers, tasks and receipts in plainer words', () => {
  it('reads an employment contract to sign as an offer', () => {
    expect(
      kindOf({
        subject: 'Paperwork',
        text: 'Hi Sam,\n\nHere is your contract of employment; please sign it by Monday.\n\nUma',
      }),
    ).toBe('offer');
  });

  it('reads "the role is yours" as an offer', () => {
    expect(
      kindOf({
        subject: 'Yes!',
        text: 'Hi Sam,\n\nThe panel agreed: the role is yours if you want it.\n\nUma',
      }),
    ).toBe('offer');
  });

  it('reads a design assignment as an assessment', () => {
    expect(
      kindOf({
        subject: 'Next stage',
        text: 'Hi Sam,\n\nThe next stage is a design assignment: redesign our onboarding screen and send it back within 3 days.\n\nUma',
      }),
    ).toBe('assessment');
  });

  it('reads a logged application as an acknowledgement', () => {
    expect(
      kindOf({
        subject: 'Ref 7781',
        text: 'Dear Sam,\n\nYour application has been registered under reference 7781.\n\nHR',
      }),
    ).toBe('acknowledgement');
  });
});

describe('a filled role beside another opening', () => {
  it('reads "filled, but another team would love to meet you" in one sentence as an interview', () => {
    expect(
      kindOf({
        subject: 'The Leeds role',
        text: 'Hi Sam,\n\nThe Leeds support role has now been filled, but our Manchester team would love to meet you for their team lead opening.\n\nBeth',
      }),
    ).toBe('interview');
  });

  it('reads a filled role followed by an interview for another role as an interview', () => {
    expect(
      kindOf({
        subject: 'Your application',
        text: 'Dear Sam,\n\nWe have filled the QA Analyst position. The head of our automation group liked your CV, though, and we would like to invite you to interview for a separate Test Automation role.\n\nRecruitment Team',
      }),
    ).toBe('interview');
  });

  it('still reads a filled role with a plain "but thank you" as a rejection (near-miss)', () => {
    expect(
      kindOf({
        subject: 'QA Analyst',
        text: 'Dear Sam,\n\nThe QA Analyst position has now been filled, but thank you for the time you put into your application. We will keep your CV on file.\n\nRecruitment Team',
      }),
    ).toBe('rejection');
  });

  it('still reads a filled role with no invitation as a rejection even when another team is named', () => {
    expect(
      kindOf({
        subject: 'QA Analyst',
        text: 'Dear Sam,\n\nWe have filled the QA Analyst position with someone from another team. We wish you every success in your search.\n\nRecruitment Team',
      }),
    ).toBe('rejection');
  });
});

describe('mail that looks back on a finished exercise', () => {
  it('reads weak-worded regret after a take-home as a rejection', () => {
    expect(
      kindOf({
        subject: 'Your take-home exercise',
        text: 'Hi Sam,\n\nThank you for completing the take-home exercise. Unfortunately, on this occasion your solution was not quite at the level this role needs.\n\nOla',
      }),
    ).toBe('rejection');
  });

  it('reads an interview after a finished coding test as an interview', () => {
    expect(
      kindOf({
        subject: 'Coding test',
        text: 'Hi Sam,\n\nThanks for submitting the coding test - the team enjoyed reading it. We would like to invite you to a final interview with the CTO on Tuesday.\n\nOla',
      }),
    ).toBe('interview');
  });

  it('still reads a second exercise asked for after a first one as an assessment (near-miss)', () => {
    expect(
      kindOf({
        subject: 'Next stage',
        text: 'Hi Sam,\n\nThank you for completing the numerical reasoning test. Please complete the written exercise using the link below by Friday.\n\nOla',
      }),
    ).toBe('assessment');
  });
});
