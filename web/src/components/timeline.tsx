import type { ReactNode } from 'react';
import { useAppInfo } from '../app-info.js';
import { CHANNEL_LABEL, dayOf, formatDay, MOOD_LABEL, STATUS_LABEL, TONE_LABEL } from '../format.js';
import { Link } from '../router.js';
import type { Feedback, StatusChange, Touch } from '../types.js';

interface Event {
  day: string;
  /** Sorts events of one day. */
  at: string;
  key: string;
  kind: 'status' | 'touch-in' | 'touch-out' | 'feedback';
  label: string;
  body: ReactNode;
}

/** Everything that happened, by day, newest first: status changes, contacts, feedback. */
export function Timeline({
  history = [],
  touches = [],
  feedback = [],
  names,
}: {
  history?: StatusChange[];
  touches?: Touch[];
  feedback?: Feedback[];
  names: Map<number, string>;
}) {
  const { clock } = useAppInfo();
  const tz = clock.timeZone;
  const who = (id: number | null) =>
    id === null ? 'someone' : <Link to={`/people/${id}`}>{names.get(id) ?? `person ${id}`}</Link>;
  const events: Event[] = [
    ...history.map((h) => ({
      day: dayOf(h.at, tz),
      at: h.at,
      key: `s${h.id}`,
      kind: 'status' as const,
      label: 'Status',
      body: (
        <>
          <strong>{STATUS_LABEL[h.status]}</strong>
          {h.reason ? <> — {h.reason}</> : null}
          {h.mood ? <span className="muted"> (you felt: {MOOD_LABEL[h.mood].toLowerCase()})</span> : null}
        </>
      ),
    })),
    ...touches.map((t) => ({
      day: dayOf(t.at, tz),
      at: t.at,
      key: `t${t.id}`,
      kind: t.direction === 'in' ? ('touch-in' as const) : ('touch-out' as const),
      label: t.direction === 'in' ? 'They wrote' : 'You wrote',
      body: (
        <>
          {t.direction === 'in' ? <>From {who(t.personId)}</> : <>To {who(t.personId)}</>}, by{' '}
          {CHANNEL_LABEL[t.channel].toLowerCase()}
          {t.tone ? <span className={`tone tone-${t.tone}`}> · {TONE_LABEL[t.tone]}</span> : null}
          {t.note ? <p className="note">{t.note}</p> : null}
        </>
      ),
    })),
    ...feedback.map((f) => ({
      day: f.receivedOn,
      at: `${f.receivedOn}T23:59:59Z`,
      key: `f${f.id}`,
      kind: 'feedback' as const,
      label: 'Feedback',
      body: (
        <>
          {f.personId !== null ? <>From {who(f.personId)}: </> : null}
          <q className="note">{f.text}</q>
        </>
      ),
    })),
  ].sort((a, b) => (a.day === b.day ? b.at.localeCompare(a.at) : b.day.localeCompare(a.day)));

  if (events.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  const days = [...new Set(events.map((e) => e.day))];
  return (
    <ol className="timeline">
      {days.map((day) => (
        <li key={day}>
          <h3>
            <time dateTime={day}>{formatDay(day)}</time>
          </h3>
          <ul>
            {events
              .filter((e) => e.day === day)
              .map((e) => (
                <li key={e.key} className={`event ${e.kind}`}>
                  <span className="event-label">{e.label}</span> <span className="event-body">{e.body}</span>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
