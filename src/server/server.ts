import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import type { SmtpSettings } from '../adapters/mail/smtp/index.js';
import type { AppContext } from '../app/context.js';
import { withSavedPlaybook } from '../app/playbook.js';
import { type SmtpSetup, smtpSetupOf } from '../config/smtp-setup.js';
import { NotNowError } from '../core/errors.js';
import { createHttpApp } from './app.js';
import { ImportJobs } from './import-jobs.js';
import type { Route } from './route.js';
import { loadOrCreateSecret } from './secret.js';
import { defaultWebRoot } from './static-files.js';

export interface ServerOptions {
  ctx: AppContext;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Where the secret file lives (config.configDir). */
  configDir: string;
  webRoot?: string;
  routes?: readonly Route[];
  /** The user's SMTP server (config.smtp with a host), for sending letters; null: not set up. */
  smtp?: SmtpSettings | null;
  /** How sending is set up (config's smtp, their sources), for the Settings page; no password shown. */
  smtpSetup?: SmtpSetup;
  /** The largest mail file the page may upload to import. */
  maxImportBytes?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:4545` */
  origin: string;
  /** The URL to open: the origin with the secret, exchanged for a session at first visit. */
  url: string;
  port: number;
  host: string;
  secret: string;
  /** Whether it listens beyond this machine (a --host other than loopback). */
  exposed: boolean;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::', '']);

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The names a browser may put in the Host header for this server: nothing a rebinding domain could. */
export function allowedHosts(host: string, port: number): string[] {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (WILDCARD.has(host)) {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) names.add(urlHost(a.address.toLowerCase()));
    }
  } else {
    names.add(urlHost(host.toLowerCase()));
  }
  const withPort = [...names].map((n) => `${n}:${port}`);
  // Browsers leave out the port when it is the default one.
  return port === 80 ? [...withPort, ...names] : withPort;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const secret = loadOrCreateSecret(o.configDir);
  let resolvedPort = o.port;
  // The app needs the real port (for the Host check) before the first request arrives, so the
  // Hono app is built once the socket is bound, and requests before that are impossible.
  let handler: ((req: Request) => Response | Promise<Response>) | null = null;
  const server = serve({
    fetch: (req: Request) => (handler ? handler(req) : new Response('Starting', { status: 503 })),
    hostname: o.host,
    port: o.port,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'EADDRINUSE'
          ? `port ${o.port} is in use (is notnow already running? else choose --port)`
          : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
            ? `${o.host} is not an address of this machine`
            : e.message;
      reject(new NotNowError('invalid-input', `Cannot start the web server on ${o.host}:${o.port}: ${why}.`));
    });
  });
  resolvedPort = (server.address() as AddressInfo).port;
  // The intervals saved on the Settings page take part in every plan this server makes.
  const ctx = await withSavedPlaybook(o.ctx);
  const imports = new ImportJobs(ctx);
  const smtp = o.smtp ?? null;
  const app = createHttpApp({
    ctx,
    imports,
    smtp,
    smtpSetup:
      o.smtpSetup ??
      smtpSetupOf({
        smtp: smtp ?? { host: null, port: 587, secure: false, user: null, password: null },
        smtpSources: {},
        configDir: o.configDir,
      }),
    ...(o.maxImportBytes !== undefined ? { maxImportBytes: o.maxImportBytes } : {}),
    secret,
    allowedHosts: allowedHosts(o.host, resolvedPort),
    cookieName: `notnow_session_${resolvedPort}`,
    webRoot: o.webRoot ?? defaultWebRoot(),
    ...(o.routes ? { routes: o.routes } : {}),
  });
  handler = (req) => app.fetch(req);
  const shown = WILDCARD.has(o.host) ? '127.0.0.1' : o.host;
  const origin = `http://${urlHost(shown)}:${resolvedPort}`;
  return {
    origin,
    url: `${origin}/?token=${secret}`,
    port: resolvedPort,
    host: o.host,
    secret,
    exposed: !LOOPBACK.has(o.host),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; do not wait for them to go idle.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      // An import still running writes to the database the caller is about to close.
      await imports.settle();
    },
  };
}
