import { describe, expect, it } from 'vitest';
import type { Step } from '../model.js';
import { agenda } from './agenda.js';
import { testStep } from './test-step.js';

let nextId = 1;
function step(due: string, state: Step['state'] = 'pending', snoozedUntil: string | null = null): Step {
  const id = nextId++;
  return { ...testStep({ key: `k${id}`, due, state, snoozedUntil }), id };
}

describe('agenda', () => {
  const late = step('2026-11-02');
  const later = step('2026-11-04');
  const now = step('2026-11-09');
  const soon = step('2026-11-12');
  const far = step('2026-12-30');
  const snoozedToSoon = step('2026-11-03', 'snoozed', '2026-11-10');
  const done = step('2026-11-09', 'done');
  const cancelled = step('2026-11-09', 'cancelled');
  const skipped = step('2026-11-09', 'skipped');
  const all = [far, soon, done, now, snoozedToSoon, later, cancelled, late, skipped];

  it('groups pending and snoozed steps into overdue, today and upcoming, oldest first', () => {
    const a = agenda(all, '2026-11-09', 7);
    expect(a.overdue.map((s) => s.id)).toEqual([late.id, later.id]);
    expect(a.today.map((s) => s.id)).toEqual([now.id]);
    // The snoozed step counts at the day it was snoozed to, not its old due date.
    expect(a.upcoming.map((s) => s.id)).toEqual([snoozedToSoon.id, soon.id]);
  });

  it('looks as far ahead as asked', () => {
    expect(agenda(all, '2026-11-09', 0).upcoming).toEqual([]);
    expect(agenda(all, '2026-11-09', 60).upcoming.at(-1)?.id).toBe(far.id);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => agenda(all, '2026-11-09', -1)).toThrow(/days must be a whole number/);
    expect(() => agenda(all, '2026-11-09', 1.5)).toThrow(/days must be a whole number/);
  });
});
