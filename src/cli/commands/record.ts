import type { Command } from 'commander';
import { action, type GlobalOptions, given, print, withApp } from '../run.js';
import { table } from '../table.js';

export function registerRecord(program: Command): void {
  program
    .command('status <application-id> <status>')
    .description(
      'change an application’s status (saved, applied, screening, interviewing, offer, rejected, ghosted, withdrawn, hired)',
    )
    .option('--on <date>', 'when it happened (default today)')
    .option('--reason <text>', 'why, in a few words')
    .action(
      action(async (id: string, status: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { setStatus } = await import('../../app/applications.js');
        const r = await withApp(opts, (ctx) =>
          setStatus(ctx, given({ id, status, on: o.on, reason: o.reason })),
        );
        print(opts, { id: r.application.id, status: r.application.status, change: r.change }, () =>
          statusLine(r.application.id, r.change.status, r.application.status),
        );
      }),
    );

  program
    .command('reject <application-id>')
    .description('record a rejection (starts the follow-up plan)')
    .option('--on <date>', 'when the "no" came (default today)')
    .option('--reason <text>', 'the reason they gave')
    .option('--mood <mood>', 'how you feel about it: ok, disappointed or upset (an upset plan starts later)')
    .option('--preview', 'show the plan it would start, and save nothing')
    .action(
      action(async (id: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const mood = o.mood ?? (process.stdin.isTTY && !opts.json ? await askMood() : undefined);
        const input = given({ id, status: 'rejected', on: o.on, reason: o.reason, mood });
        if (o.preview) {
          const { previewStatus } = await import('../../app/preview.js');
          const steps = await withApp(opts, (ctx) => previewStatus(ctx, input));
          print(opts, steps, () =>
            steps.length === 0
              ? 'Recording this rejection would plan nothing (no one to write to yet: add the people you met).'
              : `Recording this rejection would plan:\n${table(
                  ['DUE', 'WHAT', 'WHY'],
                  steps.map((s) => [s.due, s.kind, s.why]),
                  80,
                )}\n\nNothing was saved. Run it again without --preview to record it.`,
          );
          return;
        }
        const { setStatus } = await import('../../app/applications.js');
        const r = await withApp(opts, (ctx) => setStatus(ctx, input));
        print(opts, { id: r.application.id, status: r.application.status, change: r.change }, () =>
          statusLine(r.application.id, 'rejected', r.application.status),
        );
      }),
    );

  program
    .command('log <person-id>')
    .description('log a contact made or received')
    .requiredOption('--channel <channel>', 'email, phone, linkedin, letter, card or meeting')
    .requiredOption('--direction <direction>', 'out (you reached them) or in (they reached you)')
    .option('--on <date>', 'when (default today)')
    .option('--note <text>', 'what was said')
    .option('--tone <tone>', 'for replies: warm, neutral, cool or asked-to-stop')
    .option('--application <id>', 'the application it was about')
    .action(
      action(async (person: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { logTouch } = await import('../../app/touches.js');
        const r = await withApp(opts, (ctx) =>
          logTouch(
            ctx,
            given({
              person,
              channel: o.channel,
              direction: o.direction,
              on: o.on,
              note: o.note,
              tone: o.tone,
              application: o.application,
            }),
          ),
        );
        print(
          opts,
          { id: r.touch.id, contactState: r.person.contactState, cancelledSteps: r.cancelledSteps },
          () =>
            [
              `Logged touch ${r.touch.id} with ${r.person.name}`,
              r.person.contactState === 'do-not-contact'
                ? `${r.person.name} asked not to be contacted: ${r.cancelledSteps} pending step(s) cancelled, and none will be planned again.`
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
        );
      }),
    );

  program
    .command('link <person-id> <application-id>')
    .description('say that a person took part in an application')
    .option(
      '--role <role>',
      'their part: interviewer, hiring-manager, recruiter, agency-recruiter, referrer, other',
    )
    .option('--interviewed <date>', 'when they interviewed you')
    .action(
      action(async (person: string, application: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { linkPerson } = await import('../../app/people.js');
        const p = await withApp(opts, (ctx) =>
          linkPerson(ctx, given({ person, application, role: o.role, interviewed: o.interviewed })),
        );
        print(opts, p, () => `Person ${p.personId} is now on application ${p.applicationId} as ${p.role}`);
      }),
    );
}

function statusLine(id: number, recorded: string, current: string): string {
  return recorded === current
    ? `Application ${id} is now ${current}`
    : `Recorded "${recorded}" in the history of application ${id}; a later change keeps it ${current}`;
}

/** Asked on a terminal when --mood is not given: a plan made while upset starts later. */
async function askMood(): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (;;) {
      const answer = (await rl.question('How do you feel about it? [o]k, [d]isappointed or [u]pset: '))
        .trim()
        .toLowerCase();
      const mood = ['ok', 'disappointed', 'upset'].find((m) => answer !== '' && m.startsWith(answer));
      if (mood) return mood;
      if (answer === '') return 'ok';
    }
  } finally {
    rl.close();
  }
}
