import type { Command } from 'commander';
import { APPLICATION_STATUSES } from '../../core/model.js';
import { action, type GlobalOptions, print, withApp } from '../run.js';

/** What `npm start` runs: an overview of where things stand and what to do next. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('an overview of your applications and what to do next (what `npm start` runs)')
    .action(
      action(async (_o, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { listApplications } = await import('../../app/applications.js');
        await withApp(opts, async (ctx, config) => {
          const apps = await listApplications(ctx);
          const counts = Object.fromEntries(
            APPLICATION_STATUSES.map((s) => [s, apps.filter((a) => a.status === s).length]),
          );
          print(opts, { database: config.databaseUrl ? 'postgres' : config.dbPath, counts }, () => {
            const where = ctx.store.where;
            if (apps.length === 0) {
              return [
                `notnow is ready; your data lives in ${where}.`,
                '',
                'Nothing here yet. Either load a realistic sample to look around:',
                '  npx notnow demo',
                'or add your first application:',
                '  npx notnow add application --company "Acme" --role "Product Designer" --applied 2026-11-02',
              ].join('\n');
            }
            const line = APPLICATION_STATUSES.filter((s) => counts[s])
              .map((s) => `${counts[s]} ${s}`)
              .join(', ');
            return [
              `notnow: ${apps.length} applications (${line}), in ${where}.`,
              '',
              'See them: npx notnow list applications',
              'Record a "no": npx notnow reject ID --mood disappointed',
            ].join('\n');
          });
        });
      }),
    );
}
