import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { localTime, stepDate } from '../format.js';
import { action, collect, type GlobalOptions, print, printJsonBytes, withApp } from '../run.js';
import { fields, table } from '../table.js';

export function registerView(program: Command): void {
  program
    .command('list <what>')
    .description('list applications, people or companies')
    .option('--status <status>', 'only applications with this status (repeatable)', collect)
    .option('--company <name>', 'only applications at this company')
    .option('--application <id>', 'only people on this application')
    .action(
      action(async (what: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const applications = /^app(lication)?s?$/.test(what);
        await withApp(
          opts,
          async (ctx) => {
            if (applications) {
              // Each kind loads only its own use case: `list applications` is a command people script.
              const { listApplications, listApplicationsJson } = await import(
                '../../app/application-list.js'
              );
              const status = o.status ? await statusesGiven(o.status as string[]) : undefined;
              const filter = { ...(status ? { status } : {}), company: o.company };
              if (opts.json) {
                printJsonBytes(await listApplicationsJson(ctx, filter));
                return;
              }
              const rows = await listApplications(ctx, filter);
              print(opts, rows, () =>
                rows.length === 0
                  ? 'No applications yet. Add one: notnow add application --company NAME --role TITLE'
                  : table(
                      ['ID', 'COMPANY', 'ROLE', 'STATUS', 'APPLIED', 'VIA'],
                      rows.map((a) => [a.id, a.company, a.role, a.status, a.appliedOn, a.source]),
                    ),
              );
            } else if (/^people|persons?$/.test(what)) {
              const { listPeople } = await import('../../app/people.js');
              const rows = await listPeople(ctx, o.application ? { application: Number(o.application) } : {});
              print(opts, rows, () =>
                rows.length === 0
                  ? 'No people yet. Add one: notnow add person NAME --company NAME --role interviewer'
                  : table(
                      ['ID', 'NAME', 'COMPANY', 'ROLE', 'E-MAIL', 'CONTACT'],
                      rows.map((p) => [p.id, p.name, p.company, p.role, p.emails[0], p.contactState]),
                    ),
              );
            } else if (/^compan(y|ies)$/.test(what)) {
              const { listCompanies } = await import('../../app/companies.js');
              const rows = await listCompanies(ctx);
              print(opts, rows, () =>
                rows.length === 0
                  ? 'No companies yet.'
                  : table(
                      ['ID', 'NAME', 'DOMAINS', 'CAREERS PAGE'],
                      rows.map((c) => [c.id, c.name, c.domains.join(', '), c.careersUrl]),
                    ),
              );
            } else {
              throw invalidInput(`cannot list "${what}"; use applications, people or companies`);
            }
          },
          // Listing applications reads the store only: no plan, no playbook.
          { plans: !applications },
        );
      }),
    );

  program
    .command('show <id>')
    .description('show everything about one record (application, person, company, step…)')
    .action(
      action(async (id: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { getProfile } = await import('../../app/profile.js');
        const { showRecord } = await import('../../app/records.js');
        await withApp(opts, async (ctx) => {
          const record = await showRecord(ctx, id);
          const { timeZone } = await getProfile(ctx);
          print(opts, record, () => describe(record, timeZone));
        });
      }),
    );
}

/** The `--status` values, checked; the input schemas load only when the option is given. */
async function statusesGiven(values: string[]) {
  const { statusInput } = await import('../../app/input.js');
  return values.map((s) => {
    const r = statusInput.safeParse(s);
    if (!r.success) throw invalidInput(`--status: ${r.error.issues[0]?.message}`);
    return r.data;
  });
}

type Shown = Awaited<ReturnType<typeof import('../../app/records.js').showRecord>>;

function describe(r: Shown, tz: string): string {
  const out: string[] = [];
  const steps = (list: import('../../core/model.js').Step[]) =>
    list.length === 0
      ? ''
      : `\nSteps\n${table(
          ['ID', 'DUE', 'KIND', 'STATE', 'WHY'],
          list.map((s) => [s.id, stepDate(s), s.kind, s.state, s.why]),
          60,
        )}`;
  switch (r.kind) {
    case 'application': {
      const a = r.application;
      out.push(
        `${a.role} at ${r.company.name}`,
        fields([
          ['id', a.id],
          ['status', a.status],
          ['applied', a.appliedOn],
          ['via', a.source],
          ['job posting', a.jobUrl],
          ['notes', a.notes],
        ]),
        `\nHistory\n${table(
          ['WHEN', 'STATUS', 'REASON'],
          r.history.map((h) => [
            localTime(h.at, tz),
            h.status,
            [h.reason, h.mood ? `felt ${h.mood}` : null].filter(Boolean).join('; '),
          ]),
          60,
        )}`,
      );
      if (r.people.length > 0) {
        out.push(
          `\nPeople\n${table(
            ['ID', 'NAME', 'PART', 'INTERVIEWED', 'CONTACT'],
            r.people.map(({ person, participation }) => [
              person.id,
              person.name,
              participation.role,
              participation.interviewedOn,
              person.contactState,
            ]),
          )}`,
        );
      }
      if (r.touches.length > 0) {
        out.push(
          `\nTouches\n${table(
            ['WHEN', 'WHO', 'CHANNEL', 'DIR', 'NOTE'],
            r.touches.map((t) => [
              localTime(t.at, tz),
              r.people.find((p) => p.person.id === t.personId)?.person.name ?? t.personId,
              t.channel,
              t.direction,
              [t.tone, t.note].filter(Boolean).join(': '),
            ]),
            60,
          )}`,
        );
      }
      if (r.feedback.length > 0) {
        out.push(`\nFeedback\n${r.feedback.map((f) => `${f.receivedOn}  ${f.text}`).join('\n')}`);
      }
      out.push(steps(r.steps));
      break;
    }
    case 'person': {
      const p = r.person;
      out.push(
        p.name,
        fields([
          ['id', p.id],
          ['company', r.company?.name],
          ['title', p.title],
          ['part', p.role],
          ['e-mail', p.emails.join(', ')],
          ['phone', p.phone],
          ['LinkedIn', p.linkedinUrl],
          ['rapport', p.rapport],
          ['contact', p.contactState],
          ['notes', p.notes],
          [
            'applications',
            r.participations
              .map((x) => `${x.applicationId} (${x.role}${x.interviewedOn ? `, ${x.interviewedOn}` : ''})`)
              .join(', '),
          ],
        ]),
      );
      if (r.touches.length > 0) {
        out.push(
          `\nTouches\n${table(
            ['WHEN', 'CHANNEL', 'DIR', 'NOTE'],
            r.touches.map((t) => [
              localTime(t.at, tz),
              t.channel,
              t.direction,
              [t.tone, t.note].filter(Boolean).join(': '),
            ]),
            60,
          )}`,
        );
      }
      out.push(steps(r.steps));
      break;
    }
    case 'company':
      out.push(
        r.company.name,
        fields([
          ['id', r.company.id],
          ['domains', r.company.domains.join(', ')],
          ['careers page', r.company.careersUrl],
          ['notes', r.company.notes],
        ]),
      );
      break;
    default: {
      const { kind, ...rest } = r;
      const record = Object.values(rest)[0] as Record<string, unknown>;
      out.push(`${kind}`, fields(Object.entries(record).map(([k, v]) => [k, v === null ? null : String(v)])));
    }
  }
  return out.filter(Boolean).join('\n');
}
