import type { Command } from 'commander';
import { action, collect, type GlobalOptions, given, print, withApp } from '../run.js';

export function registerAdd(program: Command): void {
  const add = program.command('add').description('add a company, application, person, feedback or link');

  add
    .command('company <name>')
    .description('add a company')
    .option('--domain <domain>', 'an e-mail/web domain of the company (repeatable)', collect)
    .option('--careers <url>', 'its careers page')
    .option('--notes <text>', 'notes')
    .action(
      action(async (name: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { addCompany } = await import('../../app/companies.js');
        const company = await withApp(opts, (ctx) =>
          addCompany(ctx, given({ name, domains: o.domain, careersUrl: o.careers, notes: o.notes })),
        );
        print(opts, { id: company.id }, () => `Added company ${company.id}: ${company.name}`);
      }),
    );

  add
    .command('application')
    .description('add an application (the company is created when it is new)')
    .requiredOption('--company <name>', 'the company')
    .requiredOption('--role <title>', 'the role title')
    .option('--applied <date>', 'when you applied (YYYY-MM-DD or words like "last monday"); default today')
    .option('--via <how>', 'how it came: board, referral, recruiter or direct', 'board')
    .option('--url <url>', 'the job posting')
    .option('--status <status>', 'its status now (default applied)')
    .option('--notes <text>', 'notes')
    .action(
      action(async (o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { addApplication } = await import('../../app/applications.js');
        const r = await withApp(opts, (ctx) =>
          addApplication(
            ctx,
            given({
              company: o.company,
              role: o.role,
              applied: o.applied,
              via: o.via,
              url: o.url,
              status: o.status,
              notes: o.notes,
            }),
          ),
        );
        print(opts, { id: r.application.id }, () =>
          [
            r.companyCreated ? `Added company ${r.company.id}: ${r.company.name}` : '',
            `Added application ${r.application.id}: ${r.application.role} at ${r.company.name} (${r.application.status})`,
          ]
            .filter(Boolean)
            .join('\n'),
        );
      }),
    );

  add
    .command('person <name>')
    .description('add a person you met: interviewer, hiring manager, recruiter, referrer…')
    .option('--company <name>', 'their company (created when new)')
    .option('--email <address>', 'an e-mail address (repeatable)', collect)
    .option('--role <role>', 'interviewer, hiring-manager, recruiter, agency-recruiter, referrer or other')
    .option('--title <title>', 'their job title')
    .option('--application <id>', 'the application they took part in')
    .option('--interviewed <date>', 'when they interviewed you (with --application)')
    .option('--rapport <text>', 'what you share: an interest, a value, a topic you enjoyed')
    .option('--linkedin <url>', 'their LinkedIn profile')
    .option('--phone <number>', 'their phone number')
    .option('--notes <text>', 'notes')
    .action(
      action(async (name: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { addPerson } = await import('../../app/people.js');
        const { person, company } = await withApp(opts, (ctx) =>
          addPerson(
            ctx,
            given({
              name,
              company: o.company,
              emails: o.email,
              role: o.role,
              title: o.title,
              application: o.application,
              interviewed: o.interviewed,
              rapport: o.rapport,
              linkedin: o.linkedin,
              phone: o.phone,
              notes: o.notes,
            }),
          ),
        );
        print(
          opts,
          { id: person.id },
          () =>
            `Added person ${person.id}: ${person.name} (${person.role}${company ? `, ${company.name}` : ''})`,
        );
      }),
    );

  add
    .command('feedback <application-id> <text>')
    .description('record feedback you received about an application')
    .option('--from <person-id>', 'who gave it')
    .option('--on <date>', 'when (default today)')
    .action(
      action(async (application: string, text: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { addFeedback } = await import('../../app/notes.js');
        const f = await withApp(opts, (ctx) =>
          addFeedback(ctx, given({ application, text, from: o.from, on: o.on })),
        );
        print(opts, { id: f.id }, () => `Added feedback ${f.id} to application ${f.applicationId}`);
      }),
    );

  add
    .command('link <url>')
    .description('save something worth sharing in a keep-in-touch note')
    .requiredOption('--title <title>', 'what it is')
    .option('--kind <kind>', 'portfolio, article, company-news or other')
    .option('--company <name>', 'the company it is about')
    .option('--note <text>', 'a note')
    .action(
      action(async (url: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { addLink } = await import('../../app/notes.js');
        const l = await withApp(opts, (ctx) =>
          addLink(ctx, given({ url, title: o.title, kind: o.kind, company: o.company, note: o.note })),
        );
        print(opts, { id: l.id }, () => `Added link ${l.id}: ${l.title}`);
      }),
    );
}
