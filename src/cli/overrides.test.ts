import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { notnow } from '../test-support/cli.js';

/** The user's own playbook and templates, from the config folder. */
describe('overrides in the config folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notnow-overrides-'));
  const configDir = join(dir, 'config');
  const db = join(dir, 'o.db');
  const run = (...a: string[]) =>
    notnow([...a, '--db', db], { NOTNOW_CONFIG_DIR: configDir, NOTNOW_TODAY: '2026-11-20' });
  let app = 0;
  beforeAll(() => {
    mkdirSync(join(configDir, 'templates'), { recursive: true });
    app = run(
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Analyst',
      '--applied',
      '2026-10-01',
      '--json',
    ).json<{ id: number }>().id;
    run(
      'add',
      'person',
      'Ana Ruiz',
      '--company',
      'Acme',
      '--role',
      'interviewer',
      '--application',
      String(app),
      '--email',
      'ana@acme.com',
    );
  });

  it('refuses a bad playbook, naming the file, the key and the problem, and changes nothing', () => {
    writeFileSync(join(configDir, 'playbook.json'), JSON.stringify({ keepInTouch: { everyDays: 5 } }));
    const r = run('reject', String(app));
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/playbook\.json: keepInTouch\.everyDays: /);
    expect(
      run('show', String(app), '--json').json<{ application: { status: string } }>().application.status,
    ).toBe('applied');
    writeFileSync(join(configDir, 'playbook.json'), '{ not json');
    expect(run('agenda').stderr).toMatch(/playbook\.json: not valid JSON/);
  });

  it('uses a valid playbook, and a template the user wrote', () => {
    writeFileSync(join(configDir, 'playbook.json'), JSON.stringify({}));
    expect(run('reject', String(app)).code).toBe(0);
    const step = run('agenda', '--json', '--days', '30')
      .json<Array<{ id: number; kind: string }>>()
      .find((s) => s.kind === 'thank-you')!;
    writeFileSync(
      join(configDir, 'templates', 'thank-you.1.hbs'),
      '{{#if firstName}}Dear {{firstName}},{{else}}Hello,{{/if}} thank you from the bottom of my heart.',
    );
    const mine = run('draft', String(step.id), '--variant', '1');
    expect(mine.code).toBe(0);
    expect(mine.stdout).toContain('from the bottom of my heart');
    writeFileSync(join(configDir, 'templates', 'thank-you.1.hbs'), 'Dear {{favouriteColour}}, thanks.');
    const bad = run('draft', String(step.id), '--variant', '1');
    expect(bad.code).toBe(78);
    expect(bad.stderr).toMatch(/thank-you\.1.*favouriteColour/);
  });
});
