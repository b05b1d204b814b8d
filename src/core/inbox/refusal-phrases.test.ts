/**
 * The indirect refusal rules one by one, each beside the near-miss its veto or context guards
 * against. Sentences are ours, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { readRules } from './rule-reading.js';
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

describe('round 7: refusals the rules missed', () => {
  it('reads a role offered to someone else, named in full, as a rejection', () => {
    expect(kindOf('The partners have offered the Senior Tax Associate position to another applicant.')).toBe(
      'rejection',
    );
    expect(
      kindOf('We closed the search last week and the offer went to a candidate from our own network.'),
    ).toBe('rejection');
  });

  it('does not read the offer going to the reader as a rejection', () => {
    expect(
      kindOf('We would like to offer the Senior Tax Associate position to you, starting in May.'),
    ).not.toBe('rejection');
  });

  it('reads a post put on hold or a frozen hire as a rejection', () => {
    expect(
      kindOf(
        'Our funding fell through, so we have put the position on hold and are closing the recruitment.',
      ),
    ).toBe('rejection');
    expect(kindOf("I've frozen the analyst hire until next spring; thank you for your patience.")).toBe(
      'rejection',
    );
  });

  it('does not read a reopened post as a rejection', () => {
    expect(
      kindOf('Good news: the role we put on hold in March has reopened, and we would love to interview you.'),
    ).not.toBe('rejection');
  });

  it("reads a portal's status line as a rejection", () => {
    const text =
      'The status of your application has changed.\n\nWarehouse Supervisor\nStatus: Not moving forward';
    expect(kindOf(text, 'Application update')).toBe('rejection');
  });

  it('does not take a status line that moves on, or is still open, for a refusal', () => {
    for (const status of ['Interview scheduled', 'Not yet reviewed', 'Under review']) {
      const text = `The status of your application has changed.\n\nWarehouse Supervisor\nStatus: ${status}`;
      const { signals } = readRules(mail({ subject: 'Application update', text }));
      expect(signals.filter((s) => s.includes('status: not going on'))).toEqual([]);
    }
  });
});

describe('round 7: refusals that are not a job refusal', () => {
  it('reads a refused volunteer place or fellowship as other mail', () => {
    expect(
      kindOf(
        'Thank you for signing up to volunteer at the harbour festival. All volunteer slots are now taken, so we could not place you this year.',
        'Volunteer sign-up',
      ),
    ).toBe('other');
    expect(
      kindOf(
        'Thank you for applying to the Northgate Fellowship. The committee was not able to offer you a place in the next cohort.',
        'Fellowship outcome',
      ),
    ).toBe('other');
  });

  it('still reads a refused job that mentions volunteers as a rejection', () => {
    expect(
      kindOf(
        'Thank you for applying for the Volunteer Coordinator role. We have decided not to proceed with your application.',
      ),
    ).toBe('rejection');
  });

  it("reads an editor passing on a pitch as other mail, even when the pitch's topic is hiring", () => {
    expect(
      kindOf(
        "Thanks for the pitch. We covered something close last month, so I'm going to pass on this one.",
        'Pitch: why hiring takes so long',
      ),
    ).toBe('other');
  });

  it('reads an invitation that says the other applicants were told no as an interview', () => {
    expect(
      kindOf(
        'You are one of three people shortlisted for interview. The other applicants have been told they were not successful. Interviews are on Monday 4 May at 10am.',
        'Shortlisted for interview',
      ),
    ).toBe('interview');
  });

  it('still reads "others were closer, so you were not successful" as a rejection', () => {
    expect(
      kindOf('Other candidates were closer to the brief, so on this occasion you were not successful.'),
    ).toBe('rejection');
  });
});
