/**
 * The follow-up engine's public face, for the use cases in src/app/ (and through them the CLI and the
 * HTTP server). Everything here is pure: load the records, call, store the result.
 *
 * Typical use case ("reject an application", "log a reply", "mark a step done"):
 *   1. write the event (status change with mood, touch with `contactStateAfterTouch`, step state);
 *   2. for each application of the people concerned, `planApplication(ctx)` and apply its changes
 *      in one transaction (create steps, patch steps, set contact states, mark ghosted);
 *   3. show `agenda(steps, today, days)`; serve `stepsToIcs` (src/adapters/calendar/ics.ts) as the feed.
 */
export { type Agenda, agenda, agendaDay } from './agenda.js';
export { type BackoffInput, backoffSummary, contactStateAfterTouch } from './contact-state.js';
export {
  isEmptyPlan,
  type NewStep,
  type Opening,
  type PlanChanges,
  type PlanContext,
  type StepPatch,
} from './context.js';
export { planApplication, planWithWake } from './plan.js';
export {
  DEFAULT_PLAYBOOK,
  type Playbook,
  PlaybookError,
  type PlaybookProblem,
  PlaybookSchema,
  parsePlaybook,
} from './playbook.js';
export { ASKED_TO_STOP, BACK_OFF } from './tact.js';
export { stepTitle } from './titles.js';
