import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, PlaybookError, PlaybookSchema, parsePlaybook } from './playbook.js';

function problemOf(raw: unknown): PlaybookError {
  try {
    parsePlaybook(raw, 'playbook.json');
  } catch (e) {
    if (e instanceof PlaybookError) return e;
    throw e;
  }
  throw new Error('expected the playbook to be refused');
}

describe('the playbook', () => {
  it('the default is valid data', () => {
    expect(PlaybookSchema.parse(DEFAULT_PLAYBOOK)).toEqual(DEFAULT_PLAYBOOK);
    expect(DEFAULT_PLAYBOOK.keepInTouch.everyDays).toBe(42);
    expect(DEFAULT_PLAYBOOK.spacingDays).toBe(21);
  });

  it('no file (or an empty one) means the default', () => {
    expect(parsePlaybook(undefined, 'playbook.json')).toEqual(DEFAULT_PLAYBOOK);
    expect(parsePlaybook({}, 'playbook.json')).toEqual(DEFAULT_PLAYBOOK);
  });

  it('merges a partial override key by key; lists replace', () => {
    const p = parsePlaybook(
      { keepInTouch: { everyDays: 60 }, rejection: { thankYou: { roles: ['interviewer'] } } },
      'playbook.json',
    );
    expect(p.keepInTouch).toEqual({ ...DEFAULT_PLAYBOOK.keepInTouch, everyDays: 60 });
    expect(p.rejection.thankYou).toEqual({ withinBusinessDays: 2, roles: ['interviewer'] });
    expect(p.rejection.resell).toEqual(DEFAULT_PLAYBOOK.rejection.resell);
  });

  it('does not change the default when merging', () => {
    parsePlaybook({ coolDownDays: { upset: 10 } }, 'playbook.json');
    expect(DEFAULT_PLAYBOOK.coolDownDays.upset).toBe(7);
  });

  it('refuses a bad value, naming the file, the key and the problem', () => {
    const e = problemOf({ keepInTouch: { everyDays: 7 } });
    expect(e.code).toBe('invalid-playbook');
    expect(e.message).toBe('playbook.json: keepInTouch.everyDays: must be a number between 28 and 92');
    expect(problemOf({ keepInTouch: { everyDays: '42' } }).message).toBe(
      'playbook.json: keepInTouch.everyDays: must be a number between 28 and 92',
    );
    expect(problemOf({ spacingDays: 21.5 }).message).toBe(
      'playbook.json: spacingDays: must be a number between 7 and 92',
    );
  });

  it('refuses same-day outreach after a rejection', () => {
    expect(problemOf({ coolDownDays: { ok: 0 } }).message).toBe(
      'playbook.json: coolDownDays.ok: must be a number between 1 and 30',
    );
  });

  it('names a bad role by its place in the list', () => {
    expect(problemOf({ rejection: { resell: { roles: ['hiring-manager', 'ceo'] } } }).message).toMatch(
      /^playbook\.json: rejection\.resell\.roles\[1\]: must be one of interviewer, hiring-manager/,
    );
  });

  it('names unknown keys (a typo would otherwise be silently ignored)', () => {
    const e = problemOf({ keepInTouch: { evryDays: 40 }, extra: true });
    expect(e.problems.map((p) => `${p.path}: ${p.problem}`).sort()).toEqual([
      'extra: unknown key',
      'keepInTouch.evryDays: unknown key (did you mean everyDays?)',
    ]);
  });

  it('suggests the key a typo was meant to be', () => {
    expect(problemOf({ coolDownDays: { Upset: 3 } }).message).toBe(
      'playbook.json: coolDownDays.Upset: unknown key (did you mean upset?)',
    );
    expect(problemOf({ spacingdays: 30 }).message).toBe(
      'playbook.json: spacingdays: unknown key (did you mean spacingDays?)',
    );
  });

  it('refuses a file that is not an object of settings', () => {
    expect(problemOf([1, 2]).message).toBe('playbook.json: (top level): must be an object of settings');
    expect(problemOf({ silence: 5 }).message).toMatch(/^playbook\.json: silence: /);
  });
});
