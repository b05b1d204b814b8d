import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { ImportReport, ItemResult } from '../../app/inbox.js';
import type { Config } from '../../config/config.js';
import { Progress } from '../progress.js';
import { action, type GlobalOptions, given, print, withApp } from '../run.js';
import { table } from '../table.js';

export function registerInbox(program: Command): void {
  program
    .command('classify <paths...>')
    .description('classify job e-mails (.eml files, folders of them, mbox files) without importing anything')
    .action(
      action(async (paths: string[], _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { classifyPaths } = await import('../classify-paths.js');
        await classifyPaths(paths, Boolean(opts.json));
      }),
    );

  const imp = program
    .command('import')
    .description('read job e-mails: rejections start their follow-up plans');
  const options = (c: Command) =>
    c.option(
      '--keep-bodies',
      'keep the text of job e-mails (by default only what was read from them is kept)',
    );

  options(imp.command('eml <paths...>').description('import .eml files or folders of them')).action(
    action(async (paths: string[], o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      const { importEml } = await import('../../app/inbox-sources.js');
      await runImport(opts, (ctx, extra) =>
        importEml(ctx, paths, { keepBodies: Boolean(o.keepBodies), ...extra }),
      );
    }),
  );

  options(
    imp
      .command('mbox <path>')
      .description('import an mbox file (e.g. a Google Takeout export); continues where it stopped'),
  ).action(
    action(async (path: string, o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      let size = 0;
      try {
        size = statSync(path).size;
      } catch {}
      const { importMbox } = await import('../../app/inbox-sources.js');
      await runImport(
        opts,
        (ctx, extra) => importMbox(ctx, path, { keepBodies: Boolean(o.keepBodies), ...extra }),
        size,
      );
    }),
  );

  options(
    imp
      .command('imap')
      .description(
        'import from an IMAP mailbox, read-only and incremental (password from NOTNOW_IMAP_PASSWORD)',
      )
      .requiredOption('--host <host>', 'the IMAP server')
      .requiredOption('--user <user>', 'the login')
      .option('--port <port>', 'the port (993 with TLS)')
      .option('--folder <folder...>', 'folders to read (default: the inbox and the usual archive folders)')
      .option('--since <date>', 'only mail received on or after this day (YYYY-MM-DD)')
      .option('--starttls', 'connect in plain text and upgrade with STARTTLS')
      .option('--no-tls', 'no encryption (only allowed to this machine)')
      .option('--ca <file>', 'a certificate to trust besides the system ones'),
  ).action(
    action(async (o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      const { readFileSync } = await import('node:fs');
      const { importImap } = await import('../../app/inbox-sources.js');
      const { imapPassword } = await import('../../config/config.js');
      await runImport(opts, (ctx, extra, config) =>
        importImap(
          ctx,
          given({
            password: imapPassword(config),
            host: o.host,
            user: o.user,
            port: o.port === undefined ? undefined : Number(o.port),
            folders: o.folder,
            since: o.since,
            tls: o.starttls ? ('starttls' as const) : o.tls === false ? false : undefined,
            ca: o.ca ? readFileSync(o.ca, 'utf8') : undefined,
          }) as Parameters<typeof importImap>[1],
          { keepBodies: Boolean(o.keepBodies), ...extra },
        ),
      );
    }),
  );

  const inbox = program.command('inbox').description('the review queue of imported e-mails');
  inbox
    .command('review')
    .description('e-mails notnow was not sure about, with its suggestion for each')
    .action(
      action(async (_o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { reviewQueue } = await import('../../app/inbox-review.js');
        const items = await withApp(opts, (ctx) => reviewQueue(ctx));
        print(opts, items, () =>
          items.length === 0
            ? 'Nothing to review.'
            : `${table(
                ['ID', 'RECEIVED', 'KIND', 'FROM', 'SUBJECT', 'SUGGESTION'],
                items.map((i) => [
                  i.id,
                  i.receivedAt?.slice(0, 10),
                  `${i.kind} ${Math.round(i.confidence * 100)}%`,
                  i.from,
                  i.subject,
                  i.application
                    ? `${i.suggestion.status}: ${i.application}`
                    : `new: ${i.suggestion.role ?? '?'} at ${i.suggestion.company ?? '?'}`,
                ]),
                50,
              )}\n\nAccept: notnow inbox accept ID [--application ID | --new [--company C --role R]]   Reject: notnow inbox dismiss ID`,
        );
      }),
    );
  inbox
    .command('accept <message-id>')
    .description('accept the suggestion for a message, or correct it')
    .option('--application <id>', 'the application it is about (instead of the suggested one)')
    .option('--new', 'it is about an application not in notnow yet: create it')
    .option('--company <name>', 'with --new: the company')
    .option('--role <title>', 'with --new: the role')
    .action(
      action(async (message: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { acceptMessage } = await import('../../app/inbox-review.js');
        const r = await withApp(opts, (ctx) =>
          acceptMessage(
            ctx,
            given({
              message,
              application: o.application,
              createNew: o.new,
              company: o.company,
              role: o.role,
            }),
          ),
        );
        print(
          opts,
          r,
          () => `Message ${r.messageId} now belongs to application ${r.applicationId} (${r.status})`,
        );
      }),
    );
  inbox
    .command('dismiss <message-id>')
    .description('the suggestion is wrong: keep the message out of your applications')
    .action(
      action(async (message: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { dismissMessage } = await import('../../app/inbox-review.js');
        const r = await withApp(opts, (ctx) => dismissMessage(ctx, message));
        print(opts, r, () => `Dismissed message ${r.messageId}`);
      }),
    );
}

