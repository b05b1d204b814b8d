import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../core/followup/index.js';
import { testApp } from '../test-support/app.js';
import { loadPlaybook } from './plan.js';
import { getPlaybookSettings, savePlaybook, withSavedPlaybook } from './playbook.js';
import { INTERVAL_FIELDS, numericPaths } from './playbook-fields.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('the playbook fields', () => {
  it('cover every number of the playbook, each within its own range', () => {
    expect(INTERVAL_FIELDS.map((f) => f.key).sort()).toEqual(numericPaths(DEFAULT_PLAYBOOK).sort());
    for (const f of INTERVAL_FIELDS) {
      expect(f.min).toBeLessThanOrEqual(f.default);
      expect(f.default).toBeLessThanOrEqual(f.max);
      expect(f.label.length).toBeGreaterThan(5);
    }
  });
});

describe('the playbook saved in Settings', () => {
  it('is what the follow-up engine plans with, in this context and in the next one made', async () => {
    const app = await testApp('sqlite');
    close = app.close;
    const ctx = await withSavedPlaybook(app.ctx);
    expect(loadPlaybook(ctx)).toEqual(DEFAULT_PLAYBOOK);
    await savePlaybook(ctx, { intervals: { 'keepInTouch.everyDays': 60, 'silence.afterApplyingDays': 14 } });
    expect(loadPlaybook(ctx).keepInTouch.everyDays).toBe(60);
    // Another process (the CLI) opening the same database.
    const next = await withSavedPlaybook({ ...app.ctx });
    expect(loadPlaybook(next).keepInTouch.everyDays).toBe(60);
    expect(loadPlaybook(next).silence.afterApplyingDays).toBe(14);
    expect(loadPlaybook(next).keepInTouch.backoffFactor).toBe(DEFAULT_PLAYBOOK.keepInTouch.backoffFactor);
    const view = await getPlaybookSettings(next);
    expect(view.intervals.find((i) => i.key === 'keepInTouch.everyDays')?.source).toBe('settings');
  });

  it('refuses input that is not a set of intervals', async () => {
    const app = await testApp('sqlite');
    close = app.close;
    const ctx = await withSavedPlaybook(app.ctx);
    await expect(savePlaybook(ctx, { 'keepInTouch.everyDays': 60 })).rejects.toThrow(/\{"intervals"/);
    await expect(savePlaybook(ctx, { intervals: { spacingDays: '21' } })).rejects.toThrow(
      /Days between letters to one person: must be a whole number between 7 and 92 days/,
    );
  });
});
