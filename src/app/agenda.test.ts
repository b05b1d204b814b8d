import { afterEach, describe, expect, it } from 'vitest';
import { jsonText } from '../store/json-bytes.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { readAgenda, readAgendaJson } from './agenda.js';
import { addApplication, setStatus } from './applications.js';
import { addPerson } from './people.js';
import { snoozeStep } from './steps.js';

type T = Awaited<ReturnType<typeof testApp>>;
const open: T[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

describe.each(engines)('the agenda as JSON text written by %s', (engine) => {
  /** Rejections with interviewers: thank-yous, a reflection, a resell letter, over several days. */
  async function seed(): Promise<T> {
    const t = await testApp(engine);
    open.push(t);
    const roles = [
      ['Acme "Rockets" \\ Co', 'Designer', 'Zoë Ångström'],
      ['Zürich Öl 🚀', 'Engineer\nlead', 'Ana "Quote" Lee'],
      ['Globex', 'Writer', 'Tab\tPerson'],
    ] as const;
    for (const [i, [company, role, name]] of roles.entries()) {
      const { application } = await addApplication(t.ctx, { company, role, applied: '2026-10-01' });
      await addPerson(t.ctx, {
        name,
        role: 'interviewer',
        application: application.id,
        interviewed: `2026-11-1${i}`,
      });
      await setStatus(t.ctx, { id: application.id, status: 'rejected', on: `2026-11-${18 + i}` });
    }
    return t;
  }

  it('is the text of readAgenda’s items: the same values, keys, order and groups', async () => {
    const t = await seed();
    const whole = await readAgenda(t.ctx, { days: 60 });
    const groups = new Set(whole.items.map((i) => i.group));
    expect(whole.items.length).toBeGreaterThan(5);
    expect(groups.has('upcoming')).toBe(true);
    // Snoozed steps show up on the day they were snoozed to, merged with the pending ones by day.
    const [first, second] = whole.items;
    await snoozeStep(t.ctx, { step: first!.id, until: '2026-12-10' });
    await snoozeStep(t.ctx, { step: second!.id, until: '2026-11-24' });
    for (const days of [0, 14, 60, 400]) {
      const { items } = await readAgenda(t.ctx, { days });
      expect(jsonText(await readAgendaJson(t.ctx, { days }))).toBe(JSON.stringify(items));
    }
    const items = JSON.parse(jsonText(await readAgendaJson(t.ctx, { days: 60 })));
    expect(items.filter((i: { state: string }) => i.state === 'snoozed')).toHaveLength(2);
    expect(items.some((i: { person: string }) => i.person === 'Ana "Quote" Lee')).toBe(true);
    expect(items.some((i: { company: string }) => i.company === 'Zürich Öl 🚀')).toBe(true);
  });

  it('groups against today: overdue, today and upcoming', async () => {
    const t = await seed();
    const later = { ...t.ctx, clock: { ...t.ctx.clock, today: () => '2026-12-01' } };
    const { items } = await readAgenda(later, { days: 30 });
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(['overdue', 'upcoming']));
    expect(jsonText(await readAgendaJson(later, { days: 30 }))).toBe(JSON.stringify(items));
  });

  it('is an empty list when nothing is planned, and refuses a bad number of days', async () => {
    const t = await testApp(engine);
    open.push(t);
    expect(jsonText(await readAgendaJson(t.ctx))).toBe('[]');
    await expect(readAgendaJson(t.ctx, { days: -1 })).rejects.toThrow(/days/);
  });
});
