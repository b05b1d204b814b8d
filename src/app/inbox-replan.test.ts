/**
 * An import marks the plans its batches change and makes each again once, at its end. These tests
 * hold the outcome to re-planning from scratch, whatever the batching, and show that what a stopped
 * or killed import leaves marked is re-planned by the next import or the daily refresh.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceItem } from '../adapters/mail/source-item.js';
import { listApplications, markReplanPending, pendingReplans } from '../store/applications.js';
import { setSetting } from '../store/settings.js';
import type { Db } from '../store/store.js';
import { testApp } from '../test-support/app.js';
import { engines } from '../test-support/databases.js';
import { acknowledgementFrom, mbox, rawMail, rejectionFrom, type TestMail } from '../test-support/mail.js';
import { addApplication } from './applications.js';
import { importItems } from './inbox.js';
import { importMbox } from './inbox-sources.js';
import { planRun, refreshPlans, replanApplications } from './plan.js';

type T = Awaited<ReturnType<typeof testApp>>;
const opened: T[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'];
const WRITERS = ['Dana Reyes', 'Sam Hill', 'Bo Park', 'Lee Chan'];

/** Applications at six companies, and mail about them: acknowledgements, then rejections by people. */
async function setUp(engine: (typeof engines)[number]): Promise<T> {
  const t = await testApp(engine);
  opened.push(t);
  for (const [i, company] of COMPANIES.entries()) {
    await addApplication(t.ctx, { company, role: 'Data Analyst', applied: `2026-09-0${i + 1}` });
  }
  return t;
}

function mails(): TestMail[] {
  return [
    ...COMPANIES.map((c, i) => acknowledgementFrom(c, 'Data Analyst', `2026-09-0${i + 1}T09:00:00Z`)),
    ...WRITERS.map((who, i) => rejectionFrom(COMPANIES[i]!, 'Data Analyst', `2026-11-1${i}T15:00:00Z`, who)),
    // A second letter from the same writer: the application changed by two batches.
    rejectionFrom('Acme', 'Data Analyst', '2026-11-18T15:00:00Z', 'Dana Reyes'),
  ];
}

function mboxFile(): string {
  // Its own folder each time: a checkpoint is kept per file.
  const file = join(mkdtempSync(join(tmpdir(), 'notnow-replan-')), 'mail.mbox');
  writeFileSync(file, mbox(mails()));
  return file;
}

/**
 * What the plans consist of, with person ids replaced by the person's address (ids are handed out in
 * the order rows are written, which the batching changes) and without instants of writing.
 */
async function snapshot(db: Db) {
  const people = await db.selectFrom('personEmails').selectAll().execute();
  const email = new Map(people.map((p) => [Number(p.personId), p.email]));
  const who = (id: number | string | null) => (id === null ? null : (email.get(Number(id)) ?? `#${id}`));
  const key = (k: string) =>
    k.replace(/\d+/g, (n) => (email.has(Number(n)) ? `<${email.get(Number(n))}>` : n));
  const applications = await db
    .selectFrom('applications')
    .select(['id', 'status', 'replanOn'])
    .orderBy('id')
    .execute();
  const steps = (await db.selectFrom('steps').selectAll().execute())
    .map((s) => ({
      applicationId: s.applicationId,
      person: who(s.personId),
      key: key(s.key),
      kind: s.kind,
      due: s.due,
      state: s.state,
      cancelReason: s.cancelReason,
    }))
    .sort((a, b) => (`${a.applicationId} ${a.key}` < `${b.applicationId} ${b.key}` ? -1 : 1));
  const touches = (await db.selectFrom('touches').selectAll().execute())
    .map((x) => ({ person: who(x.personId), applicationId: x.applicationId, at: x.at, note: x.note }))
    .sort((a, b) => (`${a.at}${a.person}` < `${b.at}${b.person}` ? -1 : 1));
  const contactStates = (await db.selectFrom('people').select(['id', 'contactState']).execute())
    .map((p) => `${who(p.id)} ${p.contactState}`)
    .sort();
  const history = (
    await db.selectFrom('statusChanges').select(['applicationId', 'status', 'at']).execute()
  ).sort((a, b) => (`${a.applicationId} ${a.at}` < `${b.applicationId} ${b.at}` ? -1 : 1));
  return { applications, steps, touches, contactStates, history };
}