type Run = (
  ctx: Parameters<Parameters<typeof withApp>[1]>[0],
  extra: {
    onItem: (r: ItemResult, item: { resume?: { kind: string; nextOffset?: number } }) => void;
    signal: AbortSignal;
    keepResults: false;
    onReplan: (done: number, total: number) => void;
  },
  config: Config,
) => Promise<ImportReport>;

/** What the summary lists at most: the rest is counted (the --json output has every item). */
const SHOWN_APPLIED = 50;
const SHOWN_ERRORS = 20;

async function runImport(opts: GlobalOptions, run: Run, totalBytes = 0): Promise<void> {
  const progress = new Progress(process.stderr, totalBytes, !opts.json && Boolean(process.stderr.isTTY));
  const controller = new AbortController();
  // Ctrl-C: finish the message in hand, commit, and stop; the next run continues from there.
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    progress.note('stopping after this message (Ctrl-C again to quit now)…');
  };
  process.on('SIGINT', onSigint);
  // The results are not kept by the import (a mailbox of years would hold them all in memory): each
  // is printed as it comes with --json, and the summary keeps only the lines it shows.
  const applied: string[] = [];
  const errors: string[] = [];
  const onItem = (r: ItemResult, item: { resume?: { kind: string; nextOffset?: number } }) => {
    progress.tick(r.status, item.resume?.nextOffset);
    if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else if (r.status === 'applied' && applied.length < SHOWN_APPLIED)
      applied.push(
        `  ${r.kind}: ${r.subject} → application ${r.applicationId}${r.newStatus ? ` is now ${r.newStatus}` : ''}`,
      );
    else if (r.status === 'error' && errors.length < SHOWN_ERRORS)
      errors.push(`  skipped ${r.key}: ${r.error}`);
  };
  try {
    const report = await withApp(
      opts,
      (ctx, config) =>
        run(
          ctx,
          {
            signal: controller.signal,
            onItem,
            keepResults: false,
            onReplan: (done, total) => progress.replanning(done, total),
          },
          config,
        ),
      { mapPages: false },
    );
    progress.done();
    if (!opts.json) {
      const c = report.counts;
      print(opts, null, () =>
        [
          `${report.interrupted ? 'Stopped' : 'Done'}: ${c.applied} applied, ${c.review} to review, ${c.duplicate} already imported, ${c.ignored} not job mail, ${c.error} unreadable.`,
          ...applied,
          c.applied > applied.length
            ? `  … and ${c.applied - applied.length} more (notnow list applications shows where they stand)`
            : '',
          ...errors,
          c.error > errors.length ? `  … and ${c.error - errors.length} more unreadable` : '',
          c.review > 0 ? 'Review the rest: notnow inbox review' : '',
          report.interrupted ? 'Run the same command again to continue.' : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    if (report.interrupted) process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
