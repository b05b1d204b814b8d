/** Builds raw job e-mails for tests (RFC 822 text), written by us. */
export interface TestMail {
  from: string;
  to?: string;
  subject: string;
  body: string;
  date: string;
  messageId?: string | null;
  headers?: Record<string, string>;
}

export function rawMail(m: TestMail): string {
  const lines = [
    `From: ${m.from}`,
    `To: ${m.to ?? 'Alex Morgan <alex@example.net>'}`,
    `Subject: ${m.subject}`,
    `Date: ${new Date(m.date).toUTCString().replace('GMT', '+0000')}`,
    ...(m.messageId === null
      ? []
      : [`Message-ID: <${m.messageId ?? `${Math.abs(hash(m.subject + m.date + m.from))}@test.example`}>`]),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...Object.entries(m.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    '',
    m.body,
    '',
  ];
  return lines.join('\r\n');
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(31, h) + c.charCodeAt(0)) | 0;
  return h;
}

/** An mbox of these messages (mboxrd: body lines starting with "From " are quoted). */
export function mbox(mails: TestMail[]): string {
  return mails
    .map((m) => {
      const raw = rawMail(m)
        .replace(/\r\n/g, '\n')
        .replace(/^(>*From )/gm, '>$1');
      return `From sender@example.com ${new Date(m.date).toUTCString()}\n${raw}\n`;
    })
    .join('');
}

export const rejectionFrom = (company: string, role: string, date: string, who = 'Dana Reyes'): TestMail => ({
  from: `${who} <${who.split(' ')[0]!.toLowerCase()}@${company.toLowerCase().replace(/\W+/g, '')}.com>`,
  subject: `Your application for ${role} at ${company}`,
  date,
  body: [
    `Hi Alex,`,
    '',
    `Thank you for interviewing for the ${role} position at ${company} and for the time you gave us.`,
    'Unfortunately, we have decided not to move forward with your application.',
    'We were impressed by your background and wish you every success in your search.',
    '',
    'Best regards,',
    who,
    `Hiring Manager, ${company}`,
  ].join('\r\n'),
});

export const acknowledgementFrom = (company: string, role: string, date: string): TestMail => ({
  from: `${company} Recruiting <no-reply@${company.toLowerCase().replace(/\W+/g, '')}.com>`,
  subject: `We received your application for ${role}`,
  date,
  body: [
    'Hi Alex,',
    '',
    `Thank you for applying for the ${role} role at ${company}. We have received your application`,
    'and our team will review it. If your profile matches our needs, we will contact you.',
    '',
    `The ${company} Talent Team`,
  ].join('\r\n'),
});
