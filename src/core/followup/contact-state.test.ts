import { describe, expect, it } from 'vitest';
import type { Touch } from '../model.js';
import { backoffSummary, contactStateAfterTouch } from './contact-state.js';
import { DEFAULT_PLAYBOOK } from './playbook.js';
import { addPerson, markDone, newWorld, replan, reply, setStatus, TZ } from './test-world.js';

const touch = (direction: Touch['direction'], tone: Touch['tone']): Touch => ({
  id: 1,
  personId: 2,
  applicationId: 3,
  at: '2026-11-10T10:00:00.000Z',
  channel: 'email',
  direction,
  note: null,
  tone,
  stepId: null,
});

describe('contactStateAfterTouch', () => {
  it('a reply asking to stop makes the person do-not-contact', () => {
    expect(contactStateAfterTouch({ contactState: 'active' }, touch('in', 'asked-to-stop'))).toBe(
      'do-not-contact',
    );
    expect(contactStateAfterTouch({ contactState: 'dormant' }, touch('in', 'asked-to-stop'))).toBe(
      'do-not-contact',
    );
  });

  it('any other reply wakes a dormant person, but never undoes a request to stop', () => {
    expect(contactStateAfterTouch({ contactState: 'dormant' }, touch('in', 'cool'))).toBe('active');
    expect(contactStateAfterTouch({ contactState: 'do-not-contact' }, touch('in', 'warm'))).toBe(
      'do-not-contact',
    );
    expect(contactStateAfterTouch({ contactState: 'active' }, touch('in', null))).toBe('active');
  });

  it('the user writing changes nothing', () => {
    expect(contactStateAfterTouch({ contactState: 'dormant' }, touch('out', null))).toBe('dormant');
  });
});

describe('backoffSummary', () => {
  function world() {
    const w = newWorld({ appliedOn: '2026-10-01' });
    const maria = addPerson(w, 'Maria Chen', 'hiring-manager');
    setStatus(w, 'rejected', '2026-11-06');
    replan(w, '2026-11-06');
    const summary = () =>
      backoffSummary({
        person: w.people[0]?.person ?? maria,
        touches: w.touches,
        steps: w.steps,
        playbook: DEFAULT_PLAYBOOK,
        timeZone: TZ,
      });
    const send = (kind: string) => {
      const s = w.steps.find((x) => x.kind === kind && x.state === 'pending');
      if (!s) throw new Error(kind);
      markDone(w, s.id, s.due);
      replan(w, s.due);
    };
    return { w, maria, summary, send };
  }

  it('says what is planned before anything was sent', () => {
    expect(world().summary()).toBe('No letters yet; first planned for 9 Nov.');
  });

  it('counts unanswered letters and says when the next may go', () => {
    const { summary, send, w } = world();
    for (const k of [
      'thank-you',
      'feedback-request',
      'resell',
      'follow-up',
      'keep-in-touch',
      'keep-in-touch',
    ])
      send(k);
    // 27 Jan and 21 Apr 2027 went unanswered: the wait doubles twice, 42 → 168 days.
    expect(w.steps.filter((x) => x.kind === 'keep-in-touch' && x.state === 'done').map((x) => x.due)).toEqual(
      ['2027-01-27', '2027-04-21'],
    );
    expect(summary()).toBe(
      '2 letters unanswered; next touch planned for 6 Oct; 1 more unanswered and they go quiet.',
    );
    send('keep-in-touch');
    expect(summary()).toBe('3 letters unanswered; nothing more unless a matching role opens.');
  });

  it('speaks of replies, dormancy and requests to stop', () => {
    const { summary, send, w, maria } = world();
    send('thank-you');
    reply(w, maria.id, '2026-11-10', 'warm');
    expect(summary()).toMatch(/^Replied on 10 Nov; next touch planned for /);
    reply(w, maria.id, '2026-11-11', 'asked-to-stop');
    expect(summary()).toBe('Asked you to stop on 11 Nov; nothing will be planned.');
  });
});
