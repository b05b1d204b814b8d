import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { action, type GlobalOptions, withApp } from '../run.js';

/** Opens the link in the user's browser when there is a desktop to open it on; silent otherwise. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the printed link is enough.
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web app on this machine (prints the link to open, with its secret)')
    .option('--port <port>', 'the port (default 4545; env NOTNOW_PORT)')
    .option('--host <address>', 'listen on another address than 127.0.0.1 (env NOTNOW_HOST); think twice')
    .option('--open', 'open the link in the browser')
    .action(
      action(async (o: { port?: string; host?: string; open?: boolean }, cmd: Command) => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        const { loadConfig } = await import('../../config/config.js');
        const config = loadConfig({
          ...(o.port !== undefined ? { port: o.port } : {}),
          ...(o.host !== undefined ? { host: o.host } : {}),
        });
        // Loaded here, not at the top: every other command starts faster without the web server's code.
        const [{ startServer }, { smtpSetupOf }] = await Promise.all([
          import('../../server/server.js'),
          import('../../config/smtp-setup.js'),
        ]);
        await withApp(
          opts,
          async (ctx) => {
            const server = await startServer({
              ctx,
              host: config.host,
              port: config.port,
              configDir: config.configDir,
              smtp: config.smtp.host ? { ...config.smtp, host: config.smtp.host } : null,
              smtpSetup: smtpSetupOf(config),
              maxImportBytes: config.importMaxBytes,
            });
            // The first line is the link, alone, so scripts and people can take it as it is.
            process.stdout.write(`${server.url}\n`);
            process.stdout.write(
              `notnow is running on ${ctx.store.where}. Open the link above; Ctrl+C stops it.\n`,
            );
            if (server.exposed) {
              process.stderr.write(
                `notnow: warning: listening on ${server.host}, not only on this machine. Anyone who can reach ` +
                  'it and learns the link can read and change your data; use this only on a network you trust.\n',
              );
            }
            if (o.open) openBrowser(server.url);
            await new Promise<void>((resolve) => {
              const stop = () => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                resolve();
              };
              process.on('SIGINT', stop);
              process.on('SIGTERM', stop);
            });
            await server.close();
          },
          { mapPages: false },
        );
      }),
    );
}
