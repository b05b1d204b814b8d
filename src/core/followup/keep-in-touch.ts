/**
 * Keep-in-touch letters: one pending at a time per person (whichever application planned it owns it),
 * `everyDays` apart, the wait multiplied by the back-off factor for each letter left unanswered.
 */
import { addDays, maxDate, shortDate } from '../dates.js';
import type { Id, Link, LocalDate, Step } from '../model.js';
import type { PlanBuilder } from './builder.js';
import { isActive } from './facts.js';
import { firstName, type Member } from './roster.js';
import { spacedNote } from './why.js';
import { channelFor, everyPhrase, plural, who } from './words.js';

const KEY = /^keep-in-touch:(\d+):(\d+)$/;

export function keepInTouchKey(personId: Id, n: number): string {
  return `keep-in-touch:${personId}:${n}`;
}

function sequenceNumber(step: Step): number {
  const m = KEY.exec(step.key);
  return m ? Number(m[2]) : 0;
}

/** The wait before the next letter: `everyDays`, times the back-off factor per unanswered letter. */
export function keepInTouchWait(everyDays: number, factor: number, unanswered: number): number {
  return everyDays * factor ** unanswered;
}

/**
 * A link worth sharing that this person has not been sent yet (as far as earlier steps' texts show):
 * news of this company first, then the newest.
 */
export function linkToShare(
  links: readonly Link[],
  companyId: Id,
  earlier: readonly Step[],
  ownKey: string,
): Link | null {
  const used = (l: Link) => earlier.some((s) => s.key !== ownKey && s.why.includes(l.url));
  const ranked = [...links].sort(
    (a, b) =>
      Number(b.companyId === companyId) - Number(a.companyId === companyId) ||
      b.addedAt.localeCompare(a.addedAt) ||
      a.id - b.id,
  );
  return ranked.find((l) => !used(l)) ?? null;
}

/**
 * Plan the next keep-in-touch letter to `m`. `anchor` is the day this application's own letters to the
 * person end (the first letter counts from there); later ones count from the last letter sent.
 */
export function planKeepInTouch(b: PlanBuilder, m: Member, anchor: LocalDate, everyDays: number): void {
  const { playbook, application: app, company, profile, links } = b.ctx;
  const facts = b.facts.get(m.person.id);
  if (!facts) return;
  const mine = b.ctx.steps.filter((s) => s.personId === m.person.id && s.kind === 'keep-in-touch');
  const open = mine.find(isActive);
  if (open && open.applicationId !== app.id) return;
  const n = open ? sequenceNumber(open) : Math.max(0, ...mine.map(sequenceNumber)) + 1;
  const key = keepInTouchKey(m.person.id, n);
  const since =
    n === 1
      ? maxDate(anchor, facts.lastOut ?? anchor)
      : maxDate(facts.lastOut ?? anchor, facts.lastKeepInTouch ?? anchor);
  const wait = keepInTouchWait(everyDays, playbook.keepInTouch.backoffFactor, facts.unanswered);
  const personSteps = b.ctx.steps.filter((s) => s.personId === m.person.id);
  const link = linkToShare(links, company.id, personSteps, key);
  const share = link
    ? ` Share something useful, e.g. "${link.title}" (${link.url}).`
    : ` Share something useful: news about ${company.name}, an article, or a piece of your work` +
      `${profile.portfolioUrl ? ` (${profile.portfolioUrl})` : ''}.`;
  const backoff =
    facts.unanswered > 0
      ? ` ${plural(facts.unanswered, 'letter')} unanswered, so this waits ${plural(wait, 'day')}.`
      : '';
  const from = m.person.companyId === company.id ? ` at ${company.name}` : '';
  b.propose(
    {
      key,
      personId: m.person.id,
      kind: 'keep-in-touch',
      nominal: addDays(since, wait),
      spaced: true,
      why: (due, start) =>
        `Keep in touch with ${who(m.person, m.role)}${from}, ${everyPhrase(everyDays)}; ` +
        `counting from your letter of ${shortDate(since)}.${backoff}${share}` +
        `${m.person.rapport ? ` You and ${firstName(m.person)} share: ${m.person.rapport}.` : ''}` +
        spacedNote(due, start, m.person, playbook.spacingDays),
    },
    channelFor('keep-in-touch', m.person, profile),
  );
}
