import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../core/model.js';
import { notnow } from '../test-support/cli.js';
import { engines, freshDatabase, type TestDatabase } from '../test-support/databases.js';

interface Item {
  id: number;
  kind: string;
  personId: number | null;
  applicationId: number | null;
  due: string;
  channel: string | null;
  why: string;
}

const weekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/** The check for the follow-up engine, run through the CLI as a script would. */
describe.each(engines)('a rejection becomes a tactful plan (CLI, %s)', (engine) => {
  let database: TestDatabase;
  let run: (...a: string[]) => ReturnType<typeof notnow>;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    const env = engine === 'postgres' ? { DATABASE_URL: database.target.databaseUrl! } : {};
    const args = engine === 'sqlite' ? ['--db', database.target.dbPath!] : [];
    // Rejected on Friday 20 Nov 2026.
    run = (...a) => notnow([...a, ...args], { ...env, NOTNOW_TODAY: '2026-11-20' });
  });
  afterAll(async () => database.drop());

  it('plans thank-yous, feedback, recruiter update, reflection, resell, follow-up and keep-in-touch; a stop request clears one person only', () => {
    expect(run('profile', '--time-zone', 'Europe/Berlin').code).toBe(0);
    const app = run(
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--applied',
      '2026-10-12',
      '--via',
      'recruiter',
      '--json',
    ).json<{ id: number }>().id;
    const add = (name: string, role: string) =>
      run(
        'add',
        'person',
        name,
        '--company',
        'Acme',
        '--role',
        role,
        '--application',
        String(app),
        '--interviewed',
        '2026-11-10',
        '--email',
        `${name.split(' ')[0]!.toLowerCase()}@acme.com`,
        '--json',
      ).json<{ id: number }>().id;
    const ana = add('Ana Ruiz', 'interviewer');
    const ben = add('Ben Cho', 'interviewer');
    const hm = add('Hana Mori', 'hiring-manager');
    const rec = run(
      'add',
      'person',
      'Rick Vale',
      '--role',
      'agency-recruiter',
      '--application',
      String(app),
      '--email',
      'rick@talentco.com',
      '--json',
    ).json<{ id: number }>().id;
    expect(run('reject', String(app), '--mood', 'ok').code).toBe(0);

    const agenda = run('agenda', '--json', '--days', '120');
    expect(agenda.code).toBe(0);
    const items = agenda.json<Item[]>();
    for (const i of items) {
      expect(STEP_KINDS).toContain(i.kind);
      expect(i.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(weekend(i.due), `${i.kind} on ${i.due}`).toBe(false);
      expect(i.due > '2026-11-20', 'nothing the day of the rejection').toBe(true);
      expect(i.why.length).toBeGreaterThan(10);
    }
    const of = (kind: string, person?: number | null) =>
      items.filter((i) => i.kind === kind && (person === undefined || i.personId === person));
    // Within two business days of Friday 20 Nov: by Tuesday 24 Nov.
    for (const p of [ana, ben, hm]) {
      const thanks = of('thank-you', p);
      expect(thanks, `thank-you to ${p}`).toHaveLength(1);
      expect(thanks[0]!.due <= '2026-11-24').toBe(true);
    }
    expect(of('feedback-request')).toHaveLength(1);
    expect(of('recruiter-update', rec)).toHaveLength(1);
    expect(of('reflection', null)).toHaveLength(1);
    const resell = of('resell');
    expect(resell).toHaveLength(1);
    const followUp = of('follow-up');
    expect(followUp).toHaveLength(1);
    const gap = (Date.parse(followUp[0]!.due) - Date.parse(resell[0]!.due)) / 86_400_000;
    expect(gap).toBeGreaterThanOrEqual(28);
    expect(gap).toBeLessThanOrEqual(34);
    const keepInTouch = of('keep-in-touch');
    expect(keepInTouch.length).toBeGreaterThan(0);
    expect(keepInTouch.every((k) => k.due > followUp[0]!.due)).toBe(true);

    // Ana asks not to be contacted again.
    const stop = run(
      'log',
      String(ana),
      '--channel',
      'email',
      '--direction',
      'in',
      '--tone',
      'asked-to-stop',
    );
    expect(stop.code).toBe(0);
    const after = run('agenda', '--json', '--days', '120').json<Item[]>();
    expect(after.filter((i) => i.personId === ana)).toEqual([]);
    const others = (list: Item[]) => list.filter((i) => i.personId !== ana);
    expect(others(after)).toEqual(others(items));
  });

  it('done logs the touch, skip and snooze act on a step, and the calendar feed has stable UIDs', () => {
    const items = run('agenda', '--json', '--days', '120').json<Item[]>();
    const [first, second, third] = items.filter((i) => i.personId !== null);
    expect(run('done', String(first!.id)).code).toBe(0);
    const person = run('show', String(first!.personId), '--json').json<{
      touches: Array<{ stepId: number; direction: string }>;
    }>();
    expect(person.touches).toContainEqual(expect.objectContaining({ stepId: first!.id, direction: 'out' }));
    expect(run('skip', String(second!.id)).code).toBe(0);
    expect(run('snooze', String(third!.id), '--until', '2026-12-07').code).toBe(0);
    const again = run('agenda', '--json', '--days', '120').json<Item[]>();
    expect(again.find((i) => i.id === first!.id)).toBeUndefined();
    expect(again.find((i) => i.id === second!.id)).toBeUndefined();
    expect(again.find((i) => i.id === third!.id)?.due).toBe('2026-12-07');
    const done = run('done', String(first!.id));
    expect(done.code).toBe(65);
    expect(done.stderr).toMatch(/already done/);

    const dir = mkdtempSync(join(tmpdir(), 'notnow-ics-'));
    expect(run('calendar', '--out', join(dir, 'a.ics')).code).toBe(0);
    expect(run('calendar', '--out', join(dir, 'b.ics')).code).toBe(0);
    const uids = (f: string) => (readFileSync(join(dir, f), 'utf8').match(/^UID:.*$/gm) ?? []).sort();
    expect(uids('a.ics').length).toBeGreaterThan(5);
    expect(uids('b.ics')).toEqual(uids('a.ics'));
    expect(readFileSync(join(dir, 'a.ics'), 'utf8')).toMatch(/STATUS:CANCELLED/);
  });
});
