import type { Command } from 'commander';
import { action, collect, type GlobalOptions, given, print, withApp } from '../run.js';

export function registerChange(program: Command): void {
  program
    .command('edit <id>')
    .description('change an application, person or company (only the fields you give)')
    .option('--name <name>', 'person or company: the name')
    .option('--company <name>', 'application or person: the company')
    .option(
      '--role <text>',
      'application: the role title; person: their part (interviewer, hiring-manager, …)',
    )
    .option('--title <title>', 'person: job title')
    .option('--email <address>', 'person: replace the e-mail addresses (repeatable)', collect)
    .option('--add-email <address>', 'person: add an e-mail address (repeatable)', collect)
    .option('--phone <number>', 'person: phone')
    .option('--linkedin <url>', 'person: LinkedIn profile')
    .option('--rapport <text>', 'person: what you share')
    .option('--contact-state <state>', 'person: active, dormant or do-not-contact')
    .option('--applied <date>', 'application: when you applied')
    .option('--via <how>', 'application: board, referral, recruiter or direct')
    .option('--url <url>', 'application: the job posting')
    .option('--domain <domain>', 'company: replace the domains (repeatable)', collect)
    .option('--add-domain <domain>', 'company: add a domain (repeatable)', collect)
    .option('--careers <url>', 'company: careers page')
    .option('--notes <text>', 'notes')
    .action(
      action(async (id: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const changes = given({
          name: o.name,
          company: o.company,
          role: o.role,
          title: o.title,
          emails: o.email,
          addEmails: o.addEmail,
          phone: o.phone,
          linkedin: o.linkedin,
          rapport: o.rapport,
          contactState: o.contactState,
          applied: o.applied,
          via: o.via,
          url: o.url,
          domains: o.domain,
          addDomains: o.addDomain,
          careersUrl: o.careers,
          notes: o.notes,
        });
        const { editRecord } = await import('../../app/records.js');
        const r = await withApp(opts, (ctx) => editRecord(ctx, id, changes));
        print(opts, r, () => `Updated ${r.kind} ${r.record.id}`);
      }),
    );

  program
    .command('delete <id>')
    .description(
      'delete an application (with its plan), a person, a company without applications, feedback or a link',
    )
    .action(
      action(async (id: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { deleteRecord } = await import('../../app/records.js');
        const r = await withApp(opts, (ctx) => deleteRecord(ctx, id));
        print(opts, r, () => `Deleted ${r.kind} ${r.record.id}`);
      }),
    );
}
