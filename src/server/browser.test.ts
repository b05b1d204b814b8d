import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApplications } from '../app/applications.js';
import {
  ensureWebBuilt,
  firstPageScriptBytes,
  launchBrowser,
  overflowsSideways,
  screenshot,
} from '../test-support/browser.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { defaultWebRoot } from './static-files.js';

/** The main flows in a real browser (Debian's chromium) against a real server on a fresh database. */
describe('the web app in a browser', () => {
  let t: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestServer('sqlite', { webRoot: defaultWebRoot() });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(6000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const apps = () => listApplications(t.app.ctx);

  it('sends the first page less than 250 KB of JavaScript, gzipped', () => {
    const bytes = firstPageScriptBytes(defaultWebRoot());
    console.log(`first page JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped`);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(250 * 1024);
  });

  it('refuses a browser without the secret', async () => {
    const stranger = await browser.newContext();
    const p = await stranger.newPage();
    const r = await p.goto(`${t.server.origin}/`);
    expect(r?.status()).toBe(401);
    await expect(p.getByRole('heading', { name: 'Open notnow with its link' }).isVisible()).resolves.toBe(
      true,
    );
    const api = await p.goto(`${t.server.origin}/api/applications`);
    expect(api?.status()).toBe(401);
    await stranger.close();
  });

  it('opens with the link, drops the secret from the address, and offers the demo data', async () => {
    await page.goto(t.server.url);
    await page.getByRole('heading', { name: 'Welcome to notnow' }).waitFor();
    expect(page.url()).toBe(`${t.server.origin}/`);
    await screenshot(page, 'first-start');
    await page.getByRole('button', { name: 'Load the demo data' }).click();
    await page.getByRole('link', { name: 'Senior Product Designer' }).waitFor();
    expect((await apps()).length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'pipeline');
  });

  it('adds an application with two interviewers', async () => {
    await page.getByRole('link', { name: 'Add application' }).click();
    await page.getByRole('heading', { name: 'Add an application' }).waitFor();
    await page.getByLabel('Company').fill('Lumen Labs');
    await page.getByLabel('Role').fill('UX Researcher');
    await page.getByLabel('Came via').selectOption('referral');
    await page.getByRole('button', { name: '+ Add a person' }).click();
    await page.getByRole('button', { name: '+ Add a person' }).click();
    const first = page.getByRole('group', { name: 'Person 1' });
    await first.getByLabel('Name').fill('Ada Moreno');
    await first.getByLabel('E-mail (optional)').fill('ada@lumen.example');
    await first.getByLabel('Interviewed you on (optional)').fill('2026-11-10');
    const second = page.getByRole('group', { name: 'Person 2' });
    await second.getByLabel('Name').fill('Ben Osei');
    await second.getByLabel('Their part').selectOption('hiring-manager');
    await screenshot(page, 'add-application');
    await page.getByRole('button', { name: 'Save the application' }).click();
    await page.getByRole('heading', { level: 1, name: 'UX Researcher' }).waitFor();
    await page.getByRole('link', { name: 'Ada Moreno' }).waitFor();
    await page.getByRole('link', { name: 'Ben Osei' }).waitFor();
    const app = (await apps()).find((a) => a.role === 'UX Researcher');
    expect(app).toMatchObject({ company: 'Lumen Labs', source: 'referral', status: 'applied' });
  });

  it('records a rejection with how it felt, and shows it in the timeline', async () => {
    await page.getByRole('button', { name: 'Record a rejection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a rejection' });
    await dialog.getByLabel('The reason they gave, if any').fill('went with an internal candidate');
    await dialog.getByRole('radio', { name: /Disappointed/ }).check();
    // The plan it starts is shown before anything is saved, and follows the mood.
    const preview = dialog.getByRole('region', { name: 'What this starts' });
    await preview
      .getByText(/you said you were disappointed/)
      .first()
      .waitFor();
    await preview.getByText('Thank-you note').first().waitFor();
    expect((await apps()).find((a) => a.role === 'UX Researcher')?.status).toBe('applied');
    await screenshot(page, 'record-rejection');
    await dialog.getByRole('button', { name: 'Record the rejection' }).click();
    await page.getByText('you felt: disappointed').waitFor();
    await page.getByText('went with an internal candidate').waitFor();
    const app = (await apps()).find((a) => a.role === 'UX Researcher');
    expect(app?.status).toBe('rejected');
    await screenshot(page, 'application');
  });

  it('moves a card on the pipeline board with the keyboard alone', async () => {
    await page.goto(`${t.server.origin}/`);
    const card = page.getByRole('link', { name: 'Data Engineer' });
    await card.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('status').filter({ hasText: 'to Screening' }).waitFor();
    const screening = page.getByRole('region', { name: /Screening/ });
    await screening.getByRole('link', { name: 'Data Engineer' }).waitFor();
    expect((await apps()).find((a) => a.role === 'Data Engineer')?.status).toBe('screening');
    // The keyboard stays on the card it moved.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Data Engineer');
  });

  it('shows injected markup in names and notes as text, and runs none of it', async () => {
    const headers = { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/json' };
    const post = (path: string, body: unknown) =>
      fetch(`${t.server.origin}/api${path}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(
        (r) => r.json() as Promise<Record<string, { id: number }>>,
      );
    const evilName = '<img src=x onerror="window.__pwned=1">Eve';
    const evilNote = '<script>window.__pwned=2</script><b>hello</b>';
    const app = await post('/applications', { company: '<svg onload=window.__pwned=3>', role: evilName });
    const person = await post('/people', {
      name: evilName,
      application: app.application!.id,
      rapport: evilNote,
    });
    await post(`/people/${person.person!.id}/touches`, { channel: 'email', direction: 'in', note: evilNote });
    for (const path of [
      `/applications/${app.application!.id}`,
      `/people/${person.person!.id}`,
      '/',
      '/people',
    ]) {
      await page.goto(`${t.server.origin}${path}`);
      await page.getByText(evilName).first().waitFor();
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      if (path.startsWith('/people/')) await page.getByText(evilNote).first().waitFor();
      expect(await page.locator('main img, main script, main svg, main b').count()).toBe(0);
    }
  });

  it('saves the profile in Settings', async () => {
    await page.goto(`${t.server.origin}/settings`);
    await page.getByLabel('Your name').fill('Alex Morgan');
    await page.getByLabel('Time zone').fill('Europe/Paris');
    await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    const r = await fetch(`${t.server.origin}/api/profile`, {
      headers: { authorization: `Bearer ${t.server.secret}` },
    });
    expect(await r.json()).toMatchObject({
      name: 'Alex Morgan',
      timeZone: 'Europe/Paris',
      workingDays: [1, 2, 3, 4],
    });
    await screenshot(page, 'settings');
  });

  it('shows every main page at desktop and phone width without sideways scrolling', async () => {
    const list = await apps();
    const rejected = list.find((a) => a.role === 'Senior Product Designer')!;
    const people = (await (
      await fetch(`${t.server.origin}/api/people`, {
        headers: { authorization: `Bearer ${t.server.secret}` },
      })
    ).json()) as Array<{ id: number; name: string }>;
    const priya = people.find((p) => p.name === 'Priya Raman') ?? people[0]!;
    const pages: Array<[string, string]> = [
      ['pipeline', '/'],
      ['application', `/applications/${rejected.id}`],
      ['people', '/people'],
      ['person', `/people/${priya.id}`],
      ['settings', '/settings'],
      ['add-application', '/applications/new'],
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
    for (const [name, path] of pages) {
      await page.goto(`${t.server.origin}${path}`);
      await page.locator('main h1').first().waitFor();
      // The demo's rejected application shows its plan (the demo comes planned, no visit to Today first).
      if (name === 'application') await page.getByRole('heading', { name: 'The plan' }).waitFor();
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
