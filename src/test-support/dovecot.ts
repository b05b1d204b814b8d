/**
 * A throwaway Dovecot IMAP server for the tests: its own config, base_dir, state and logs in a
 * temporary folder, listening on 127.0.0.1 on free ports (IMAP with STARTTLS, and IMAPS), one
 * passwd-file user with a maildir the test fills, and a self-signed certificate made with openssl
 * that the test trusts explicitly, so the TLS default of the IMAP source is really exercised.
 *
 * As root, the master runs as root and drops to the `dovecot`/`dovenull` users the Debian package
 * creates (the mail user is `dovecot` too); as anyone else, every process runs as that user.
 * Needs Debian's dovecot-imapd and openssl: `bash scripts/install-test-deps.sh`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres.js';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];
export const INSTALL_HINT =
  'Install it with `bash scripts/install-test-deps.sh` (Debian: dovecot-imapd and openssl).';

export function findDovecot(): string | null {
  return DOVECOT.find((p) => existsSync(p)) ?? null;
}

export interface DeliverOptions {
  /** Maildir flag letters (S seen, F flagged, R replied, T trashed). */
  flags?: string;
  /** The internal date (what IMAP SINCE searches), kept as the file's mtime. */
  internalDate?: Date;
}

export interface RunningDovecot {
  host: '127.0.0.1';
  /** Implicit TLS. */
  imapsPort: number;
  /** Plain IMAP offering STARTTLS. */
  imapPort: number;
  /** PEM of the self-signed certificate the server presents (CN localhost, SAN 127.0.0.1). */
  ca: string;
  user: string;
  password: string;
  /** Puts a message into a folder's maildir, as a delivery agent would. INBOX or a folder name. */
  deliver(folder: string, raw: string, options?: DeliverOptions): void;
  /** The maildir flag letters of every message in a folder, read from the files themselves. */
  maildirFlags(folder: string): string[];
  /** Forgets a folder's UIDs and gives it this UIDVALIDITY, as a restored or rebuilt mailbox has. */
  resetUidValidity(folder: string, uidValidity: number): void;
  stop(): Promise<void>;
}

function uidOf(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  return { cert, key };
}

function config(o: {
  dir: string;
  user: { name: string; group: string };
  login: string;
  uid: number;
  imapPort: number;
  imapsPort: number;
  cert: string;
  key: string;
}): string {
  return `
base_dir = ${o.dir}/run
state_dir = ${o.dir}/state
log_path = ${o.dir}/dovecot.log
info_log_path = ${o.dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = ${o.user.name}
default_internal_group = ${o.user.group}
default_login_user = ${o.login}
first_valid_uid = ${o.uid}
last_valid_uid = ${o.uid}
first_valid_gid = 0
disable_plaintext_auth = no
auth_mechanisms = plain login
ssl = yes
ssl_cert = <${o.cert}
ssl_key = <${o.key}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Trash {
    special_use = \\Trash
  }
  mailbox Sent {
    special_use = \\Sent
  }
  mailbox Junk {
    special_use = \\Junk
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${o.dir}/users
}
userdb {
  driver = passwd-file
  args = ${o.dir}/users
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${o.imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${o.imapsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`;
}

