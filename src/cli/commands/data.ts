import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { NotNowError } from '../../core/errors.js';
import { action, type GlobalOptions, print, withApp } from '../run.js';

export function registerData(program: Command): void {
  program
    .command('export <file>')
    .description('write every record to a JSON file (a versioned format that restore reads back)')
    .action(
      action(async (file: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { exportAll } = await import('../../app/backup.js');
        const data = await withApp(opts, (ctx) => exportAll(ctx));
        // Written beside and renamed, so an interrupted export never leaves half a file under the name.
        const tmp = `${file}.partial-${process.pid}`;
        try {
          writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
          renameSync(tmp, file);
        } catch (e) {
          throw new NotNowError('invalid-input', `Cannot write ${file}: ${(e as Error).message}`);
        }
        const counts = Object.fromEntries(
          Object.entries(data.data).map(([k, v]) => [k, Array.isArray(v) ? v.length : Object.keys(v).length]),
        );
        print(opts, { file, counts }, () => `Exported to ${file}: ${summary(counts)}`);
      }),
    );

  program
    .command('restore <file>')
    .description('read an export back into an empty database')
    .action(
      action(async (file: string, _o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
          throw new NotNowError('invalid-file', `Cannot read ${file}: ${why}`);
        }
        const { restoreAll } = await import('../../app/backup.js');
        const counts = await withApp(opts, (ctx) => restoreAll(ctx, json));
        print(opts, { file, counts }, () => `Restored from ${file}: ${summary(counts)}`);
      }),
    );

  program
    .command('demo')
    .description('load a realistic sample (a dozen applications in every status) into the database')
    .action(
      action(async (_o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { loadDemo } = await import('../../app/demo.js');
        const r = await withApp(opts, (ctx) => loadDemo(ctx));
        print(
          opts,
          r,
          () =>
            `Loaded the demo: ${r.applications} applications, ${r.people} people, ${r.touches} touches.\n` +
            'Try: notnow list applications',
        );
      }),
    );
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
