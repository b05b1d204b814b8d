import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notnow } from '../test-support/cli.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'notnow-cli-'));

describe('notnow demo and list (the issue check)', () => {
  it('loads the sample into a fresh --db and lists it as JSON', () => {
    const db = join(dir, 'x.db');
    expect(notnow(['demo', '--db', db]).code).toBe(0);
    const r = notnow(['list', 'applications', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const apps = r.json<Array<{ status: string; company: string }>>();
    expect(apps).toHaveLength(12);
    const statuses = new Set(apps.map((a) => a.status));
    for (const s of [
      'saved',
      'applied',
      'screening',
      'interviewing',
      'offer',
      'rejected',
      'ghosted',
      'withdrawn',
      'hired',
    ]) {
      expect(statuses).toContain(s);
    }
  });
});

describe.each(engines)('the CLI on %s', (engine) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let args: string[];
  beforeAll(async () => {
    database = await freshDatabase(engine);
    env = engine === 'postgres' ? { DATABASE_URL: database.target.databaseUrl! } : {};
    args = engine === 'sqlite' ? ['--db', database.target.dbPath!] : [];
  });
  afterAll(async () => database.drop());
  const run = (...a: string[]) => notnow([...a, ...args], env);
  const snapshot = () => {
    const file = join(dir, `snap-${engine}-${Math.random().toString(36).slice(2)}.json`);
    expect(run('export', file).code).toBe(0);
    return JSON.parse(readFileSync(file, 'utf8')).data;
  };

  it('adds, changes, logs, lists, shows, edits and deletes', () => {
    const app = run(
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Engineer',
      '--applied',
      '2026-11-02',
      '--via',
      'referral',
      '--json',
    );
    expect(app.code).toBe(0);
    const appId = app.json<{ id: number }>().id;
    expect(appId).toBeGreaterThan(0);

    const hm = run(
      'add',
      'person',
      'Dana Reyes',
      '--company',
      'Acme',
      '--email',
      'dana@acme.com',
      '--role',
      'hiring-manager',
      '--application',
      String(appId),
      '--interviewed',
      '2026-11-10',
      '--rapport',
      'sailing',
      '--json',
    );
    expect(hm.code).toBe(0);
    const personId = hm.json<{ id: number }>().id;

    expect(run('status', String(appId), 'interviewing', '--on', '2026-11-10').code).toBe(0);
    const rej = run(
      'reject',
      String(appId),
      '--on',
      '2026-11-20',
      '--reason',
      'chose someone else',
      '--mood',
      'disappointed',
    );
    expect(rej.code).toBe(0);
    expect(rej.stdout).toMatch(/is now rejected/);

    const log = run(
      'log',
      String(personId),
      '--channel',
      'email',
      '--direction',
      'in',
      '--on',
      '2026-11-21',
      '--tone',
      'warm',
      '--note',
      'kind reply',
    );
    expect(log.code).toBe(0);

    const shown = run('show', String(appId), '--json').json<{
      kind: string;
      history: Array<{ status: string }>;
      people: unknown[];
      touches: unknown[];
    }>();
    expect(shown.kind).toBe('application');
    expect(shown.history.map((h) => h.status)).toEqual(['applied', 'interviewing', 'rejected']);
    expect(shown.people).toHaveLength(1);
    expect(shown.touches).toHaveLength(1);

    const human = run('show', String(appId));
    expect(human.stdout).toMatch(/Engineer at Acme/);
    expect(human.stdout).toMatch(/Dana Reyes\s+hiring-manager\s+2026-11-10/);

    expect(run('edit', String(personId), '--title', 'CTO', '--add-email', 'dana@acme.io').code).toBe(0);
    const person = run('show', String(personId), '--json').json<{
      person: { title: string; emails: string[] };
    }>();
    expect(person.person.title).toBe('CTO');
    expect(person.person.emails.sort()).toEqual(['dana@acme.com', 'dana@acme.io']);

    const people = run('list', 'people', '--json').json<Array<{ name: string; company: string }>>();
    expect(people).toEqual([expect.objectContaining({ name: 'Dana Reyes', company: 'Acme' })]);
    expect(run('list', 'companies').stdout).toMatch(/Acme/);
    expect(run('list', 'applications').stdout).toMatch(/Engineer\s+rejected/);

    const co = run('add', 'company', 'Globex', '--domain', 'globex.com', '--json').json<{ id: number }>();
    expect(run('delete', String(co.id)).code).toBe(0);
    expect(run('show', String(co.id)).code).toBe(66);
  });

  it('refuses bad input with a clear message and leaves the database as it was', () => {
    const before = snapshot();
    const cases: Array<[string[], RegExp, number]> = [
      [['status', '999999', 'rejected'], /no application with id 999999/, 66],
      [['status', '1', 'pending-maybe'], /"pending-maybe" is not a status; use one of saved, applied/, 64],
      [
        ['add', 'application', '--company', 'Initech', '--role', 'Dev', '--applied', '2026-02-30'],
        /applied: 2026-02-30 is not a real calendar date/,
        64,
      ],
      [
        ['add', 'person', 'Bob', '--email', 'bob@', '--company', 'Initech'],
        /"bob@" is not an e-mail address/,
        64,
      ],
      [['log', '999999', '--channel', 'email', '--direction', 'out'], /no person with id 999999/, 66],
      [['log', '1', '--channel', 'pigeon', '--direction', 'out'], /"pigeon" is not a channel/, 64],
      [['show', 'abc'], /"abc" is not an id/, 64],
      [['list', 'things'], /cannot list "things"/, 64],
    ];
    for (const [a, message, code] of cases) {
      const r = run(...a);
      expect(r.stderr, a.join(' ')).toMatch(message);
      expect(r.code, a.join(' ')).toBe(code);
      expect(r.stdout).toBe('');
    }
    expect(snapshot()).toEqual(before);
  });

  it('prints errors as JSON on stderr with --json', () => {
    const r = run('show', '999999', '--json');
    expect(r.code).toBe(66);
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'not-found', message: expect.stringMatching(/999999/) },
    });
  });
});

describe('the CLI around the database', () => {
  it('says when the database cannot be opened', () => {
    const notDb = join(dir, 'not-a-db.db');
    writeFileSync(notDb, 'hello '.repeat(2000));
    const r = notnow(['list', 'applications', '--db', notDb]);
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/not a notnow \(SQLite\) database/);
    // A parent that is a file, not a folder.
    const r2 = notnow(['list', 'applications', '--db', join(notDb, 'sub', 'x.db')]);
    expect(r2.code).toBe(69);
    expect(r2.stderr).toMatch(/Cannot open the database .*Check the path \(--db or NOTNOW_DB\)/);
  });

  it('reads NOTNOW_DB and refuses a bad --today', () => {
    const db = join(dir, 'env.db');
    expect(notnow(['add', 'company', 'Envco'], { NOTNOW_DB: db }).code).toBe(0);
    expect(notnow(['list', 'companies', '--json'], { NOTNOW_DB: db }).json()).toEqual([
      expect.objectContaining({ name: 'Envco' }),
    ]);
    const r = notnow(['list', 'companies', '--today', '2026-99-01'], { NOTNOW_DB: db });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/--today \/ NOTNOW_TODAY: must be a real date/);
  });

  it('usage mistakes exit 64 with help; --help exits 0', () => {
    expect(notnow(['add', 'application', '--role', 'x']).code).toBe(64);
    expect(notnow(['--help']).code).toBe(0);
  });
});
