import { describe, expect, it } from 'vitest';
import { sharedProbe } from './version.js';

/** A probe whose answers the test releases one at a time; `value` is what the data looks like now. */
function controlled() {
  const pending: Array<(v: number) => void> = [];
  let started = 0;
  const state = { value: 0 };
  const probe = sharedProbe(() => {
    started += 1;
    const seen = state.value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  });
  const release = async () => {
    pending.shift()?.(0);
    await new Promise((r) => setImmediate(r));
  };
  return { probe, state, release, started: () => started };
}

describe('sharedProbe', () => {
  it('sends one probe for all who ask while one is under way, started after they asked', async () => {
    const c = controlled();
    const first = c.probe();
    // A write lands after the first probe read the version: later callers must see it.
    c.state.value = 1;
    const later = [c.probe(), c.probe(), c.probe()];
    expect(c.started()).toBe(1);
    await c.release();
    expect(await first).toBe(0);
    expect(c.started()).toBe(2);
    await c.release();
    expect(await Promise.all(later)).toEqual([1, 1, 1]);
  });

  it('starts afresh once nothing is under way, and survives a failed probe', async () => {
    let calls = 0;
    const probe = sharedProbe(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return calls;
    });
    await expect(probe()).rejects.toThrow('connection lost');
    expect(await probe()).toBe(2);
    expect(await probe()).toBe(3);
  });
});
