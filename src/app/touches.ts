import { z } from 'zod';
import { instantAt } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';
import { contactStateAfterTouch } from '../core/followup/index.js';
import type { Person, Touch } from '../core/model.js';
import { parseUserDate } from '../core/user-date.js';
import { participationsOf, updatePerson } from '../store/people.js';
import { listSteps, updateStep } from '../store/steps.js';
import type { Db } from '../store/store.js';
import { insertTouch } from '../store/touches.js';
import { requireApplication } from './applications.js';
import type { AppContext } from './context.js';
import {
  channelInput,
  dateText,
  directionInput,
  idInput,
  optionalText,
  parseInput,
  toneInput,
} from './input.js';
import { requirePerson } from './people.js';
import { planRun, replanAround } from './plan.js';
import { userTime } from './profile.js';

export const logTouchSchema = z.object({
  person: idInput,
  channel: channelInput,
  direction: directionInput,
  on: dateText.optional(),
  note: optionalText,
  tone: toneInput.optional(),
  application: idInput.optional(),
});

export interface LoggedTouch {
  touch: Touch;
  person: Person;
  /** Steps cancelled because the person asked to stop. */
  cancelledSteps: number;
}

/**
 * Logs a contact made or received. A reply marked "asked-to-stop" makes the person do-not-contact
 * and cancels every pending step for them at once, in the same transaction.
 */
export async function logTouch(ctx: AppContext, input: unknown): Promise<LoggedTouch> {
  const t = parseInput(logTouchSchema, input, 'log the touch');
  if (t.tone && t.direction !== 'in') {
    throw invalidInput('tone: a tone describes a reply, so it goes with --direction in');
  }
  return ctx.store.tx(async (db) => {
    const { profile, today, now } = await userTime(ctx, db);
    const person = await requirePerson(db, t.person);
    let applicationId = t.application ?? null;
    if (applicationId !== null) await requireApplication(db, applicationId);
    else {
      // A person met in exactly one application: the touch is about that one.
      const links = await participationsOf(db, { personId: person.id });
      if (links.length === 1) applicationId = links[0]!.applicationId;
    }
    const on = t.on ? parseUserDate(t.on, today, 'on') : null;
    if (on && on > today) throw invalidInput(`on: ${on} is in the future (today is ${today})`);
    const touch = await insertTouch(db, {
      personId: person.id,
      applicationId,
      at: on && on !== today ? instantAt(on, '12:00', profile.timeZone) : now,
      channel: t.channel,
      direction: t.direction,
      note: t.note ?? null,
      tone: t.tone ?? null,
      stepId: null,
    });
    let cancelledSteps = 0;
    const next: Person = { ...person, contactState: contactStateAfterTouch(person, touch) };
    if (next.contactState !== person.contactState) await updatePerson(db, next);
    // Asked to stop: every step still to come for them goes at once, whatever the plans say later.
    if (next.contactState === 'do-not-contact') {
      cancelledSteps = await cancelStepsOf(db, person.id, 'asked to stop', now);
    }
    await replanAround(db, await planRun(ctx, db), {
      personIds: [person.id],
      applicationIds: applicationId === null ? [] : [applicationId],
    });
    return { touch, person: next, cancelledSteps };
  });
}

export async function cancelStepsOf(db: Db, personId: number, reason: string, now: string): Promise<number> {
  const pending = await listSteps(db, { personIds: [personId], states: ['pending', 'snoozed'] });
  for (const step of pending) {
    await updateStep(db, step.id, { state: 'cancelled', cancelReason: reason, updatedAt: now });
  }
  return pending.length;
}
