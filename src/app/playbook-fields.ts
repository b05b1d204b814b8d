/**
 * The playbook's intervals as the Settings page shows them: a label in the user's words, a unit, and
 * the range, read from the core's schema so the page and the engine can never disagree on it.
 */
import type { z } from 'zod';
import { DEFAULT_PLAYBOOK, type Playbook, PlaybookSchema } from '../core/followup/index.js';

export type IntervalUnit = 'days' | 'business days' | 'times' | 'letters';

export interface IntervalField {
  /** Key path in the playbook (and in playbook.json): `rejection.resell.promiseDays`. */
  key: string;
  group: 'pace' | 'rejection' | 'keep-in-touch' | 'silence';
  label: string;
  help: string;
  unit: IntervalUnit;
  min: number;
  max: number;
  default: number;
}

type Spec = Omit<IntervalField, 'min' | 'max' | 'default'>;

const SPECS: Spec[] = [
  {
    key: 'spacingDays',
    group: 'pace',
    label: 'Days between letters to one person',
    help: 'Once the first letters are out, at most one letter to the same person in this many days.',
    unit: 'days',
  },
  {
    key: 'coolDownDays.ok',
    group: 'pace',
    label: 'Pause after a rejection, when you feel OK',
    help: 'Nothing is planned before this many days have passed.',
    unit: 'days',
  },
  {
    key: 'coolDownDays.disappointed',
    group: 'pace',
    label: 'Pause after a rejection, when disappointed',
    help: 'A little more room before the first letter.',
    unit: 'days',
  },
  {
    key: 'coolDownDays.upset',
    group: 'pace',
    label: 'Pause after a rejection, when upset',
    help: 'Take a week or so before writing to anyone.',
    unit: 'days',
  },
  {
    key: 'interviewThankYou.withinBusinessDays',
    group: 'pace',
    label: 'Thank-you after an interview: within',
    help: 'Counted in your working days from the interview.',
    unit: 'business days',
  },
  {
    key: 'rejection.thankYou.withinBusinessDays',
    group: 'rejection',
    label: 'Thank-you note: within',
    help: 'A different note to each interviewer and the hiring manager.',
    unit: 'business days',
  },
  {
    key: 'rejection.feedbackRequest.afterBusinessDays',
    group: 'rejection',
    label: 'Feedback request: after',
    help: 'To the hiring manager, else the recruiter, after the thank-you.',
    unit: 'business days',
  },
  {
    key: 'rejection.recruiterUpdate.afterBusinessDays',
    group: 'rejection',
    label: 'Update to the agency recruiter: after',
    help: 'When the application came through an agency.',
    unit: 'business days',
  },
  {
    key: 'rejection.reflection.afterDays',
    group: 'rejection',
    label: 'Your own reflection: after',
    help: 'A step for you alone: what went well, what to change.',
    unit: 'days',
  },
  {
    key: 'rejection.resell.afterDays',
    group: 'rejection',
    label: 'Resell letter: after',
    help: 'Restates your interest and promises to follow up.',
    unit: 'days',
  },
  {
    key: 'rejection.resell.promiseDays',
    group: 'rejection',
    label: 'Resell follow-up',
    help: 'The follow-up the resell letter promises, this many days after it.',
    unit: 'days',
  },
  {
    key: 'keepInTouch.everyDays',
    group: 'keep-in-touch',
    label: 'Keep in touch: every',
    help: 'A short note to each contact who is still active.',
    unit: 'days',
  },
  {
    key: 'keepInTouch.backoffFactor',
    group: 'keep-in-touch',
    label: 'When a note goes unanswered, stretch the interval',
    help: 'Each unanswered note multiplies the wait by this.',
    unit: 'times',
  },
  {
    key: 'keepInTouch.dormantAfterUnanswered',
    group: 'keep-in-touch',
    label: 'Stop writing after this many unanswered notes',
    help: 'The person goes quiet (dormant) until they write back.',
    unit: 'letters',
  },
  {
    key: 'silence.afterApplyingDays',
    group: 'silence',
    label: 'Status check when no answer since applying: after',
    help: 'Counted from the day you applied.',
    unit: 'days',
  },
  {
    key: 'silence.afterInterviewDays',
    group: 'silence',
    label: 'Status check when no answer since an interview: after',
    help: 'Counted from the interview.',
    unit: 'days',
  },
  {
    key: 'silence.secondCheckAfterDays',
    group: 'silence',
    label: 'Second status check: after the first',
    help: 'One more polite question if the first went unanswered.',
    unit: 'days',
  },
  {
    key: 'silence.markGhostedAfterDays',
    group: 'silence',
    label: 'Mark as ghosted: after the second check',
    help: 'The application moves to “ghosted” and slower keep-in-touch notes.',
    unit: 'days',
  },
  {
    key: 'silence.keepInTouchEveryDays',
    group: 'silence',
    label: 'Keep in touch after ghosting: every',
    help: 'The slower rhythm for a company that never answered.',
    unit: 'days',
  },
];

/** The number schema at a key path of the playbook schema. */
function numberAt(path: string): z.ZodNumber {
  let node: unknown = PlaybookSchema;
  for (const part of path.split('.')) node = (node as z.ZodObject).shape[part];
  return node as z.ZodNumber;
}

export function valueAt(playbook: Playbook, path: string): number {
  let node: unknown = playbook;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node as number;
}

export const INTERVAL_FIELDS: readonly IntervalField[] = SPECS.map((spec) => {
  const schema = numberAt(spec.key);
  return {
    ...spec,
    min: schema.minValue ?? 0,
    max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
    default: valueAt(DEFAULT_PLAYBOOK, spec.key),
  };
});

/** Whether every number of the playbook has a field here (a test holds the two together). */
export function numericPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'number') return [prefix];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => numericPaths(v, prefix ? `${prefix}.${k}` : k));
}
