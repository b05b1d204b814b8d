import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { Board } from '../components/board.js';
import { announce } from '../components/live-region.js';
import { EmptyState, LoadError, Loading } from '../components/page-state.js';
import { RejectDialog } from '../components/reject-dialog.js';
import { SOURCE_LABEL, STATUS_LABEL } from '../format.js';
import { Link, usePageTitle } from '../router.js';
import {
  type ApplicationListItem,
  type ApplicationsPage,
  type DemoLoaded,
  SOURCES,
  STATUSES,
  type Status,
} from '../types.js';
import { useSettled } from '../use-settled.js';

/** Cards loaded per column at first, and added by each "Show more". */
const COLUMN_PAGE = 25;

interface Columns {
  items: ApplicationListItem[];
  totals: Partial<Record<Status, number>>;
}

/** The board's columns, each its own page of GET /api/applications, filtered on the server. */
function useColumns(query: string, via: string, limits: Partial<Record<Status, number>>) {
  const [data, setData] = useState<Columns | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const pages = await Promise.all(
        STATUSES.map((status) => {
          const p = new URLSearchParams({ status, limit: String(limits[status] ?? COLUMN_PAGE) });
          if (query.trim()) p.set('q', query.trim());
          if (via) p.set('via', via);
          return api.get<ApplicationsPage>(`/applications?${p}`);
        }),
      );
      setData({
        items: pages.flatMap((p) => p.items),
        totals: Object.fromEntries(STATUSES.map((s, i) => [s, pages[i]?.total ?? 0])),
      });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e)));
    } finally {
      setLoading(false);
    }
  }, [query, via, limits]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

export function PipelinePage() {
  usePageTitle('Pipeline');
  const { profile } = useAppInfo();
  const [query, setQuery] = useState('');
  const [via, setVia] = useState('');
  const [limits, setLimits] = useState<Partial<Record<Status, number>>>({});
  const searched = useSettled(query);
  const { data: columns, error, reload, loading } = useColumns(searched, via, limits);
  const [moved, setMoved] = useState<ApplicationListItem[] | null>(null);
  const [rejecting, setRejecting] = useState<ApplicationListItem | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const all = moved ?? columns?.items ?? null;
  const filtered = query !== '' || via !== '';
  const matching = columns ? Object.values(columns.totals).reduce((n, t) => n + (t ?? 0), 0) : 0;
  // Nothing at all (no filter): the first start, with the demo offered.
  const data = columns && !filtered && matching === 0 ? [] : all;

  async function move(app: ApplicationListItem, to: Status) {
    if (to === 'rejected') {
      setRejecting(app);
      return;
    }
    setMoved((all ?? []).map((a) => (a.id === app.id ? { ...a, status: to } : a)));
    setFocusId(app.id);
    try {
      await api.post(`/applications/${app.id}/status`, { status: to });
      announce(`Moved ${app.role} at ${app.company} to ${STATUS_LABEL[to]}.`);
      await reload();
    } catch (e) {
      announce(e instanceof ApiError ? e.message : String(e));
    } finally {
      setMoved(null);
    }
  }

  async function loadDemo() {
    try {
      const r = await api.post<DemoLoaded>('/demo');
      announce(`Loaded the demo: ${r.applications} applications and ${r.people} people.`);
      await reload();
    } catch (e) {
      announce(e instanceof ApiError ? e.message : String(e));
    }
  }

  if (error) return <LoadError error={error} />;
  if (loading && !columns) return <Loading />;

  return (
    <>
      <div className="page-head">
        <h1>Pipeline</h1>
      </div>
      {profile.name === null && (data?.length ?? 0) > 0 && (
        <p className="hint">
          Letters are signed with your name: <Link to="/settings">tell notnow who you are</Link>.
        </p>
      )}
      {data && data.length === 0 ? (
        <EmptyState title="Welcome to notnow">
          <p>
            notnow keeps every application and every person you meet along the way, so that a “no” can become
            a “not now”.
          </p>
          <div className="choices">
            <div>
              <h3>Look around first</h3>
              <p>
                Load a realistic sample: a dozen applications in every status, with their people and contacts.
              </p>
              <button type="button" className="primary" onClick={loadDemo}>
                Load the demo data
              </button>
            </div>
            <div>
              <h3>Start with your own</h3>
              <p>Add the applications you have out now, and the people you met for them.</p>
              <Link to="/applications/new" className="button">
                Add your first application
              </Link>
            </div>
          </div>
        </EmptyState>
      ) : (
        <>
          <search className="filters" aria-label="Filter the applications">
            <label>
              <span>Search</span>
              <input
                type="search"
                value={query}
                placeholder="Role or company"
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <label>
              <span>Came via</span>
              <select value={via} onChange={(e) => setVia(e.target.value)}>
                <option value="">Any way</option>
                {SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {SOURCE_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
            {filtered && (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setQuery('');
                  setVia('');
                }}
              >
                Clear filters
              </button>
            )}
          </search>
          <p className="muted small" id="board-help">
            {filtered ? `${matching} application${matching === 1 ? '' : 's'} match. ` : ''}
            Drag a card to another column, or focus its title and press Shift + → or Shift + ←.
          </p>
          {filtered && matching === 0 ? (
            <EmptyState title="Nothing matches">
              <p>No application matches these filters. Clear them to see everything again.</p>
            </EmptyState>
          ) : (
            <Board
              applications={all ?? []}
              onMove={move}
              focusId={focusId}
              totals={columns?.totals ?? {}}
              onMore={(status) =>
                setLimits((l) => ({ ...l, [status]: Math.min(500, (l[status] ?? COLUMN_PAGE) + 100) }))
              }
            />
          )}
        </>
      )}
      {rejecting && (
        <RejectDialog
          target={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            announce(`Recorded the rejection: ${rejecting.role} at ${rejecting.company}.`);
            setFocusId(rejecting.id);
            void reload();
          }}
        />
      )}
    </>
  );
}
