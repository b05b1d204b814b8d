import { type DragEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { formatDay, SOURCE_LABEL, STATUS_LABEL, STATUS_MARK } from '../format.js';
import { Link } from '../router.js';
import { type ApplicationListItem, STATUSES, type Status } from '../types.js';

export interface BoardProps {
  applications: ApplicationListItem[];
  /** Asks to move a card; the page decides (a rejection opens its dialog first). */
  onMove: (application: ApplicationListItem, to: Status) => void;
  /** The card to give focus to after it moved, so the keyboard stays where it was. */
  focusId: number | null;
  /** How many applications each column holds in all, when only the first of them are loaded. */
  totals?: Partial<Record<Status, number>>;
  /** Asks for more of a column's cards. */
  onMore?: (status: Status) => void;
}

/** The applications as columns by status: drag a card, or focus it and press Shift+← / Shift+→. */
export function Board({ applications, onMove, focusId, totals, onMore }: BoardProps) {
  const [dropTarget, setDropTarget] = useState<Status | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    document.querySelector<HTMLElement>(`[data-card="${focusId}"] .card-title`)?.focus();
  }, [focusId]);

  const byId = new Map(applications.map((a) => [a.id, a]));
  const drop = (status: Status) => (e: DragEvent) => {
    e.preventDefault();
    setDropTarget(null);
    const app = byId.get(Number(e.dataTransfer.getData('text/x-notnow-application')));
    if (app && app.status !== status) onMove(app, status);
  };
  const onKey = (app: ApplicationListItem) => (e: KeyboardEvent) => {
    if (!e.shiftKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    e.preventDefault();
    const i = STATUSES.indexOf(app.status) + (e.key === 'ArrowRight' ? 1 : -1);
    const to = STATUSES[i];
    if (to) onMove(app, to);
  };

  return (
    <div className="board">
      {STATUSES.map((status) => {
        const cards = applications.filter((a) => a.status === status);
        const total = Math.max(totals?.[status] ?? 0, cards.length);
        return (
          <section
            key={status}
            className={`column status-${status}${dropTarget === status ? ' drop' : ''}`}
            aria-labelledby={`col-${status}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDropTarget(status);
            }}
            onDragLeave={() => setDropTarget((s) => (s === status ? null : s))}
            onDrop={drop(status)}
          >
            <h2 id={`col-${status}`}>
              <span aria-hidden="true">{STATUS_MARK[status]}</span> {STATUS_LABEL[status]}{' '}
              <span className="count">
                {total}
                <span className="sr-only"> applications</span>
              </span>
            </h2>
            {cards.length === 0 ? (
              <p className="column-empty">None</p>
            ) : (
              <ul>
                {cards.map((a) => (
                  <li
                    key={a.id}
                    className="card"
                    data-card={a.id}
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/x-notnow-application', String(a.id));
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                    onKeyDown={onKey(a)}
                  >
                    <Link
                      to={`/applications/${a.id}`}
                      className="card-title"
                      aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight"
                    >
                      {a.role}
                    </Link>
                    <div className="card-company">{a.company}</div>
                    <div className="card-meta">
                      {a.appliedOn ? `Applied ${formatDay(a.appliedOn)}` : 'Not applied yet'} ·{' '}
                      {SOURCE_LABEL[a.source]}
                    </div>
                    <label className="move">
                      <span className="sr-only">
                        Move {a.role} at {a.company} to
                      </span>
                      <select value={a.status} onChange={(e) => onMove(a, e.target.value as Status)}>
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {s === a.status ? `${STATUS_LABEL[s]} (now)` : `Move to ${STATUS_LABEL[s]}`}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {onMore && total > cards.length ? (
              <button type="button" className="link more" onClick={() => onMore(status)}>
                Show more <span className="sr-only">{STATUS_LABEL[status]} applications</span> (
                {total - cards.length} not shown)
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