function waitForGreeting(port: number, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', (d) => {
        socket.destroy();
        if (d.toString().startsWith('* OK')) resolve();
        else reject(new Error(`Dovecot greeted with ${d.toString()}`));
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Dovecot did not start listening:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startDovecot(): Promise<RunningDovecot> {
  const bin = findDovecot();
  if (!bin) throw new Error(`Dovecot was not found (/usr/sbin/dovecot). ${INSTALL_HINT}`);
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
  } catch {
    throw new Error(`openssl was not found. ${INSTALL_HINT}`);
  }
  const asRoot = process.getuid?.() === 0;
  const me = userInfo();
  const mail = asRoot ? uidOf('dovecot') : { uid: me.uid, gid: me.gid };
  const groupName = asRoot ? 'dovecot' : execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'notnow-dovecot-'));
  // The mail user must be able to walk into its home inside this folder.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state']) mkdirSync(join(dir, sub));
  const home = join(dir, 'home', 'ana');
  const password = 'correct horse battery staple';
  const user = 'ana';
  const { cert, key } = makeCertificate(dir);
  const [imapPort, imapsPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'users'), `${user}:${password}:${mail.uid}:${mail.gid}::${home}::\n`);
  writeFileSync(
    join(dir, 'dovecot.conf'),
    config({
      dir,
      user: { name: asRoot ? 'dovecot' : me.username, group: groupName },
      login: asRoot ? 'dovenull' : me.username,
      uid: mail.uid,
      imapPort,
      imapsPort,
      cert,
      key,
    }),
  );
  const maildir = (folder: string) =>
    join(home, 'Maildir', folder === 'INBOX' ? '' : `.${folder.replace(/\//g, '.')}`);
  const own = (path: string) => {
    if (asRoot) chownSync(path, mail.uid, mail.gid);
  };
  const ensureFolder = (folder: string) => {
    for (const p of [join(dir, 'home'), home, join(home, 'Maildir'), maildir(folder)]) {
      if (!existsSync(p)) mkdirSync(p);
      own(p);
    }
    for (const sub of ['cur', 'new', 'tmp']) {
      const p = join(maildir(folder), sub);
      if (!existsSync(p)) mkdirSync(p);
      own(p);
    }
    if (folder !== 'INBOX') {
      // maildir++ folders carry this marker; Dovecot lists them without it too, but LDAs write it.
      const marker = join(maildir(folder), 'maildirfolder');
      writeFileSync(marker, '');
      own(marker);
    }
  };
  ensureFolder('INBOX');

  const readLog = () =>
    existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : '';
  const child: ChildProcess = spawn(bin, ['-F', '-c', join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForGreeting(imapPort, 15_000, () => output + readLog()),
      exited.then(() => {
        throw new Error(`Dovecot exited at start:\n${output}${readLog()}`);
      }),
    ]);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  let seq = 0;
  return {
    host: '127.0.0.1',
    imapPort,
    imapsPort,
    ca: readFileSync(cert, 'utf8'),
    user,
    password,
    deliver(folder, raw, options = {}) {
      ensureFolder(folder);
      const name = `${Date.now()}.M${++seq}P${process.pid}.notnow-test`;
      const tmp = join(maildir(folder), 'tmp', name);
      writeFileSync(tmp, raw.replace(/\r?\n/g, '\n'));
      own(tmp);
      if (options.internalDate) utimesSync(tmp, options.internalDate, options.internalDate);
      const flags = options.flags ?? '';
      // A message with flags goes to cur/ with its ":2,FLAGS" suffix; an unflagged one is new mail.
      renameSync(
        tmp,
        flags ? join(maildir(folder), 'cur', `${name}:2,${flags}`) : join(maildir(folder), 'new', name),
      );
    },
    maildirFlags(folder) {
      const out: string[] = [];
      for (const sub of ['new', 'cur']) {
        for (const file of readdirSync(join(maildir(folder), sub)).sort()) {
          out.push(file.includes(':2,') ? (file.split(':2,')[1] ?? '') : '');
        }
      }
      return out;
    },
    resetUidValidity(folder, uidValidity) {
      const d = maildir(folder);
      for (const file of readdirSync(d)) {
        if (file.startsWith('dovecot')) rmSync(join(d, file), { recursive: true, force: true });
      }
      // Dovecot's maildir UID list, version 3: UIDVALIDITY and the next UID, no messages known yet.
      const uidlist = join(d, 'dovecot-uidlist');
      writeFileSync(uidlist, `3 V${uidValidity} N1\n`);
      own(uidlist);
    },
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
