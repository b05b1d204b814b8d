import { describe, expect, it } from 'vitest';
import { testStep } from '../../core/followup/test-step.js';
import type { Step } from '../../core/model.js';
import { stepsToIcs } from './ics.js';

/** A small RFC 5545 reader: unfolds lines, splits properties, unescapes text. Enough to check our feed. */
function parseIcs(text: string) {
  expect(text.includes('\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  for (const line of text.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const calendar: Record<string, string> = {};
  const events: Array<Record<string, { params: string; value: string }>> = [];
  let current: Record<string, { params: string; value: string }> | null = null;
  const unescapeText = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name = '', params = '', value = ''] = m;
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) current[name] = { params, value: unescapeText(value) };
    else calendar[name] = unescapeText(value);
  }
  return { calendar, events };
}

function step(id: number, patch: Partial<Step>): Step {
  return {
    ...testStep({
      key: `k${id}`,
      due: '2026-11-09',
      why: 'Rejected on 6 Nov. Thank Ana Ruiz (interviewer), by 10 Nov; a long enough sentence to be folded, surely, with a comma, and a semicolon; yes.',
      createdAt: '2026-11-06T11:00:00.000Z',
      updatedAt: '2026-11-06T11:00:00.000Z',
      ...patch,
    }),
    id,
  };
}

const opts = { timeZone: 'Europe/Paris', calendarName: 'notnow follow-ups' };

describe('stepsToIcs', () => {
  const items = [
    { step: step(7, {}), title: 'Thank-you note to Ana Ruiz (Acme)' },
    {
      step: step(8, { state: 'snoozed', snoozedUntil: '2026-11-12', kind: 'feedback-request' }),
      title: 'Feedback',
    },
    // Summer time: 09:00 in Paris is 07:00 UTC.
    { step: step(9, { due: '2027-06-15', kind: 'keep-in-touch' }), title: 'Keep in touch' },
    {
      step: step(10, {
        state: 'cancelled',
        cancelReason: 'asked to stop',
        updatedAt: '2026-11-10T09:30:00.000Z',
      }),
      title: 'Thank-you note to Ben',
    },
  ];
  const { calendar, events } = parseIcs(stepsToIcs(items, opts));
  const byUid = new Map(events.map((e) => [e.UID?.value, e]));

  it('names the calendar and its time zone', () => {
    expect(calendar['X-WR-CALNAME']).toBe('notnow follow-ups');
    expect(calendar['X-WR-TIMEZONE']).toBe('Europe/Paris');
    expect(calendar.PRODID).toBe('-//notnow//follow-ups//EN');
    expect(calendar['X-PUBLISHED-TTL']).toBe('PT1H');
  });

  it('gives every step a stable UID', () => {
    expect([...byUid.keys()].sort()).toEqual([
      'step-10@notnow',
      'step-7@notnow',
      'step-8@notnow',
      'step-9@notnow',
    ]);
  });

  it('puts each step at 09:00 local time for 30 minutes, the snoozed one on its new day', () => {
    expect(byUid.get('step-7@notnow')?.DTSTART?.value).toBe('20261109T080000Z');
    expect(byUid.get('step-7@notnow')?.DTEND?.value).toBe('20261109T083000Z');
    expect(byUid.get('step-8@notnow')?.DTSTART?.value).toBe('20261112T080000Z');
    expect(byUid.get('step-9@notnow')?.DTSTART?.value).toBe('20270615T070000Z');
  });

  it('carries the why, the title, and the cancelled status', () => {
    const e7 = byUid.get('step-7@notnow');
    expect(e7?.SUMMARY?.value).toBe('Thank-you note to Ana Ruiz (Acme)');
    expect(e7?.DESCRIPTION?.value).toContain(items[0]?.step.why);
    expect(e7?.STATUS?.value).toBe('CONFIRMED');
    const e10 = byUid.get('step-10@notnow');
    expect(e10?.STATUS?.value).toBe('CANCELLED');
    expect(e10?.DESCRIPTION?.value).toMatch(/^Cancelled: asked to stop\.\n/);
    expect(byUid.get('step-8@notnow')?.DESCRIPTION?.value).toMatch(/^Snoozed from 9 Nov 2026\.\n/);
  });

  it('derives SEQUENCE and DTSTAMP from updatedAt, so a re-export is the same text and an update wins', () => {
    const seq = (id: string) => Number(byUid.get(id)?.SEQUENCE?.value);
    expect(seq('step-10@notnow')).toBeGreaterThan(seq('step-7@notnow'));
    expect(byUid.get('step-10@notnow')?.DTSTAMP?.value).toBe('20261110T093000Z');
    expect(stepsToIcs(items, opts)).toBe(stepsToIcs([...items].reverse(), opts));
  });

  it('refuses an unknown time zone', () => {
    expect(() => stepsToIcs(items, { ...opts, timeZone: 'Mars/Olympus' })).toThrow(
      /unknown time zone: Mars\/Olympus/,
    );
  });

  it('an empty plan is a valid, empty calendar', () => {
    const empty = parseIcs(stepsToIcs([], opts));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.VERSION).toBe('2.0');
  });
});
