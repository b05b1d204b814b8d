import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { similarity } from '../core/letters/index.js';
import { notnow, notnowAsync } from '../test-support/cli.js';
import { type RunningSmtp, startSmtp } from '../test-support/smtp.js';

const dir = mkdtempSync(join(tmpdir(), 'notnow-letters-'));
const db = join(dir, 'letters.db');
const run = (args: string[], env: Record<string, string> = {}) =>
  notnow([...args, '--db', db], { NOTNOW_TODAY: '2026-11-20', ...env });

interface RoundJson {
  letters: Array<{
    step: number;
    kind: string;
    personId: number;
    person: string;
    subject: string;
    text: string;
    missing: string[];
  }>;
  similar: unknown[];
}

/** The check for letters, through the CLI. */
describe('letters for a rejected application with three interviewers', () => {
  let smtp: RunningSmtp;
  const people: Record<string, number> = {};
  let app = 0;
  beforeAll(async () => {
    smtp = await startSmtp();
    expect(
      run([
        'profile',
        '--name',
        'Alex Morgan',
        '--email',
        'alex@example.net',
        '--strength',
        'turning research into shipped features',
      ]).code,
    ).toBe(0);
    app = run([
      'add',
      'application',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--applied',
      '2026-10-12',
      '--json',
    ]).json<{ id: number }>().id;
    const add = (name: string, rapport?: string) => {
      const args = [
        'add',
        'person',
        name,
        '--company',
        'Acme',
        '--role',
        'interviewer',
        '--application',
        String(app),
        '--interviewed',
        '2026-11-10',
        '--email',
        `${name.split(' ')[0]!.toLowerCase()}@acme.com`,
        '--json',
      ];
      if (rapport) args.push('--rapport', rapport);
      people[name] = run(args).json<{ id: number }>().id;
    };
    add('Ana Ruiz', 'trail running');
    add('Ben Cho', 'open-source mapping tools');
    add('Cleo Park', 'teaching statistics to beginners');
    add('Dev Shah');
    expect(run(['reject', String(app), '--mood', 'ok']).code).toBe(0);
  });
  afterAll(async () => smtp?.stop());

  const thankYous = () =>
    run(['letters', String(app), '--json'])
      .json<RoundJson>()
      .letters.filter((l) => l.kind === 'thank-you');

  it('drafts a personal, complete thank-you for each interviewer, no two alike', () => {
    const letters = thankYous();
    expect(letters.map((l) => l.person).sort()).toEqual(['Ana Ruiz', 'Ben Cho', 'Cleo Park', 'Dev Shah']);
    const rapport: Record<string, string> = {
      'Ana Ruiz': 'trail running',
      'Ben Cho': 'open-source mapping tools',
      'Cleo Park': 'teaching statistics to beginners',
    };
    for (const l of letters) {
      expect(l.text).toContain(l.person.split(' ')[0]);
      if (rapport[l.person]) expect(l.text).toContain(rapport[l.person]);
      expect(l.text).not.toMatch(/undefined|null|\{\{|\[name\]|TODO/i);
      expect(l.text).toContain('Alex Morgan');
      expect(l.text.split(/\s+/).length).toBeGreaterThan(30);
    }
    const sentences = (t: string) =>
      new Set(
        t
          .split(/(?<=[.!?])\s+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 25),
      );
    for (let i = 0; i < letters.length; i++) {
      for (let j = i + 1; j < letters.length; j++) {
        const a = sentences(letters[i]!.text);
        const b = sentences(letters[j]!.text);
        const shared = [...a].filter((s) => b.has(s)).length;
        expect(shared / Math.min(a.size, b.size)).toBeLessThanOrEqual(0.25);
        expect(similarity(letters[i]!.text, letters[j]!.text)).toBeLessThan(0.3);
      }
    }
    // Dev has no rapport note: the letter is still whole, and it says what would make it better.
    const dev = letters.find((l) => l.person === 'Dev Shah')!;
    expect(dev.missing.join(' ')).toMatch(/rapport|share/i);
  });

  it('writes an .eml that opens as a draft with the right headers', async () => {
    const step = thankYous().find((l) => l.person === 'Ana Ruiz')!.step;
    const file = join(dir, 'ana.eml');
    expect(run(['draft', String(step), '--format', 'eml', '--out', file]).code).toBe(0);
    const parsed = await PostalMime.parse(readFileSync(file));
    expect(parsed.to?.[0]?.address).toBe('ana@acme.com');
    expect(parsed.from?.address).toBe('alex@example.net');
    expect(parsed.subject).toBeTruthy();
    expect(parsed.text).toContain('trail running');
    expect(parsed.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(run(['draft', String(step), '--format', 'mailto']).stdout).toMatch(
      /^mailto:ana@acme\.com\?subject=/,
    );
    expect(run(['draft', String(step), '--format', 'card']).stdout).toMatch(/@page/);
  });

  it('flags an edited draft that says "it\'s your loss", and warns when edits make two notes alike', () => {
    const letters = thankYous();
    const ben = letters.find((l) => l.person === 'Ben Cho')!;
    const edited = join(dir, 'ben.txt');
    writeFileSync(edited, `Hi Ben,\n\nThanks for the interview. Honestly, it's your loss.\n\nAlex`);
    const r = run(['draft', String(ben.step), '--edit', edited, '--json']);
    expect(r.code).toBe(0);
    const { tone } = r.json<{ tone: Array<{ phrase: string; gentler: string }> }>();
    expect(tone.map((f) => f.phrase.toLowerCase())).toContain("it's your loss");
    expect(tone[0]!.gentler.length).toBeGreaterThan(5);
    const cleo = letters.find((l) => l.person === 'Cleo Park')!;
    const copy = join(dir, 'cleo.txt');
    writeFileSync(copy, letters.find((l) => l.person === 'Ana Ruiz')!.text.replace(/Ana/g, 'Cleo'));
    const similar = run(['draft', String(cleo.step), '--edit', copy, '--json']).json<{ similar: unknown[] }>()
      .similar;
    expect(similar.length).toBeGreaterThan(0);
    const tonePlain = run(['tone', edited, '--json']).json<unknown[]>();
    expect(tonePlain.length).toBeGreaterThan(0);
  });

  it('sends through SMTP, then logs the touch and completes the step', async () => {
    const ana = thankYous().find((l) => l.person === 'Ana Ruiz')!;
    const env = {
      NOTNOW_SMTP_HOST: '127.0.0.1',
      NOTNOW_SMTP_PORT: String(smtp.port),
      NOTNOW_SMTP_USER: smtp.user,
      NOTNOW_SMTP_PASSWORD: smtp.password,
    };
    const send = (step: number, e: Record<string, string>) =>
      notnowAsync(['send', String(step), '--db', db], { NOTNOW_TODAY: '2026-11-20', ...e });
    const r = await send(ana.step, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const got = await PostalMime.parse(smtp.received[0]!);
    expect(got.to?.[0]?.address).toBe('ana@acme.com');
    expect(got.text).toContain('trail running');
    const shown = run(['show', String(people['Ana Ruiz']), '--json']).json<{
      touches: Array<{ stepId: number; direction: string }>;
      steps: Array<{ id: number; state: string }>;
    }>();
    expect(shown.touches).toContainEqual(expect.objectContaining({ stepId: ana.step, direction: 'out' }));
    expect(shown.steps.find((s) => s.id === ana.step)?.state).toBe('done');
    const wrong = run(['send', String(thankYous()[0]!.step)], {
      ...env,
      NOTNOW_SMTP_PASSWORD: 'wrong-pass-123',
    });
    expect(wrong.code).toBe(75);
    expect(wrong.stderr).not.toContain('wrong-pass-123');
    expect(smtp.received).toHaveLength(1);
  });
});