/** Every application planned again, one after the other: what a plan made from scratch is. */
async function replanEverything(t: T): Promise<void> {
  await t.store.tx(async (db) => {
    const ids = (await listApplications(db)).map((a) => a.id);
    await replanApplications(db, await planRun(t.ctx, db), ids);
  });
}

describe.each(engines)('re-planning after an import on %s', (engine) => {
  it('makes the plans re-planning from scratch gives, however the mail is batched', async () => {
    const batched = await setUp(engine);
    const report = await importMbox(batched.ctx, mboxFile(), { batchSize: 2 });
    expect(report.counts.applied).toBe(11);
    expect(await pendingReplans(batched.store.db)).toEqual([]);
    const imported = await snapshot(batched.store.db);
    // Rejected with a plan under way: thank-you and resell letters to the writers.
    expect(imported.applications.filter((a) => a.status === 'rejected')).toHaveLength(4);
    expect(imported.steps.filter((s) => s.state === 'pending' && s.kind === 'resell')).toHaveLength(4);

    const whole = await setUp(engine);
    await importMbox(whole.ctx, mboxFile());
    expect(await snapshot(whole.store.db)).toEqual(imported);

    await replanEverything(batched);
    expect(await snapshot(batched.store.db)).toEqual(imported);
  });

  it('an import that breaks off part way still re-plans what it committed', async () => {
    const t = await setUp(engine);
    const raws = mails().map(
      (m, i): SourceItem => ({ key: `m${i}`, raw: new TextEncoder().encode(rawMail(m)) }),
    );
    const source = (async function* () {
      // The four rejections (each changes a plan), then the connection drops during the third batch.
      yield* raws.slice(6, 11);
      throw new Error('the IMAP server closed the connection');
    })();
    await expect(importItems(t.ctx, source, null, { batchSize: 2 })).rejects.toThrow(/closed the connection/);
    expect(await pendingReplans(t.store.db)).toEqual([]);
    const after = await snapshot(t.store.db);
    // The first batch was committed; the second, taken while it was written, is read again next time.
    expect(after.history.filter((h) => h.status === 'rejected')).toHaveLength(2);
    expect(after.steps.filter((s) => s.state === 'pending' && s.kind === 'resell')).toHaveLength(2);
    await replanEverything(t);
    expect(await snapshot(t.store.db)).toEqual(after);
  });

  it('what a killed import left marked is re-planned by the next refresh, even on a day already done', async () => {
    const t = await setUp(engine);
    await importMbox(t.ctx, mboxFile());
    const current = await snapshot(t.store.db);
    // A process killed between a batch's commit and the import's end leaves its applications marked,
    // their plans not yet made: here, the letters still to write are missing.
    const rejected = current.applications.filter((a) => a.status === 'rejected').map((a) => a.id);
    await t.store.tx(async (db) => {
      await db
        .deleteFrom('steps')
        .where('applicationId', 'in', rejected)
        .where('state', '=', 'pending')
        .execute();
      await markReplanPending(db, rejected);
      await setSetting(db, 'plansRefreshedOn', '2026-11-23');
    });
    expect(await pendingReplans(t.store.db)).toEqual(rejected);
    expect(await refreshPlans(t.ctx)).toBeGreaterThanOrEqual(rejected.length);
    expect(await pendingReplans(t.store.db)).toEqual([]);
    expect(await snapshot(t.store.db)).toEqual(current);
  });

  it('what a killed import left marked is re-planned by the next import', async () => {
    const t = await setUp(engine);
    const file = mboxFile();
    await importMbox(t.ctx, file);
    const current = await snapshot(t.store.db);
    const rejected = current.applications.filter((a) => a.status === 'rejected').map((a) => a.id);
    await t.store.tx(async (db) => {
      await db
        .deleteFrom('steps')
        .where('applicationId', 'in', rejected)
        .where('state', '=', 'pending')
        .execute();
      await markReplanPending(db, rejected);
    });
    // Nothing new in the mailbox: the import only finishes what the killed one left.
    const again = await importMbox(t.ctx, file);
    expect(again.results).toEqual([]);
    expect(await pendingReplans(t.store.db)).toEqual([]);
    expect(await snapshot(t.store.db)).toEqual(current);
  });
});
