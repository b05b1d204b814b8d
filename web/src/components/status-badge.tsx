import { STATUS_LABEL, STATUS_MARK } from '../format.js';
import type { Status } from '../types.js';

/** A status as a word and a shape; the colour only repeats what they say. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true">{STATUS_MARK[status]}</span> {STATUS_LABEL[status]}
    </span>
  );
}
