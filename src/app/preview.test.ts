import { afterEach, describe, expect, it } from 'vitest';
import { listSteps } from '../store/steps.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { addApplication, applicationDetails } from './applications.js';
import { addPerson } from './people.js';
import { previewStatus } from './preview.js';

type T = Awaited<ReturnType<typeof testApp>>;
let t: T;
afterEach(async () => t?.close());

describe.each(engines)('previewing a rejection on %s', (engine) => {
  it('shows the plan it would start and saves nothing', async () => {
    t = await testApp(engine, '2026-11-20');
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Analyst',
      applied: '2026-10-01',
    });
    await addPerson(t.ctx, { name: 'Ana', role: 'interviewer', application: application.id });
    const before = await listSteps(t.store.db);
    const upset = await previewStatus(t.ctx, { id: application.id, status: 'rejected', mood: 'upset' });
    const ok = await previewStatus(t.ctx, { id: application.id, status: 'rejected', mood: 'ok' });
    expect(ok.map((s) => s.kind)).toContain('thank-you');
    const first = (steps: typeof ok) => steps.filter((s) => s.kind === 'thank-you')[0]!.due;
    expect(first(upset) > first(ok)).toBe(true);
    expect(await listSteps(t.store.db)).toEqual(before);
    expect((await applicationDetails(t.store.db, application.id)).application.status).toBe('applied');
  });
});
