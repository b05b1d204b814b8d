import { Command, CommanderError } from 'commander';
import { registerAdd } from './commands/add.js';
import { registerChange } from './commands/change.js';
import { registerData } from './commands/data.js';
import { registerInbox } from './commands/inbox.js';
import { registerLetters } from './commands/letters.js';
import { registerPlan } from './commands/plan.js';
import { registerProfile } from './commands/profile.js';
import { registerRecord } from './commands/record.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerView } from './commands/view.js';

export function buildProgram(): Command {
  const program = new Command('notnow')
    .description('Turn a "no" into a "not now": follow up on rejected and silent job applications.')
    .version('0.1.0')
    .option(
      '--db <path>',
      'the SQLite database file (default $XDG_DATA_HOME/notnow/notnow.db; env NOTNOW_DB)',
    )
    .option('--json', 'machine-readable output (indented on a terminal, compact in a pipe)')
    .option('--today <date>', 'pretend today is this day, YYYY-MM-DD (env NOTNOW_TODAY)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAdd(program);
  registerRecord(program);
  registerView(program);
  registerChange(program);
  registerData(program);
  registerPlan(program);
  registerInbox(program);
  registerLetters(program);
  registerProfile(program);
  registerStart(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Usage mistakes exit 64 (EX_USAGE); help and version are not mistakes.
      process.exitCode = e.exitCode === 0 ? 0 : 64;
      return;
    }
    throw e;
  }
}
