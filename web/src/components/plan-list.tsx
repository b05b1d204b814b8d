import { formatDay, STEP_LABEL } from '../format.js';
import type { Step } from '../types.js';

const STATE_WORDS: Record<Step['state'], string> = {
  pending: 'to do',
  snoozed: 'snoozed',
  done: 'done',
  skipped: 'skipped',
  cancelled: 'cancelled',
};

/** The dated steps of a follow-up plan, each with its why. */
export function PlanList({ steps, names }: { steps: Step[]; names: Map<number, string> }) {
  const sorted = [...steps].sort((a, b) => a.due.localeCompare(b.due));
  return (
    <ol className="plan">
      {sorted.map((s) => (
        <li key={s.id} className={`step state-${s.state}`}>
          <div>
            <strong>{STEP_LABEL[s.kind] ?? s.kind}</strong>
            {s.personId !== null && names.has(s.personId) ? <> · {names.get(s.personId)}</> : null}
            <span className="step-state"> · {STATE_WORDS[s.state]}</span>
          </div>
          <div className="muted small">
            {s.state === 'snoozed' && s.snoozedUntil
              ? `Snoozed until ${formatDay(s.snoozedUntil)}`
              : `Due ${formatDay(s.due)}`}
            {s.cancelReason ? ` · ${s.cancelReason}` : ''}
          </div>
          <p className="why">{s.why}</p>
        </li>
      ))}
    </ol>
  );
}
