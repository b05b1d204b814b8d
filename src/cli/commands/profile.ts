import type { Command } from 'commander';
import { action, collect, type GlobalOptions, given, print, withApp } from '../run.js';
import { fields } from '../table.js';

export function registerProfile(program: Command): void {
  program
    .command('profile')
    .description('show or set who you are (for letters) and when you work (for the plan)')
    .option('--name <name>', 'your name, as letters are signed')
    .option('--email <address>', 'your e-mail address')
    .option('--signature <text>', 'the signature under your letters')
    .option('--portfolio <url>', 'your portfolio or personal site')
    .option(
      '--strength <text>',
      'a strength to restate in resell letters (repeatable; replaces the list)',
      collect,
    )
    .option('--time-zone <zone>', 'your time zone, e.g. Europe/Paris')
    .option('--working-days <days>', 'e.g. mon-fri or mon,tue,thu')
    .option('--cards', 'prefer handwritten cards for thank-you notes')
    .option('--no-cards', 'prefer e-mail for thank-you notes')
    .action(
      action(async (o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const patch = given({
          name: o.name,
          email: o.email,
          signature: o.signature,
          portfolioUrl: o.portfolio,
          strengths: o.strength,
          timeZone: o.timeZone,
          workingDays: o.workingDays,
          prefersCards: cmd.getOptionValueSource('cards') === 'cli' ? o.cards : undefined,
        });
        const { getProfile, updateProfile } = await import('../../app/profile.js');
        const profile = await withApp(opts, (ctx) =>
          Object.keys(patch).length > 0 ? updateProfile(ctx, patch) : getProfile(ctx),
        );
        const days = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
        print(opts, profile, () =>
          fields([
            ['name', profile.name ?? '(not set: notnow profile --name "Your Name")'],
            ['e-mail', profile.email],
            ['signature', profile.signature],
            ['portfolio', profile.portfolioUrl],
            ['strengths', profile.strengths.join('; ')],
            ['time zone', profile.timeZone],
            ['working days', profile.workingDays.map((d) => days[d]).join(', ')],
            ['thank-you notes', profile.prefersCards ? 'handwritten cards' : 'e-mail'],
          ]),
        );
      }),
    );
}
