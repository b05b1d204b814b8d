import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { NotNowError } from '../../core/errors.js';
import { action, type GlobalOptions, given, print, withApp } from '../run.js';
import { table } from '../table.js';

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new NotNowError('invalid-input', `Cannot read ${file}: ${(e as Error).message}`);
  }
}

function writeOut(file: string, data: string | Buffer): void {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    throw new NotNowError('invalid-input', `Cannot write ${file}: ${(e as Error).message}`);
  }
}

export function registerLetters(program: Command): void {
  program
    .command('draft <step-id>')
    .description('the letter for a step, ready to edit and send')
    .option('--variant <n>', 'another wording of the same letter (1, 2, 3…)')
    .option(
      '--format <format>',
      'text, md, eml (opens as a draft in a mail app), card (printable HTML) or mailto',
      'text',
    )
    .option('--out <file>', 'write it to a file instead of printing it')
    .option(
      '--edit <file>',
      'keep your edited version of the letter (a file, or - for standard input); checks its tone',
    )
    .action(
      action(async (step: string, o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        if (o.edit) {
          const text = readText(o.edit);
          const { saveLetterEdit } = await import('../../app/letters.js');
          const r = await withApp(opts, (ctx) => saveLetterEdit(ctx, { step, text }));
          print(opts, r, () =>
            [
              `Kept your version of the letter for step ${step}.`,
              ...r.tone.map((f) => `  tone: "${f.phrase}" — ${f.reason} Try: ${f.gentler}`),
              ...r.similar.map((w) => `  similar: ${w.message}`),
              r.tone.length === 0 && r.similar.length === 0 ? 'It reads well.' : '',
            ]
              .filter(Boolean)
              .join('\n'),
          );
          return;
        }
        const { renderLetter } = await import('../../app/letters.js');
        const r = await withApp(opts, (ctx) =>
          renderLetter(ctx, given({ step, variant: o.variant, format: o.format })),
        );
        if (o.out) {
          writeOut(o.out, r.output);
          print(opts, { file: o.out, format: r.format }, () => `Wrote the ${r.format} letter to ${o.out}`);
          return;
        }
        if (opts.json) {
          print(
            opts,
            {
              step: r.letter.step.id,
              format: r.format,
              subject: r.letter.draft.subject,
              text: r.letter.text,
              variant: r.letter.draft.variant,
              edited: r.letter.edited,
              missing: r.letter.draft.missing,
              tone: r.letter.tone,
              output: r.format === 'eml' ? r.output.toString('utf8') : r.output,
            },
            () => '',
          );
          return;
        }
        process.stdout.write(r.output);
        const hints = r.letter.draft.missing;
        if (r.format === 'text' && hints.length > 0) {
          process.stderr.write(`\nTo make it better:\n${hints.map((h) => `  - ${h}`).join('\n')}\n`);
        }
      }),
    );

  program
    .command('send <step-id>')
    .description('send the step’s letter through your SMTP server; logs the touch and completes the step')
    .action(
      action(async (step: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { sendStepLetter } = await import('../../app/letters.js');
        const r = await withApp(opts, (ctx, config) =>
          sendStepLetter(ctx, step, config.smtp.host ? { ...config.smtp, host: config.smtp.host } : null),
        );
        print(opts, r, () => `Sent to ${r.to}; step ${step} is done.`);
      }),
    );

  program
    .command('letters <application-id>')
    .description('every open letter of an application’s plan, drafted so that no two read alike')
    .action(
      action(async (application: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { letterRound } = await import('../../app/letters.js');
        const r = await withApp(opts, (ctx) => letterRound(ctx, Number(application)));
        const json = {
          letters: r.letters.map((l) => ({
            step: l.step.id,
            kind: l.step.kind,
            personId: l.person?.id ?? null,
            person: l.person?.name ?? null,
            subject: l.draft.subject,
            text: l.text,
            variant: l.draft.variant,
            edited: l.edited,
            missing: l.draft.missing,
            tone: l.tone,
          })),
          similar: r.warnings,
        };
        print(opts, json, () =>
          r.letters.length === 0
            ? `No letters to write for application ${application} right now.`
            : [
                ...r.letters.map(
                  (l) =>
                    `── step ${l.step.id}: ${l.step.kind} to ${l.person?.name ?? '(no one)'}${l.edited ? ' (your version)' : ''}\nSubject: ${l.draft.subject}\n\n${l.text}\n`,
                ),
                r.warnings.length === 0
                  ? 'No two of these read alike.'
                  : r.warnings.map((w) => `Similar: ${w.message}`).join('\n'),
              ].join('\n'),
        );
      }),
    );

  program
    .command('tone [file]')
    .description(
      'check a letter for what could hurt you (resentment, blame, pressure…): a file, or - for standard input',
    )
    .action(
      action(async (file: string | undefined, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { checkTone } = await import('../../core/letters/index.js');
        const findings = checkTone(readText(file ?? '-'));
        print(opts, findings, () =>
          findings.length === 0
            ? 'It reads well: nothing that could hurt you.'
            : table(
                ['RULE', 'PHRASE', 'WHY', 'GENTLER'],
                findings.map((f) => [f.rule, f.phrase, f.reason, f.gentler]),
                50,
              ),
        );
      }),
    );
}
