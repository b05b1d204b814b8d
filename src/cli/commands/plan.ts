import { renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { AgendaItem } from '../../app/agenda.js';
import { NotNowError } from '../../core/errors.js';
import { action, type GlobalOptions, given, print, printJsonBytes, withApp } from '../run.js';
import { table } from '../table.js';

export function registerPlan(program: Command): void {
  for (const [name, description, days] of [
    ['agenda', 'what to do: overdue, today and upcoming steps of your follow-up plans', '14'],
    ['today', 'what to do today (and anything overdue)', '0'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .option('--days <n>', 'how many days ahead to show', days)
      .option('--replan', 're-plan every application now (after editing your playbook)')
      .action(
        action(async (o, cmd: Command) => {
          const opts = cmd.optsWithGlobals<GlobalOptions>();
          const { readAgenda, readAgendaJson } = await import('../../app/agenda.js');
          const input = { days: o.days, replan: Boolean(o.replan) };
          if (opts.json) {
            // Written by the database as the text to print (issue #7: about 12,000 steps at scale 1).
            printJsonBytes(await withApp(opts, (ctx) => readAgendaJson(ctx, input)));
            return;
          }
          const { today, items } = await withApp(opts, (ctx) => readAgenda(ctx, input));
          print(opts, items, () => humanAgenda(today, items));
        }),
      );
  }

  program
    .command('done <step-id>')
    .description('mark a step done (a letter or call is logged as a touch with the person)')
    .option(
      '--channel <channel>',
      'how you did it, if not as planned: email, phone, linkedin, letter, card, meeting',
    )
    .option('--on <date>', 'when (default today)')
    .option('--note <text>', 'a note for the touch')
    .action(
      action(async (step: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { completeStep } = await import('../../app/steps.js');
        const r = await withApp(opts, (ctx) =>
          completeStep(ctx, given({ step, channel: o.channel, on: o.on, note: o.note })),
        );
        print(opts, r, () => `Step ${r.step.id} done${r.touchId ? ` (logged as touch ${r.touchId})` : ''}`);
      }),
    );

  program
    .command('skip <step-id>')
    .description('skip a step; the plan carries on without it')
    .action(
      action(async (step: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { skipStep } = await import('../../app/steps.js');
        const s = await withApp(opts, (ctx) => skipStep(ctx, step));
        print(opts, s, () => `Skipped step ${s.id}`);
      }),
    );

  program
    .command('snooze <step-id>')
    .description('put a step off until a later day')
    .requiredOption('--until <date>', 'the day to show it again (YYYY-MM-DD or words like "next monday")')
    .action(
      action(async (step: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { snoozeStep } = await import('../../app/steps.js');
        const s = await withApp(opts, (ctx) => snoozeStep(ctx, { step, until: o.until }));
        print(opts, s, () => `Snoozed step ${s.id} until ${s.snoozedUntil}`);
      }),
    );

  program
    .command('calendar')
    .description('write every step as a calendar event (an .ics file to import or refresh)')
    .requiredOption('--out <file>', 'the .ics file to write')
    .action(
      action(async (o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { calendarFeed } = await import('../../app/steps.js');
        const ics = await withApp(opts, (ctx) => calendarFeed(ctx));
        const tmp = `${o.out}.partial-${process.pid}`;
        try {
          writeFileSync(tmp, ics);
          renameSync(tmp, o.out);
        } catch (e) {
          throw new NotNowError('invalid-input', `Cannot write ${o.out}: ${(e as Error).message}`);
        }
        const events = (ics.match(/BEGIN:VEVENT/g) ?? []).length;
        print(opts, { file: o.out, events }, () => `Wrote ${events} events to ${o.out}`);
      }),
    );
}

const HEADINGS = { overdue: 'Overdue', today: 'Today', upcoming: 'Coming up' } as const;

function humanAgenda(today: string, items: AgendaItem[]): string {
  if (items.length === 0)
    return `Nothing to do today (${today}). Record a "no" with notnow reject ID to start a plan.`;
  const out: string[] = [];
  for (const group of ['overdue', 'today', 'upcoming'] as const) {
    const rows = items.filter((i) => i.group === group);
    if (rows.length === 0) continue;
    out.push(
      `${HEADINGS[group]}${group === 'today' ? ` (${today})` : ''}`,
      table(
        ['ID', 'DUE', 'WHAT', 'WHO', 'COMPANY', 'WHY'],
        rows.map((i) => [i.id, i.due, i.kind, i.person ?? '(you)', i.company, i.why]),
        70,
      ),
      '',
    );
  }
  return out.join('\n');
}
