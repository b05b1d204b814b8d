import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { mbox, rejectionFrom } from '../test-support/mail.js';
import { setStatus } from './applications.js';
import { exportAll, readExportFile, restoreAll } from './backup.js';
import { loadDemo } from './demo.js';
import { importMbox } from './inbox-sources.js';
import { addFeedback, addLink } from './notes.js';
import { updateProfile } from './profile.js';

type T = Awaited<ReturnType<typeof testApp>>;
const open: T[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});
async function app(engine: (typeof engines)[number]) {
  const t = await testApp(engine);
  open.push(t);
  return t;
}

describe.each(engines)('export and restore on %s', (engine) => {
  it('round-trips every record losslessly', async () => {
    const source = await app(engine);
    await updateProfile(source.ctx, {
      name: 'Alex Doe',
      timeZone: 'Europe/Paris',
      strengths: ['clear writing'],
    });
    await loadDemo(source.ctx);
    await setStatus(source.ctx, {
      id: 2,
      status: 'rejected',
      reason: 'went with someone else',
      mood: 'upset',
    });
    await addFeedback(source.ctx, { application: 2, text: 'More depth on metrics, please' });
    await addLink(source.ctx, {
      url: 'https://example.com/a',
      title: 'An article',
      company: 'Quillon Books',
    });
    // The inbox goes along: a rejection read from an mbox (its message and the mbox's checkpoint).
    const dir = mkdtempSync(join(tmpdir(), 'notnow-backup-'));
    const file = join(dir, 'mail.mbox');
    writeFileSync(
      file,
      mbox([rejectionFrom('Northwind Health', 'Senior Product Designer', '2026-11-02T09:00:00Z')]),
    );
    const imported = await importMbox(source.ctx, file);
    expect(imported.counts.applied + imported.counts.review).toBe(1);
    const first = await exportAll(source.ctx);
    expect(first.data.messages).toHaveLength(1);
    expect(first.data.importCheckpoints).toHaveLength(1);
    const target = await app(engine);
    const counts = await restoreAll(target.ctx, JSON.parse(JSON.stringify(first)));
    expect(counts.applications).toBe(12);
    const second = await exportAll(target.ctx);
    expect(second.data).toEqual(first.data);
    // New records after a restore get fresh ids, not ones already used.
    const link = await addLink(target.ctx, { url: 'https://example.com/b', title: 'Another' });
    const maxId = Math.max(
      ...Object.values(first.data).flatMap((v) =>
        Array.isArray(v) ? v.map((r: { id?: number }) => r.id ?? 0) : [],
      ),
    );
    expect(link.id).toBeGreaterThan(maxId);
  });

  it('refuses to restore over existing data, changing nothing', async () => {
    const t = await app(engine);
    await loadDemo(t.ctx);
    const before = await exportAll(t.ctx);
    await expect(restoreAll(t.ctx, before)).rejects.toThrow(/already holds data; restore into an empty one/);
    expect((await exportAll(t.ctx)).data).toEqual(before.data);
  });

  it('restores nothing when the file does not hold together', async () => {
    const source = await app(engine);
    await loadDemo(source.ctx);
    const file = await exportAll(source.ctx);
    file.data.participations.push({
      applicationId: 999_999,
      personId: 1,
      role: 'interviewer',
      interviewedOn: null,
    });
    const target = await app(engine);
    await expect(restoreAll(target.ctx, file)).rejects.toThrow(/does not hold together/);
    expect((await exportAll(target.ctx)).data.applications).toEqual([]);
  });
});

describe('reading export files', () => {
  it('reads a version-1 file, from before the inbox', () => {
    const v1 = {
      format: 'notnow-export',
      version: 1,
      exportedAt: '',
      schema: '0001-initial',
      data: {
        companies: [],
        applications: [],
        statusChanges: [],
        people: [],
        participations: [],
        touches: [],
        steps: [],
        feedback: [],
        links: [],
        settings: {},
      },
    };
    expect(readExportFile(v1).messages).toEqual([]);
  });

  it('says what is wrong with a damaged file', () => {
    expect(() => readExportFile({ hello: 1 })).toThrow(/Not a notnow export file/);
    expect(() =>
      readExportFile({ format: 'notnow-export', version: 99, exportedAt: '', schema: '', data: {} }),
    ).toThrow(/version 99, written by a newer notnow/);
    expect(() =>
      readExportFile({
        format: 'notnow-export',
        version: 1,
        exportedAt: '',
        schema: '',
        data: { companies: [{ id: 'x' }] },
      }),
    ).toThrow(/damaged: data\.companies\.0\.id/);
  });
});
