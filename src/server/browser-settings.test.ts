import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, overflowsSideways, screenshot } from '../test-support/browser.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { type RunningSmtp, startSmtp } from '../test-support/smtp.js';
import { defaultWebRoot } from './static-files.js';

/** Settings in Debian's chromium: playbook intervals edited and saved, SMTP shown and tested. */
describe('Settings in a browser', () => {
  let t: TestServer;
  let smtp: RunningSmtp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${t.server.origin}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${t.server.secret}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await r.json()) as T;
  };
  const interval = async (key: string) =>
    (
      await api<{ intervals: Array<{ key: string; value: number; source: string }> }>('GET', '/playbook')
    ).intervals.find((i) => i.key === key);

  beforeAll(async () => {
    ensureWebBuilt();
    smtp = await startSmtp();
    t = await startTestServer('sqlite', {
      webRoot: defaultWebRoot(),
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: smtp.password },
    });
    await api('PATCH', '/profile', { name: 'Alex Morgan', email: 'alex@example.net' });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('edits a playbook interval with the keyboard: a clear message when wrong, saved when right', async () => {
    await page.goto(t.server.url);
    await page.goto(`${t.server.origin}/settings`);
    await page.getByRole('heading', { name: 'Playbook intervals' }).waitFor();
    const input = page.getByLabel('Resell follow-up', { exact: true });
    expect(await input.inputValue()).toBe('30');

    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('400');
    await page.keyboard.press('Enter');
    const message = page.getByText('Resell follow-up: must be a whole number between 7 and 92 days').first();
    await message.waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await interval('rejection.resell.promiseDays'))?.value).toBe(30);

    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('45');
    await page.keyboard.press('Enter');
    await page
      .getByText(/Playbook saved\./)
      .first()
      .waitFor();
    expect(await interval('rejection.resell.promiseDays')).toMatchObject({ value: 45, source: 'settings' });

    await page.reload();
    const again = page.getByLabel('Resell follow-up', { exact: true });
    await again.waitFor();
    expect(await again.inputValue()).toBe('45');
    // Not by colour alone: a changed value says so in words.
    await again.locator('xpath=..').getByText('changed').waitFor();
    await screenshot(page, 'settings');
  });

  it('shows how sending is set up, never the password, and sends a test message to myself', async () => {
    const section = page.getByRole('region', { name: 'Sending by e-mail (SMTP)' });
    await section.getByText(/Sending is set up/).waitFor();
    await section
      .getByRole('definition')
      .filter({ hasText: /^127\.0\.0\.1/ })
      .waitFor();
    await section
      .getByRole('definition')
      .filter({ hasText: new RegExp(`^${smtp.port}`) })
      .waitFor();
    await section.getByText('set (never shown)').waitFor();
    expect(await page.content()).not.toContain(smtp.password);

    const button = section.getByRole('button', { name: 'Send a test message to myself' });
    await button.focus();
    await page.keyboard.press('Enter');
    await section.getByText('Test message sent to alex@example.net. Check your inbox.').waitFor();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatch(/Subject: notnow: test message/);
  });

  it('restores the default intervals', async () => {
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await page
      .getByText(/Default intervals restored\./)
      .first()
      .waitFor();
    expect(await interval('rejection.resell.promiseDays')).toMatchObject({ value: 30, source: 'default' });
    expect(await page.getByLabel('Resell follow-up', { exact: true }).inputValue()).toBe('30');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await page.getByRole('heading', { name: 'Playbook intervals' }).waitFor();
    await page
      .getByRole('region', { name: 'Sending by e-mail (SMTP)' })
      .getByText(/Sending is set up/)
      .waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'settings-phone');
    expect(errors).toEqual([]);
  });
});
