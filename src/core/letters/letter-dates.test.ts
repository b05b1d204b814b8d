import { describe, expect, it } from 'vitest';
import { letterDate, letterDay, relativePastDay } from './letter-dates.js';

describe('letter dates', () => {
  it('writes the day and month, and the year only when it is not this year', () => {
    expect(letterDay('2026-12-03', '2026-11-03')).toBe('3 December');
    expect(letterDay('2027-01-07', '2026-12-10')).toBe('7 January 2027');
    expect(letterDate('2026-12-03', '2026-11-03')).toBe('Thursday 3 December');
  });

  it('says a recent day the way people do', () => {
    const today = '2026-11-05'; // a Thursday
    expect(relativePastDay('2026-11-05', today)).toBe('today');
    expect(relativePastDay('2026-11-04', today)).toBe('yesterday');
    expect(relativePastDay('2026-11-02', today)).toBe('on Monday');
    expect(relativePastDay('2026-10-29', today)).toBe('on 29 October');
    expect(relativePastDay('2025-12-29', today)).toBe('on 29 December 2025');
  });
});
