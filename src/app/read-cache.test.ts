import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { noUserFiles } from '../adapters/config/user-files.js';
import { Store } from '../store/store.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { addApplication, setStatus } from './applications.js';
import { type AppContext, pinnedClock } from './context.js';
import { fromShelf } from './read-cache.js';
import { listApplicationsPage } from './records-pages.js';
import { readAgendaPage, skipStep } from './steps.js';

type T = Awaited<ReturnType<typeof testApp>>;
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

describe.each(engines)('reads served again on %s', (engine) => {
  async function setUp(): Promise<{ t: T; other: AppContext }> {
    const t = await testApp(engine);
    open.push(t);
    // Another notnow on the same database (the CLI while the web server runs).
    const store = await Store.open(t.target, '2026-11-23T12:00:00.000Z');
    open.push(store);
    return { t, other: { store, clock: pinnedClock('2026-11-23'), files: noUserFiles } };
  }

  it('are the same answer while nothing is written', async () => {
    const { t } = await setUp();
    await addApplication(t.ctx, { company: 'Acme', role: 'Designer', applied: '2026-11-01' });
    const first = await listApplicationsPage(t.ctx, {});
    expect(await listApplicationsPage(t.ctx, {})).toBe(first);
    expect(await listApplicationsPage(t.ctx, { q: 'acme' })).not.toBe(first);
  });

  it('follow every write, made here or by another process', async () => {
    const { t, other } = await setUp();
    const { application } = await addApplication(t.ctx, {
      company: 'Acme',
      role: 'Designer',
      applied: '2026-10-01',
    });
    expect((await listApplicationsPage(t.ctx, {})).total).toBe(1);
    await addApplication(other, { company: 'Globex', role: 'Writer', applied: '2026-11-01' });
    expect((await listApplicationsPage(t.ctx, {})).items.map((a) => a.role)).toEqual(['Writer', 'Designer']);

    await setStatus(other, { id: application.id, status: 'rejected', on: '2026-11-20' });
    const agenda = await readAgendaPage(t.ctx, { days: 60, limit: 500 });
    expect(agenda.total).toBeGreaterThan(0);
    expect((await listApplicationsPage(t.ctx, { status: 'rejected' })).items.map((a) => a.role)).toEqual([
      'Designer',
    ]);

    const step = agenda.items[0]!;
    await skipStep(other, step.id);
    const after = await readAgendaPage(t.ctx, { days: 60, limit: 500 });
    expect(after.items.map((i) => i.id)).not.toContain(step.id);
    expect(after.total).toBe(agenda.total - 1);
    await skipStep(t.ctx, after.items[0]!.id);
    expect((await readAgendaPage(t.ctx, { days: 60, limit: 500 })).total).toBe(agenda.total - 2);
  });

  it('follow a write that another process commits while requests are waiting on the version', async () => {
    const { t, other } = await setUp();
    await addApplication(t.ctx, { company: 'Acme', role: 'Designer', applied: '2026-11-01' });
    const reads = [listApplicationsPage(t.ctx, {}), listApplicationsPage(t.ctx, {})];
    await addApplication(other, { company: 'Globex', role: 'Writer', applied: '2026-11-02' });
    await Promise.all(reads);
    // Asked after the write was committed: must see it, whatever probes were under way.
    const [a, b] = await Promise.all([listApplicationsPage(t.ctx, {}), listApplicationsPage(t.ctx, {})]);
    expect(a.total).toBe(2);
    expect(b.total).toBe(2);
  });

  it('stay served while the server only does housekeeping (no write)', async () => {
    const { t } = await setUp();
    await addApplication(t.ctx, { company: 'Acme', role: 'Designer', applied: '2026-11-01' });
    const first = await listApplicationsPage(t.ctx, {});
    if (engine === 'postgres') {
      // Both move the write-ahead log, which the cache used to take as a change.
      await sql`checkpoint`.execute(t.ctx.store.db);
      await sql`vacuum applications`.execute(t.ctx.store.db);
    } else {
      await sql`pragma wal_checkpoint(PASSIVE)`.execute(t.ctx.store.db);
    }
    expect(await listApplicationsPage(t.ctx, {})).toBe(first);
  });
});

describe('a shelf', () => {
  it('shares a read under way between the requests that ask for it meanwhile', async () => {
    const shelf = { version: '1', answers: new Map() };
    let reads = 0;
    let finish: (v: { n: number }) => void = () => {};
    const read = () => {
      reads++;
      return new Promise<{ n: number }>((resolve) => {
        finish = resolve;
      });
    };
    const waiting = [fromShelf(shelf, 'k', read), fromShelf(shelf, 'k', read), fromShelf(shelf, 'k', read)];
    finish({ n: 1 });
    const [a, b, c] = await Promise.all(waiting);
    expect(reads).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await fromShelf(shelf, 'k', read)).toBe(a);
    expect(reads).toBe(1);
  });

  it('keeps no failed read: the next request reads again', async () => {
    const shelf = { version: '1', answers: new Map() };
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error('database busy');
    };
    await expect(fromShelf(shelf, 'k', failing)).rejects.toThrow('database busy');
    await expect(fromShelf(shelf, 'k', failing)).rejects.toThrow('database busy');
    expect(reads).toBe(2);
    expect(await fromShelf(shelf, 'k', async () => 'read again')).toBe('read again');
  });
});
