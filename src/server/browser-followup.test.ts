import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, overflowsSideways, screenshot } from '../test-support/browser.js';
import { mbox, rejectionFrom } from '../test-support/mail.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { defaultWebRoot } from './static-files.js';

/** Today, the letter composer and the import, driven in Debian's chromium against a real server. */
describe('follow-ups, letters and the import in a browser', () => {
  let t: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let applicationId: number;
  let folder: string;
  const errors: string[] = [];

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${t.server.origin}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await r.json()) as T;
  };
  const agenda = () =>
    api<{ items: Array<{ id: number; kind: string; person: string | null }> }>('GET', '/agenda');

  beforeAll(async () => {
    ensureWebBuilt();
    folder = mkdtempSync(join(tmpdir(), 'notnow-browser-'));
    t = await startTestServer('sqlite', { webRoot: defaultWebRoot() });
    await api('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
    const added = await api<{ application: { id: number } }>('POST', '/applications', {
      company: 'Northwind Health',
      role: 'Product Designer',
      applied: '2026-10-01',
    });
    applicationId = added.application.id;
    await api('POST', '/people', {
      name: 'Priya Raman',
      role: 'interviewer',
      application: applicationId,
      interviewed: '2026-11-19',
      emails: ['priya@northwind.example'],
    });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('records a rejection, and Today shows the plan with the why of each step', async () => {
    await page.goto(t.server.url);
    await page.goto(`${t.server.origin}/applications/${applicationId}`);
    await page.getByRole('button', { name: 'Record a rejection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a rejection' });
    await dialog.getByRole('button', { name: 'Record the rejection' }).click();
    await page
      .getByText(/rejected/i)
      .first()
      .waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const thanks = page.getByRole('listitem', { name: /Priya Raman/ }).first();
    await thanks.waitFor();
    expect(await thanks.locator('.why').textContent()).toMatch(/\w{4,}/);
    await screenshot(page, 'today-desktop');
  });

  it('drafts the thank-you, warns about its tone while typing, and marks it sent', async () => {
    const before = (await agenda()).items;
    const step = before.find((i) => i.person === 'Priya Raman' && /thank/.test(i.kind))!;
    await page
      .getByRole('listitem', { name: /Thank-you.*Priya Raman/ })
      .getByRole('link', { name: 'Draft' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Priya Raman/ }).waitFor();
    const text = page.getByRole('textbox', { name: 'Letter', exact: true });
    const draft = await text.inputValue();
    expect(draft).toMatch(/Priya/);
    await page.getByText('The tone reads well').waitFor();
    await text.fill(`${draft}\n\nIf you pass on me, it's your loss.`);
    const warning = page.locator('#tone-status');
    await warning.getByText(/phrase to reconsider/).waitFor();
    expect(await warning.textContent()).toMatch(/your loss/i);
    await screenshot(page, 'letter-tone-desktop');
    await page.getByRole('button', { name: 'Copy' }).click();
    // The page says so once the clipboard holds it (writing is asynchronous; reading at once raced it).
    await page.getByRole('status').filter({ hasText: 'Copied the subject and the letter' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toMatch(/your loss/);
    await text.fill(draft);
    await page.getByText('The tone reads well').waitFor();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'as sent' }).waitFor();
    // The Today list no longer shows it, and the letter kept was the user's final text.
    await expect(page.getByRole('listitem', { name: /Thank-you.*Priya Raman/ }).count()).resolves.toBe(0);
    const after = (await agenda()).items;
    expect(after.map((i) => i.id)).not.toContain(step.id);
  });

  it('imports an mbox with progress, accepts a suggestion, and injected markup in it runs nothing', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const file = join(folder, 'takeout.mbox');
    writeFileSync(
      file,
      mbox([
        rejectionFrom('Globex', 'Data Analyst', '2026-11-10'),
        {
          ...rejectionFrom('Initrode', 'Support Lead', '2026-11-11', 'Eve Mallory'),
          from: `"${evil} Eve" <eve@initrode.com>`,
          subject: `Your application ${evil}`,
        },
      ]),
    );
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import e-mail' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/2 messages: .*waiting for your review/).waitFor();
    const item = page.getByRole('listitem', { name: /Data Analyst/ });
    await item.waitFor();
    const injected = page.getByRole('listitem', { name: /Your application/ });
    await injected.getByText(evil).first().waitFor();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    await screenshot(page, 'import-review-desktop');
    await item.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();
    await page.getByRole('listitem', { name: /Data Analyst/ }).waitFor({ state: 'detached' });
    const apps = await api<{ items: Array<{ role: string; company: string; status: string }> }>(
      'GET',
      '/applications?q=data%20analyst',
    );
    expect(apps.items).toContainEqual(
      expect.objectContaining({ role: 'Data Analyst', company: 'Globex', status: 'rejected' }),
    );
    await injected.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Nothing to review').waitFor();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('corrects a suggestion: a search finds an older application beyond the most recent ones', async () => {
    // The application the mail is about is the oldest of many: the list shows only the most recent.
    const older = await api<{ application: { id: number } }>('POST', '/applications', {
      company: 'Tessellate',
      role: 'Support Lead',
      applied: '2026-08-03',
    });
    for (let i = 1; i <= 55; i++) {
      await api('POST', '/applications', {
        company: `Filler ${i}`,
        role: `Analyst ${i}`,
        applied: '2026-09-01',
      });
    }
    const file = join(folder, 'agency.mbox');
    // Written by an agency under its own name: notnow proposes a new application at "Zenith".
    writeFileSync(file, mbox([rejectionFrom('Zenith', 'Support Lead', '2026-11-12', 'Kim Osei')]));
    await page.goto(`${t.server.origin}/import`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/1 message: .*waiting for your review/).waitFor();
    const item = page.getByRole('listitem', { name: /Support Lead/ });
    await item.getByRole('button', { name: 'Correct…' }).click();
    await item.getByText(/most recently changed of your \d+ applications/).waitFor();
    const about = item.getByLabel('It is about');
    expect(await about.locator('option', { hasText: 'Tessellate' }).count()).toBe(0);
    await item.getByLabel('Find an application').fill('tessel');
    await item.getByText('1 application matches “tessel”.').waitFor();
    await about.selectOption({ label: 'Support Lead at Tessellate' });
    await screenshot(page, 'import-correction-desktop');
    await item.getByLabel('Find an application').fill('no such company');
    await item.getByText('No application matches “no such company”.').waitFor();
    // The choice stays while the search shows nothing else.
    expect(await about.inputValue()).toBe(String(older.application.id));
    await item.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByRole('status').filter({ hasText: 'Linked the e-mail to the application' }).waitFor();
    const linked = await api<{ application: { status: string } }>(
      'GET',
      `/applications/${older.application.id}`,
    );
    expect(linked.application.status).toBe('rejected');
    expect(errors).toEqual([]);
  });

  it('shows the calendar feed address in Settings, and it serves the steps', async () => {
    await page.goto(`${t.server.origin}/settings`);
    const field = page.getByLabel('Calendar feed address');
    await expect.poll(() => field.inputValue()).toMatch(/\/calendar\/[\w-]+\.ics$/);
    const url = await field.inputValue();
    expect(url).not.toContain(t.server.secret);
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(await feed.text()).toMatch(/BEGIN:VEVENT/);
  });

  it('shows the new pages at desktop and phone width without sideways scrolling', async () => {
    const step = (await agenda()).items.find((i) => i.kind !== 'reflection' && i.person !== null)!;
    const pages: Array<[string, string]> = [
      ['today', '/today'],
      ['letter', `/letters/${step.id}`],
      ['import', '/import'],
      ['settings-calendar', '/settings'],
    ];
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    small.on('pageerror', (e) => errors.push(e.message));
    await small.goto(t.server.url);
    await small.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    for (const [name, path] of pages) {
      await page.goto(`${t.server.origin}${path}`);
      await page.locator('main h1').first().waitFor();
      await screenshot(page, `${name}-desktop`);
      await small.goto(`${t.server.origin}${path}`);
      await small.locator('main h1').first().waitFor();
      await screenshot(small, `${name}-phone`);
      expect(await overflowsSideways(small), `${name} at 390px`).toBe(false);
    }
    await phone.close();
    expect(errors).toEqual([]);
  });
});
