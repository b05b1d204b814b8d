import { describe, expect, it } from 'vitest';
import { NotNowError } from './errors.js';
import { parseUserDate } from './user-date.js';

describe('parseUserDate', () => {
  const today = '2026-11-23'; // a Monday
  it('takes ISO dates as they are', () => {
    expect(parseUserDate('2026-11-03', today)).toBe('2026-11-03');
  });
  it('refuses a date that does not exist, saying what to fix', () => {
    expect(() => parseUserDate('2026-02-30', today, '--on')).toThrow(
      /--on: 2026-02-30 is not a real calendar date/,
    );
  });
  it('reads words relative to today, not the clock', () => {
    expect(parseUserDate('yesterday', today)).toBe('2026-11-22');
    expect(parseUserDate('today', today)).toBe('2026-11-23');
    expect(parseUserDate('last friday', today)).toBe('2026-11-20');
    expect(parseUserDate('3 Nov', today)).toBe('2026-11-03');
  });
  it('refuses gibberish with a hint', () => {
    try {
      parseUserDate('the day after never', today, '--on');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotNowError);
      expect((e as Error).message).toMatch(/--on: could not read .* YYYY-MM-DD/);
    }
  });
});
