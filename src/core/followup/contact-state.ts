/** How a touch changes a person's contact state, and the back-off in words for the person's page. */
import { addDays, localDateOf, maxDate, shortDate } from '../dates.js';
import type { ContactState, LocalDate, Person, Step, Touch } from '../model.js';
import { personFacts, stepDate } from './facts.js';
import { keepInTouchWait } from './keep-in-touch.js';
import type { Playbook } from './playbook.js';
import { plural } from './words.js';

/**
 * The person's contact state after a touch is logged. A reply asking to stop makes them do-not-contact
 * for good (only the user can undo that); any other reply wakes a dormant person. Outbound touches
 * change nothing.
 */
export function contactStateAfterTouch(person: Pick<Person, 'contactState'>, touch: Touch): ContactState {
  if (touch.direction !== 'in') return person.contactState;
  if (touch.tone === 'asked-to-stop') return 'do-not-contact';
  if (person.contactState === 'dormant') return 'active';
  return person.contactState;
}

export interface BackoffInput {
  person: Person;
  /** The person's touches (any application). */
  touches: Touch[];
  /** The person's steps (any application, any state). */
  steps: Step[];
  playbook: Playbook;
  timeZone: string;
}

/**
 * One line about where the tact rules stand for a person, e.g.
 * "2 letters unanswered; next touch not before 14 Jan".
 */
export function backoffSummary({ person, touches, steps, playbook, timeZone }: BackoffInput): string {
  const mine = steps.filter((s) => s.personId === person.id);
  const facts = personFacts(person, touches, mine, timeZone, () => false);
  const byId = new Map(touches.map((t) => [t.id, t]));
  if (person.contactState === 'do-not-contact') {
    const stop = touches
      .filter((t) => t.personId === person.id && t.direction === 'in' && t.tone === 'asked-to-stop')
      .sort((a, b) => a.at.localeCompare(b.at))
      .at(-1);
    return stop
      ? `Asked you to stop on ${shortDate(localDateOf(stop.at, timeZone))}; nothing will be planned.`
      : 'Do not contact; nothing will be planned.';
  }
  const unanswered = facts.unanswered > 0 ? `${plural(facts.unanswered, 'letter')} unanswered` : null;
  if (person.contactState === 'dormant') {
    return `${unanswered ?? 'Dormant'}; nothing more unless a matching role opens.`;
  }
  const planned = mine
    .filter((s) => s.state === 'pending' || s.state === 'snoozed')
    .map((s) => stepDate(s, byId, timeZone))
    .sort()[0];
  const replied = facts.lastReplyAt
    ? `replied on ${shortDate(localDateOf(facts.lastReplyAt, timeZone))}`
    : null;
  const head = unanswered ?? (replied ? replied[0]?.toUpperCase() + replied.slice(1) : null);
  if (facts.lastOut === null)
    return planned ? `No letters yet; first planned for ${shortDate(planned)}.` : 'No letters yet.';
  let notBefore: LocalDate = addDays(facts.lastOut, playbook.spacingDays);
  if (facts.unanswered > 0 && facts.lastKeepInTouch) {
    const wait = keepInTouchWait(
      playbook.keepInTouch.everyDays,
      playbook.keepInTouch.backoffFactor,
      facts.unanswered,
    );
    notBefore = maxDate(notBefore, addDays(facts.lastKeepInTouch, wait));
  }
  const next = planned
    ? `next touch planned for ${shortDate(planned)}`
    : `next touch not before ${shortDate(notBefore)}`;
  const left = playbook.keepInTouch.dormantAfterUnanswered - facts.unanswered;
  const warning = facts.unanswered > 0 ? `; ${left} more unanswered and they go quiet` : '';
  return `${head ?? `Last letter on ${shortDate(facts.lastOut)}`}; ${next}${warning}.`;
}
