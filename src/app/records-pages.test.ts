import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { addApplication } from './applications.js';
import { listApplicationsPage } from './records-pages.js';

type T = Awaited<ReturnType<typeof testApp>>;
let t: T | undefined;
afterEach(async () => t?.close());

describe.each(engines)('searching the applications on %s', (engine) => {
  it('finds words in the role or the company name, whatever their case, beyond ASCII too', async () => {
    t = await testApp(engine);
    for (const [company, role] of [
      ['École Verte', 'Chargée de projet'],
      ['Zürich Öl', 'Ingénieur'],
      ['Acme', 'Engineer'],
    ] as const) {
      await addApplication(t.ctx, { company, role, applied: '2026-11-01' });
    }
    const found = async (q: string) =>
      (await listApplicationsPage(t!.ctx, { q })).items.map((a) => a.company).sort();
    expect(await found('école')).toEqual(['École Verte']);
    expect(await found('ÉCOLE')).toEqual(['École Verte']);
    expect(await found('ZÜRICH öl')).toEqual(['Zürich Öl']);
    expect(await found('CHARGÉE')).toEqual(['École Verte']);
    expect(await found('engineer')).toEqual(['Acme']);
    expect(await found('ingénieur zürich')).toEqual(['Zürich Öl']);
    expect(await found('100%')).toEqual([]);
  });
});
