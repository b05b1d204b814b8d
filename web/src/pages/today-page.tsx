import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { announce } from '../components/live-region.js';
import { EmptyState, LoadError, Loading } from '../components/page-state.js';
import { formatDay, STEP_LABEL } from '../format.js';
import { Link, usePageTitle } from '../router.js';
import type { Agenda, AgendaItem } from '../types.js';
import { prime, useApi } from '../use-api.js';

const GROUPS: Array<{ key: AgendaItem['group']; title: string; empty: string }> = [
  { key: 'overdue', title: 'Overdue', empty: 'Nothing overdue.' },
  { key: 'today', title: 'Today', empty: 'Nothing for today.' },
  { key: 'upcoming', title: 'Coming up', empty: 'Nothing in the next two weeks.' },
];

/** Steps with a letter to write (a reflection is for the user alone). */
const hasLetter = (item: AgendaItem) => item.kind !== 'reflection' && item.personId !== null;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Steps shown at first, and added by each "Show more"; the API sends at most 500 at a time. */
const PAGE = 50;
const MOST = 500;

// Opened on Today (the link, a bookmark): ask for the agenda while the app is still starting.
if (window.location.pathname === '/today') prime(`/agenda?limit=${PAGE}`);

export default function TodayPage() {
  usePageTitle('Today');
  const [limit, setLimit] = useState(PAGE);
  const { data, error, reload } = useApi<Agenda>(`/agenda?limit=${limit}`);
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const count = data.total;
  const shown = data.items.length;
  return (
    <>
      <div className="page-head">
        <h1>Today</h1>
        <p className="muted">
          {formatDay(data.today)} ·{' '}
          {count === 0 ? 'nothing to do' : `${count} step${count === 1 ? '' : 's'} in the next two weeks`}
        </p>
      </div>
      {count === 0 ? (
        <EmptyState title="Nothing to do right now">
          <p>
            When an application is rejected or goes silent, notnow plans the letters worth writing and shows
            them here, each on its day. Record a rejection on an application in the{' '}
            <Link to="/">pipeline</Link>, or <Link to="/import">import your job e-mails</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          {GROUPS.map((g) => {
            const items = data.items.filter((i) => i.group === g.key);
            const all = data.counts[g.key];
            if (g.key !== 'today' && all === 0) return null;
            if (all > 0 && items.length === 0) return null;
            return (
              <section
                key={g.key}
                className={`agenda-group group-${g.key}`}
                aria-labelledby={`group-${g.key}`}
              >
                <h2 id={`group-${g.key}`}>
                  {g.title} <span className="count">{all}</span>
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{g.empty}</p>
                ) : (
                  <ul className="agenda">
                    {items.map((item) => (
                      <AgendaRow key={item.id} item={item} today={data.today} onChange={reload} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          {shown < count ? (
            <p className="more">
              <span className="muted">
                {shown} of {count} steps shown.{' '}
              </span>
              {limit < MOST ? (
                <button type="button" onClick={() => setLimit(Math.min(MOST, limit + PAGE))}>
                  Show {Math.min(PAGE, count - shown)} more
                </button>
              ) : (
                <span className="muted">Mark some done, skip or snooze them to see the rest.</span>
              )}
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

function AgendaRow({
  item,
  today,
  onChange,
}: {
  item: AgendaItem;
  today: string;
  onChange: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const title = `${STEP_LABEL[item.kind] ?? item.kind}${item.person ? `: ${item.person}` : ''}`;

  async function act(path: string, body: unknown, said: string) {
    setBusy(true);
    try {
      await api.post(path, body);
      setProblem(null);
      announce(said);
      setSnoozing(false);
      await onChange();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function snooze(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const until = String(new FormData(e.currentTarget).get('until') ?? '');
    void act(`/steps/${item.id}/snooze`, { until }, `Snoozed “${title}” until ${formatDay(until)}.`);
  }

  return (
    <li className={`agenda-item state-${item.state}`} aria-label={title}>
      <div className="agenda-main">
        <h3>{hasLetter(item) ? <Link to={`/letters/${item.id}`}>{title}</Link> : title}</h3>
        <p className="muted small">
          {item.group === 'overdue' ? 'Was due ' : item.state === 'snoozed' ? 'Snoozed until ' : 'Due '}
          {formatDay(item.due)}
          {item.company ? ` · ${item.role ? `${item.role} at ` : ''}${item.company}` : ''}
          {item.applicationId !== null ? (
            <>
              {' · '}
              <Link to={`/applications/${item.applicationId}`}>the application</Link>
            </>
          ) : null}
        </p>
        <p className="why">{item.why}</p>
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="agenda-actions">
        {hasLetter(item) ? (
          <Link to={`/letters/${item.id}`} className="button primary">
            Draft
          </Link>
        ) : null}
        <button
          type="button"
          disabled={busy}
          onClick={() => act(`/steps/${item.id}/done`, {}, `Marked “${title}” done.`)}
        >
          Done
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => act(`/steps/${item.id}/skip`, {}, `Skipped “${title}”.`)}
        >
          Skip
        </button>
        <button type="button" disabled={busy} aria-expanded={snoozing} onClick={() => setSnoozing(!snoozing)}>
          Snooze
        </button>
      </div>
      {snoozing ? (
        <form className="snooze inline-field" onSubmit={snooze}>
          <label htmlFor={`until-${item.id}`}>Until</label>
          <input
            id={`until-${item.id}`}
            name="until"
            type="date"
            min={addDays(today, 1)}
            defaultValue={addDays(item.due > today ? item.due : today, 7)}
            required
          />
          <button type="submit" disabled={busy}>
            Snooze
          </button>
        </form>
      ) : null}
    </li>
  );
}
