/** A real SMTP server on 127.0.0.1 for tests, keeping what it receives. */
import { type SMTPServer as Server, SMTPServer } from 'smtp-server';
import { freePort } from './postgres.js';

export interface RunningSmtp {
  port: number;
  user: string;
  password: string;
  received: string[];
  stop(): Promise<void>;
}

export async function startSmtp(): Promise<RunningSmtp> {
  const received: string[] = [];
  const user = 'alex';
  const password = 'smtp-test-secret';
  const server: Server = new SMTPServer({
    secure: false,
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    user,
    password,
    received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
