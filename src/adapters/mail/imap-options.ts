/**
 * The IMAP source's settings, checked before anything touches the network, and the connection
 * errors put in the user's words. The password comes from the caller or `NOTNOW_IMAP_PASSWORD`,
 * and never appears in a message: every error text passes through `scrub`.
 */
import { isIP } from 'node:net';
import type { ImapFlowOptions } from 'imapflow';
import { NotNowError } from '../../core/errors.js';
import type { ImapState } from './imap-state.js';

export interface ImapOptions {
  host: string;
  /** Defaults to 993 with `tls: true`, 143 otherwise. */
  port?: number;
  user: string;
  /** Defaults to the NOTNOW_IMAP_PASSWORD environment variable. */
  password?: string;
  /**
   * true (default): implicit TLS (IMAPS). 'starttls': plain connection upgraded with STARTTLS, which
   * must succeed. false: no encryption at all, allowed only to this machine (localhost).
   */
  tls?: boolean | 'starttls';
  /** Certificates to trust besides the system's (a self-signed company server, the tests' server). */
  ca?: string | string[];
  /** Folders to read, by full path. Default: see `chooseFolders`. */
  folders?: string[];
  /** Only mail received on or after this day, `YYYY-MM-DD` (IMAP SEARCH SINCE, by date). */
  since?: string;
  /** What an earlier run returned; folders in it are read from after their last UID. */
  state?: ImapState;
  maxMessageBytes?: number;
  /** Where the password is looked up when not given; the process environment by default. */
  env?: Record<string, string | undefined>;
}

export interface ResolvedImap {
  host: string;
  port: number;
  user: string;
  password: string;
  label: string;
  flow: ImapFlowOptions;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost']);

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(h)) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

export function resolveImapOptions(o: ImapOptions): ResolvedImap {
  const issues: string[] = [];
  const host = o.host?.trim() ?? '';
  if (!host) issues.push('host: give the IMAP server name, e.g. imap.gmail.com');
  const user = o.user?.trim() ?? '';
  if (!user) issues.push('user: give the IMAP user name (often the e-mail address)');
  const password = o.password ?? (o.env ?? process.env).NOTNOW_IMAP_PASSWORD ?? '';
  if (!password) issues.push('password: set the NOTNOW_IMAP_PASSWORD environment variable');
  const tls = o.tls ?? true;
  if (tls === false && host && !isLoopback(host)) {
    issues.push(
      `tls: refusing to send the password unencrypted to ${host}; plain IMAP is allowed only to localhost ` +
        "(use TLS, or tls: 'starttls' on port 143)",
    );
  }
  const port = o.port ?? (tls === true ? 993 : 143);
  if (!Number.isInteger(port) || port < 1 || port > 65535) issues.push(`port: ${o.port} is not a TCP port`);
  if (o.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.since)) {
    issues.push(`since: "${o.since}" is not a date as YYYY-MM-DD`);
  }
  if (o.folders?.some((f) => f.trim() === '')) issues.push('folders: a folder name is empty');
  if (issues.length > 0) throw new NotNowError('invalid-input', 'The IMAP settings are incomplete.', issues);
  const ca = o.ca === undefined ? undefined : Array.isArray(o.ca) ? o.ca : [o.ca];
  return {
    host,
    port,
    user,
    password,
    label: `${user}@${host}:${port}`,
    flow: {
      host,
      port,
      secure: tls === true,
      doSTARTTLS: tls === 'starttls' ? true : tls === false ? false : undefined,
      auth: { user, pass: password },
      tls: { ...(ca ? { ca } : {}), servername: isIP(host) ? undefined : host, minVersion: 'TLSv1.2' },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 5 * 60_000,
      clientInfo: { name: 'notnow' },
    },
  };
}

/** Removes the password, and its base64 forms as AUTH PLAIN/LOGIN send it, from any text. */
export function scrub(text: string, r: Pick<ResolvedImap, 'user' | 'password'>): string {
  if (!r.password) return text;
  const forms = [
    r.password,
    Buffer.from(r.password).toString('base64'),
    Buffer.from(`\0${r.user}\0${r.password}`).toString('base64'),
  ];
  let out = text;
  for (const f of forms) out = out.split(f).join('[password]');
  return out;
}

interface ImapLikeError {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  message?: string;
}

/** A connection or login failure as a NotNowError that says what to check. */
export function describeImapError(err: unknown, r: ResolvedImap): NotNowError {
  if (err instanceof NotNowError) return err;
  const e = (err ?? {}) as ImapLikeError;
  const said = e.responseText ? ` (the server says: "${e.responseText}")` : '';
  let msg: string;
  let code: 'unauthorized' | 'invalid-input' = 'invalid-input';
  if (e.authenticationFailed) {
    code = 'unauthorized';
    msg = `The IMAP server refused the login of ${r.user} at ${r.host}${said}. Check the user name and the password (NOTNOW_IMAP_PASSWORD); Gmail and Outlook want an app password.`;
  } else if (e.code === 'ECONNREFUSED') {
    msg = `Nothing answers at ${r.host}:${r.port}. Check the host and the port.`;
  } else if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    msg = `The IMAP server name ${r.host} cannot be resolved. Check the host and the network.`;
  } else if (e.code === 'ETIMEDOUT' || e.code === 'CONNECT_TIMEOUT' || e.code === 'GREETING_TIMEOUT') {
    msg = `The IMAP server ${r.host}:${r.port} did not answer in time.`;
  } else if (/certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${e.code} ${e.message}`)) {
    msg = `The certificate of ${r.host} is not trusted (${e.message}). If this is your own server, pass its certificate as the trusted CA.`;
  } else {
    msg = `The IMAP session with ${r.label} failed: ${e.message ?? String(err)}${said}.`;
  }
  return new NotNowError(code, scrub(msg, r));
}
