/**
 * The rules that protect people from the user's plans: nothing for a person who asked to stop,
 * nothing but one note about a new opening for a person who stopped answering.
 */
import { maxDate, shortDate } from '../dates.js';
import type { PlanBuilder } from './builder.js';
import { isActive } from './facts.js';
import { firstName } from './roster.js';
import { spacedNote } from './why.js';
import { channelFor, plural, who } from './words.js';

export const ASKED_TO_STOP = 'asked to stop';
export const BACK_OFF = 'back-off';

/**
 * Marks people dormant whose unanswered keep-in-touch letters reached the limit, then cancels what is
 * planned for people who may not be written to. For do-not-contact that is everything still to come
 * (snoozed and edited steps too); for dormant people, what the planner made and the user did not touch.
 */
export function applyTact(b: PlanBuilder): void {
  const limit = b.ctx.playbook.keepInTouch.dormantAfterUnanswered;
  for (const facts of b.facts.values()) {
    const { person } = facts;
    if (person.contactState === 'active' && facts.unanswered >= limit) {
      b.changes.people.push({ personId: person.id, contactState: 'dormant' });
    }
    const state = b.contactState(person.id);
    if (state === 'active') continue;
    for (const s of b.ctx.steps) {
      if (s.personId !== person.id || !isActive(s)) continue;
      if (state === 'do-not-contact') b.patch(s.id, { state: 'cancelled', cancelReason: ASKED_TO_STOP });
      else if (s.state === 'pending' && !s.edited && s.kind !== 'new-opening') {
        b.patch(s.id, { state: 'cancelled', cancelReason: BACK_OFF });
      }
    }
  }
}

/** One note, ever, to each dormant person on this application when a matching role opens. */
export function planNewOpenings(b: PlanBuilder): void {
  const { openings = [], application: app, company, profile, playbook } = b.ctx;
  for (const { person, participation } of b.ctx.people) {
    if (b.contactState(person.id) !== 'dormant') continue;
    const facts = b.facts.get(person.id);
    const key = `new-opening:${person.id}`;
    const existing = b.existing(key);
    if (existing && existing.state !== 'pending') continue;
    const since = facts?.lastOut ?? '0000-01-01';
    const opening = [...openings]
      .filter((o) => o.seenOn >= since)
      .sort((x, y) => x.seenOn.localeCompare(y.seenOn) || x.title.localeCompare(y.title))[0];
    if (!opening) continue;
    const quiet = facts ? facts.unanswered : 0;
    b.propose(
      {
        key,
        personId: person.id,
        kind: 'new-opening',
        nominal: maxDate(opening.seenOn, since),
        spaced: true,
        why: (due, start) =>
          `${who(person, participation.role)} has not answered your last ${plural(quiet, 'letter')}` +
          `${facts?.lastOut ? ` (the latest on ${shortDate(facts.lastOut)})` : ''}, so nothing else is planned. ` +
          `${company.name} opened "${opening.title}" on ${shortDate(opening.seenOn)}` +
          `${opening.url ? ` (${opening.url})` : ''}: one short note to ${firstName(person)} about it, ` +
          `recalling your application for ${app.role}.` +
          spacedNote(due, start, person, playbook.spacingDays),
      },
      channelFor('new-opening', person, profile),
    );
  }
}
