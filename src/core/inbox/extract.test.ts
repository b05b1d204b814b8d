import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { mail } from './test-message.js';

describe('extract: company', () => {
  it('ends a company name at the end of its sentence', () => {
    const x = extract(
      mail({
        from: 'Recruiting <no-reply@acme.com>',
        subject: 'We received your application for Data Analyst',
        text: 'Hi Alex,\n\nThank you for applying for the Data Analyst role at Acme. We have received your application.',
      }),
    );
    expect(x.company?.value).toBe('Acme');
  });

  it('reads the company from an ATS sender display name, not from the ATS domain', () => {
    const x = extract(
      mail({
        from: 'Acme Robotics Talent Team <no-reply@us.greenhouse-mail.io>',
        subject: 'Your application',
        text: 'Hi Sam,\n\nThanks for applying.\n\nAcme Robotics',
      }),
    );
    expect(x.company?.value).toBe('Acme Robotics');
    expect(x.companyDomain).toBeNull();
    expect(x.person).toBeNull();
  });

  it('reads "Jane at Acme" display names', () => {
    const x = extract(mail({ from: 'Jane at Acme <jane@mail.acme.io>', text: 'Hello there.' }));
    expect(x.company?.value).toBe('Acme');
  });

  it('names the company from the sending domain, spelled as the text spells it', () => {
    const x = extract(
      mail({
        from: 'Zoë Krämer <zoe.kraemer@kessler-brandt.de>',
        text: 'Dear Sam,\n\nthank you for your application.\n\nKind regards\n\nZoë Krämer\nPeople & Culture\nKessler & Brandt GmbH',
      }),
    );
    expect(x.company?.value).toBe('Kessler & Brandt');
    expect(x.companyDomain?.value).toBe('kessler-brandt.de');
    expect(x.person?.name?.value).toBe('Zoë Krämer');
  });

  it('never takes a free-mail domain as the company', () => {
    const x = extract(mail({ from: 'Dan <dan.w@gmail.com>', text: 'Hey, how are you?' }));
    expect(x.companyDomain).toBeNull();
    expect(x.company).toBeNull();
  });

  it('reads the company from ATS links (jobs.lever.co/acme) and subjects', () => {
    const x = extract(
      mail({
        from: 'no-reply@hire.lever.co',
        subject: 'Your application to Pinecrest Retail',
        text: 'See the job at https://jobs.lever.co/pinecrest-retail/123',
      }),
    );
    expect(x.company?.value).toBe('Pinecrest Retail');
    expect(x.company!.confidence).toBeGreaterThan(0.7);
  });

  it('reads "X on behalf of Company" forms', () => {
    const x = extract(
      mail({
        from: 'HackerRank <no-reply@hackerrankforwork.com>',
        text: 'You have a test to take.\n\nHackerRank on behalf of Tidewater Systems',
      }),
    );
    expect(x.company?.value).toBe('Tidewater Systems');
  });

  it('separates an agency from the client it recruits for', () => {
    const x = extract(
      mail({
        from: 'Tom Hargreaves <tom@sterlingsearch.co.uk>',
        subject: 'Castlebridge - update',
        text: 'Hi Ben,\n\nThe hiring team at Castlebridge Capital decided not to proceed.\n\nCheers,\nTom\n\nTom Hargreaves\nSenior Consultant, Sterling Search',
      }),
    );
    expect(x.company?.value).toBe('Castlebridge Capital');
    expect(x.agency?.value).toBe('Sterling Search');
    expect(x.person?.title?.value).toBe('Senior Consultant');
  });
});

describe('extract: role, person, date', () => {
  it('reads the role from "the X role" and the subject', () => {
    const x = extract(
      mail({
        subject: 'Acme | Senior Backend Engineer',
        text: 'Thanks for applying for the Senior Backend Engineer role at Acme.',
      }),
    );
    expect(x.role?.value).toBe('Senior Backend Engineer');
    expect(x.role!.confidence).toBeGreaterThan(0.8);
  });

  it('prefers "position of X" over a title that names the interviewer', () => {
    const x = extract(
      mail({
        text: 'You have been shortlisted for the position of Python Developer. You will meet our Engineering Manager.',
      }),
    );
    expect(x.role?.value).toBe('Python Developer');
  });

  it('drops requisition ids from titles', () => {
    const x = extract(
      mail({ subject: 'Update on your application - Data Analyst (R-20418)', text: 'Hello.' }),
    );
    expect(x.role?.value).toBe('Data Analyst');
  });

  it("takes the writer from Reply-To when an ATS sends on a recruiter's behalf, title from the signature", () => {
    const x = extract(
      mail({
        from: 'Pellucid Labs <no-reply@hire.lever.co>',
        replyTo: 'Dana Whitfield <dana@pellucidlabs.io>',
        text: 'Hi Morgan,\n\nThank you.\n\nDana Whitfield\nTalent Partner, Pellucid Labs',
      }),
    );
    expect(x.person?.name?.value).toBe('Dana Whitfield');
    expect(x.person?.email?.value).toBe('dana@pellucidlabs.io');
    expect(x.person?.title?.value).toBe('Talent Partner');
    expect(x.company?.value).toBe('Pellucid Labs');
    expect(x.companyDomain?.value).toBe('pellucidlabs.io');
  });

  it('gives the date header as the date, and null when it is missing', () => {
    expect(extract(mail({ text: 'x' })).date?.value).toBe('2025-03-04T10:00:00.000Z');
    expect(extract(mail({ text: 'x', date: null })).date).toBeNull();
  });
});
