/**
 * The indirect refusal rules one by one, each beside the near-miss its veto or context guards
 * against. Sentences are ours, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { mail } from './test-message.js';

function kindOf(text: string, subject = 'Your application'): string {
  return classify(mail({ subject, text: `Hi Sam,\n\n${text}\n\nRowan` })).kind;
}

describe('refusals said by naming who was chosen', () => {
  it('reads an internal hire as a rejection', () => {
    expect(kindOf('The board has opted to go with an internal applicant for the controller post.')).toBe(
      'rejection',
    );
  });

  it('reads a role offered to another person as a rejection', () => {
    expect(kindOf('We have offered the job to another finalist after a close final round.')).toBe(
      'rejection',
    );
  });

  it('reads "others were a stronger match" as a rejection', () => {
    expect(kindOf('In the end, other applicants were stronger on the regulatory side.')).toBe('rejection');
  });

  it('does not read a new colleague being hired as a rejection', () => {
    expect(
      kindOf('We hired a new coordinator, Ola, who will organise your interviews. Does Friday work for you?'),
    ).toBe('interview');
  });

  it('does not read a promise about a future appointment as a rejection', () => {
    expect(
      kindOf(
        'We have received your application. Once we have hired the successful candidate, we will tell everyone.',
      ),
    ).toBe('acknowledgement');
  });
});

describe('refusals said as a pass or a missing requirement', () => {
  it('reads "it is a no from the panel" as a rejection', () => {
    expect(kindOf('Thanks for your patience. It is a no from the panel, sorry.', 'Re: Ops role')).toBe(
      'rejection',
    );
  });

  it('does not read "we will pass your portfolio on" as a rejection', () => {
    expect(kindOf('We will pass your portfolio on to the design lead this afternoon.', 'Portfolio')).toBe(
      'other',
    );
  });

  it('reads "not in a position to offer you" as a rejection', () => {
    expect(kindOf('We are not in a position to offer you the analyst job this season.')).toBe('rejection');
  });

  it('reads missing essential criteria as a rejection', () => {
    expect(kindOf("Your experience doesn't fully meet the essential criteria for this post.")).toBe(
      'rejection',
    );
  });

  it('does not read an advice article on not being selected as a rejection', () => {
    expect(kindOf('Ten reasons you were not selected, and the fixes that work.', 'Career tips')).toBe(
      'other',
    );
  });
});

describe('paused candidacies and closed vacancies', () => {
  it('does not read a hold that waits for a document as a rejection', () => {
    expect(
      kindOf('Your application is on hold until you send your certificate. Please upload it today.'),
    ).toBe('other');
  });

  it('does not read a vacancy that closed and reopened as a rejection', () => {
    expect(
      kindOf('The vacancy was closed during the restructure but has reopened, and your file is active.'),
    ).toBe('other');
  });

  it('does not read a change of interview format as a rejection', () => {
    expect(
      kindOf('We went another way with the interview format: please complete a take-home exercise.'),
    ).toBe('assessment');
  });
});

describe('interviews and receipts said in other words', () => {
  it('reads a moved interview as an interview', () => {
    expect(
      kindOf('I have to push our panel interview to Wednesday; the same link will work.', 'Change'),
    ).toBe('interview');
  });

  it('reads "the hiring manager would like to speak with you" as an interview', () => {
    expect(
      kindOf('The engineering manager would like to talk with you. Are you around on Monday?', 'Hi'),
    ).toBe('interview');
  });

  it('reads "your application is now with the hiring team" as an acknowledgement', () => {
    expect(kindOf('Good news: your application is now with the recruiting team.', 'Hi')).toBe(
      'acknowledgement',
    );
  });
});

describe('refusals said as a missing need', () => {
  it('reads "not quite who we are looking for" as a rejection', () => {
    expect(kindOf('Having met the team, we feel your profile is not quite who we are looking for.')).toBe(
      'rejection',
    );
  });

  it('reads "no suitable opening for you" as a rejection', () => {
    expect(kindOf("We don't have a suitable opening for you at the moment. Thank you for applying.")).toBe(
      'rejection',
    );
  });

  it('does not read "no role for you yet" as a rejection', () => {
    expect(
      kindOf("We don't have a role for you yet, but the team is growing. Open to a quick chat?", 'Hi'),
    ).not.toBe('rejection');
  });

  it('reads a closed file as a rejection', () => {
    expect(kindOf('I am writing to say we have closed your file for the buyer role.')).toBe('rejection');
  });

  it('does not read a saved job that disappeared as a rejection', () => {
    expect(kindOf('Unfortunately a job you saved is no longer available on the board.', 'Saved jobs')).toBe(
      'other',
    );
  });
});

describe('other kinds said in other words', () => {
  it('reads a call proposed for a dated slot as an interview', () => {
    expect(kindOf('Would you be free for a Zoom call on the 3rd at 2pm?', 'Hi')).toBe('interview');
  });

  it('reads "bring you on board" as an offer', () => {
    expect(kindOf('The founders want to bring you on board as our first designer.', 'Good news')).toBe(
      'offer',
    );
  });

  it('reads a referral by name as recruiter outreach', () => {
    expect(kindOf('A former colleague of yours suggested I reach out about a platform role.', 'Intro')).toBe(
      'recruiter-outreach',
    );
  });
});
