import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userFilesIn } from '../adapters/config/user-files.js';
import { checkAnswer } from '../server/answer-check.js';
import { type RunningServer, startServer } from '../server/server.js';
import { testApp } from './app.js';
import type { Engine } from './databases.js';

export interface TestServer {
  server: RunningServer;
  app: Awaited<ReturnType<typeof testApp>>;
  configDir: string;
  close(): Promise<void>;
}

/**
 * A real notnow server on 127.0.0.1 on a free port, over a fresh database and a fresh config folder
 * (so a fresh secret). `webRoot` defaults to a tiny stand-in for the built app.
 */
export async function startTestServer(
  engine: Engine = 'sqlite',
  options: {
    webRoot?: string;
    today?: string;
    smtp?: import('../adapters/mail/smtp/index.js').SmtpSettings;
    maxImportBytes?: number;
    /** Files to put in the config folder (e.g. a playbook.json), read as the CLI reads them. */
    configFiles?: Record<string, string>;
  } = {},
): Promise<TestServer> {
  const app = await testApp(engine, options.today);
  const configDir = mkdtempSync(join(tmpdir(), 'notnow-cfg-'));
  if (options.configFiles) {
    for (const [name, text] of Object.entries(options.configFiles))
      writeFileSync(join(configDir, name), text);
    app.ctx.files = userFilesIn(configDir);
  }
  let webRoot = options.webRoot;
  if (!webRoot) {
    webRoot = join(configDir, 'web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>notnow</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log("app")');
  }
  const server = await startServer({
    ctx: app.ctx,
    host: '127.0.0.1',
    port: 0,
    configDir,
    webRoot,
    ...(options.smtp ? { smtp: options.smtp } : {}),
    ...(options.maxImportBytes ? { maxImportBytes: options.maxImportBytes } : {}),
  });
  return {
    server,
    app,
    configDir,
    async close() {
      await server.close();
      await app.close();
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = unknown>(): T;
}

/**
 * A raw HTTP request (node:http, so that Host and Origin can be set as an attacker would). A JSON
 * answer of an API route that does not match the route's published schema fails the request.
 */
export function http(
  server: RunningServer,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<HttpResult> {
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : JSON.stringify(init.body);
  const headers: Record<string, string> = { host: `127.0.0.1:${server.port}`, ...init.headers };
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (path.startsWith('/api/') && String(res.headers['content-type']).includes('application/json')) {
            // Every JSON answer a test reads must be what its route's published schema says.
            try {
              checkAnswer(init.method ?? 'GET', path.slice(4).split('?')[0]!, status, text);
            } catch (e) {
              reject(e);
              return;
            }
          }
          resolve({
            status,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Signs in as the browser does: the link's token for a session cookie, then the CSRF token. */
export async function browserSession(server: RunningServer) {
  const r = await http(server, `/?token=${server.secret}`, { headers: { accept: 'text/html' } });
  const setCookie = [r.headers['set-cookie'] ?? []].flat()[0] ?? '';
  const cookie = setCookie.split(';')[0]!;
  const s = await http(server, '/api/session', { headers: { cookie } });
  const { csrfToken } = s.json<{ csrfToken: string }>();
  return {
    cookie,
    setCookie,
    redirect: r,
    csrfToken,
    /** Headers of a same-origin change from the page. */
    headers: { cookie, origin: server.origin, 'x-csrf-token': csrfToken, 'sec-fetch-site': 'same-origin' },
  };
}
