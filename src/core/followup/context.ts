/**
 * What `planApplication` reads and what it returns. The use case loads the context from the store,
 * calls the planner, and applies the changes in one transaction.
 */
import type {
  Application,
  Company,
  ContactState,
  Feedback,
  Id,
  Link,
  LocalDate,
  Participation,
  Person,
  Profile,
  StatusChange,
  Step,
  Touch,
} from '../model.js';
import type { Playbook } from './playbook.js';

export interface Opening {
  title: string;
  url: string | null;
  seenOn: LocalDate;
}

export interface PlanContext {
  today: LocalDate;
  profile: Profile;
  playbook: Playbook;
  application: Application;
  company: Company;
  /** Status changes of this application, sorted by `at`. */
  history: StatusChange[];
  /** The people on this application. */
  people: Array<{ person: Person; participation: Participation }>;
  /** Every touch of this application or of these people (any application). */
  touches: Touch[];
  /** Every existing step of this application and of these people (any state, any application). */
  steps: Step[];
  /** Feedback received about this application: once it came, nobody is asked for it again. */
  feedback: Feedback[];
  /** Things worth sharing; keep-in-touch steps suggest one. */
  links: Link[];
  /** New roles at the company that match this application; a dormant person gets one note. */
  openings?: Opening[];
}

/** A step to insert: the store gives it an id and its timestamps. */
export type NewStep = Omit<Step, 'id' | 'createdAt' | 'updatedAt'>;

export type StepPatch = Partial<Pick<Step, 'due' | 'why' | 'channel' | 'state' | 'cancelReason'>>;

export interface PlanChanges {
  create: NewStep[];
  update: Array<{ id: Id; patch: StepPatch }>;
  /** People whose contact state the plan changes (e.g. dormant after unanswered letters). */
  people: Array<{ personId: Id; contactState: ContactState }>;
  /**
   * The ghosted path marks the application; `on` is the day the last wait ran out, `reason` says why
   * in the user's words (it goes into the status history).
   */
  status: { status: 'ghosted'; on: LocalDate; reason: string } | null;
}

/** True when applying `changes` would change nothing. */
export function isEmptyPlan(changes: PlanChanges): boolean {
  return (
    changes.create.length === 0 &&
    changes.update.length === 0 &&
    changes.people.length === 0 &&
    changes.status === null
  );
}
