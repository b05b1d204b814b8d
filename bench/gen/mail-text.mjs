/**
 * The words of generated job mail, by kind. Several phrasings per kind (and some German and French
 * ones, whose accents exercise the charsets) so a classifier cannot key on one fixed sentence.
 * Some paragraphs start with "From " on purpose: the mbox writer must quote them as ">From ".
 */
export const KINDS = [
  ['acknowledgement', 25],
  ['rejection', 20],
  ['interview-invitation', 11],
  ['recruiter-outreach', 14],
  ['newsletter', 15],
  ['offer', 1.5],
  ['reply', 13.5],
];

const REJECTIONS = [
  (c) => [
    `Dear ${c.me},`,
    `Thank you for your interest in the ${c.role} position at ${c.company} and for the time you invested in our process.`,
    'After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.',
    'We will keep your profile on file and encourage you to apply for future openings that fit your background.',
    `Kind regards,\n${c.sender}\n${c.company} Talent Team`,
  ],
  (c) => [
    `Hi ${c.meFirst},`,
    `I wanted to personally let you know that we won't be moving forward with your application for ${c.role}. It was a close call, and the team enjoyed meeting you.`,
    `From my side, I'd be glad to stay in touch as new roles open up at ${c.company}.`,
    `Best,\n${c.sender}`,
  ],
  (c) => [
    `Hallo ${c.meFirst},`,
    `vielen Dank für Ihre Bewerbung als ${c.role} bei ${c.company} und die Zeit, die Sie sich für die Gespräche genommen haben.`,
    'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.',
    `Mit freundlichen Grüßen\n${c.sender}`,
  ],
  (c) => [
    `Bonjour ${c.meFirst},`,
    `Merci pour votre candidature au poste de ${c.role} chez ${c.company}. Après réflexion, nous avons retenu un profil plus proche de nos besoins actuels.`,
    'Nous conservons votre dossier et reviendrons vers vous si un poste correspondant se libère.',
    `Bien à vous,\n${c.sender}`,
  ],
  (c) => [
    `Dear ${c.me},`,
    `Unfortunately, the ${c.role} role has been put on hold, and we are closing all open applications for it.`,
    `From the whole team at ${c.company}: thank you for your patience, and we're sorry we couldn't give you better news.`,
    `${c.sender}`,
  ],
];

const TEXTS = {
  acknowledgement: [
    (c) => [
      `Hi ${c.meFirst},`,
      `Thanks for applying to ${c.company}! We've received your application for ${c.role} and our team will review it in the coming days.`,
      'If your background is a match, a recruiter will contact you to schedule a first conversation.',
      `— The ${c.company} Recruiting Team`,
    ],
    (c) => [
      `Dear ${c.me},`,
      `This confirms that your application (reference ${c.ref}) for ${c.role} was submitted successfully.`,
      'Please do not reply to this message; this mailbox is not monitored.',
    ],
  ],
  rejection: REJECTIONS,
  'interview-invitation': [
    (c) => [
      `Hi ${c.meFirst},`,
      `Great news — the team would love to move you forward for the ${c.role} role. Next is a 45-minute interview with ${c.other}.`,
      'Could you share two or three slots that work for you next week? Tuesday or Thursday afternoons are easiest on our side.',
      `Looking forward to it,\n${c.sender}`,
    ],
    (c) => [
      `Hello ${c.meFirst},`,
      `You're invited to an on-site interview for ${c.role} at ${c.company} on ${c.when}. The loop is four conversations of 45 minutes each.`,
      'From 9:30 you will meet the team; lunch is included. Please bring an ID for the front desk.',
      `Cheers,\n${c.sender}`,
    ],
  ],
  'recruiter-outreach': [
    (c) => [
      `Hi ${c.meFirst},`,
      `I came across your profile and think you'd be a strong fit for a ${c.role} role with one of my clients, a fast-growing company in ${c.city}.`,
      'The package is competitive (base plus equity), with a hybrid setup. Would you be open to a quick 15-minute call this week?',
      `Best regards,\n${c.sender}\nSenior Consultant`,
    ],
  ],
  offer: [
    (c) => [
      `Dear ${c.me},`,
      `I'm delighted to offer you the position of ${c.role} at ${c.company}! The formal offer letter is attached in our portal.`,
      'Please let us know your decision within five business days. We are happy to answer any questions.',
      `Warmly,\n${c.sender}`,
    ],
  ],
  newsletter: [
    (c) => [
      `${c.company} Careers — ${c.month} digest`,
      `New roles this month: ${c.role}, ${c.role2}, and 12 more.`,
      'Life at the company: our team spent a week rebuilding the onboarding flow. Read the story on our blog.',
      'You receive this e-mail because you signed up for job alerts. Unsubscribe at any time.',
    ],
  ],
  reply: [
    (c) => [
      `Hi ${c.otherFirst},`,
      `Thank you again for taking the time to talk about the ${c.role} role. I enjoyed our conversation about ${c.topic}.`,
      `Best,\n${c.meFirst}`,
    ],
    (c) => [
      `Hi ${c.meFirst},`,
      'Thanks for the kind note, it was great talking to you too. Let me check with the team and get back to you by the end of the week.',
      `${c.sender}`,
    ],
  ],
};

const SUBJECTS = {
  acknowledgement: (c) => `Thank you for applying to ${c.company}`,
  rejection: (c) =>
    c.german ? `Ihre Bewerbung bei ${c.company} – ${c.role}` : `Update on your application for ${c.role}`,
  'interview-invitation': (c) => `Interview invitation: ${c.role} at ${c.company}`,
  'recruiter-outreach': (c) => `Exciting ${c.role} opportunity in ${c.city}`,
  offer: (c) => `Offer: ${c.role} at ${c.company} 🎉`,
  newsletter: (c) => `${c.company} Careers: ${c.month} digest`,
  reply: (c) => `Re: ${c.thread ?? `Our conversation about ${c.role}`}`,
};

export function compose(kind, c, r) {
  const variants = TEXTS[kind];
  const index = r.int(0, variants.length - 1);
  const german = kind === 'rejection' && index === 2;
  const paragraphs = variants[index]({ ...c, german });
  return { subject: SUBJECTS[kind]({ ...c, german }), paragraphs };
}
