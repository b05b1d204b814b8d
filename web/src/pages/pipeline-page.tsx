import { useMemo, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { Board } from '../components/board.js';
import { announce } from '../components/live-region.js';
import { EmptyState, LoadError, Loading } from '../components/page-state.js';
import { RejectDialog } from '../components/reject-dialog.js';
import { SOURCE_LABEL, STATUS_LABEL } from '../format.js';
import { Link, usePageTitle } from '../router.js';
import { type ApplicationListItem, SOURCES, type Status } from '../types.js';
import { useApi } from '../use-api.js';

export function PipelinePage() {
  usePageTitle('Pipeline');
  const { profile } = useAppInfo();
  const { data, error, reload, loading } = useApi<ApplicationListItem[]>('/applications');
  const [moved, setMoved] = useState<ApplicationListItem[] | null>(null);
  const [query, setQuery] = useState('');
  const [via, setVia] = useState('');
  const [company, setCompany] = useState('');
  const [rejecting, setRejecting] = useState<ApplicationListItem | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const all = moved ?? data;

  const companies = useMemo(() => [...new Set((data ?? []).map((a) => a.company))].sort(), [data]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (all ?? []).filter(
      (a) =>
        (!q || a.role.toLowerCase().includes(q) || a.company.toLowerCase().includes(q)) &&
        (!via || a.source === via) &&
        (!company || a.company === company),
    );
  }, [all, query, via, company]);

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
      const r = await api.post<{ applications: number; people: number }>('/demo');
      announce(`Loaded the demo: ${r.applications} applications and ${r.people} people.`);
      await reload();
    } catch (e) {
      announce(e instanceof ApiError ? e.message : String(e));
    }
  }

  if (error) return <LoadError error={error} />;
  if (loading && !data) return <Loading />;
  const filtered = query !== '' || via !== '' || company !== '';

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
              <span>Company</span>
              <select value={company} onChange={(e) => setCompany(e.target.value)}>
                <option value="">All companies</option>
                {companies.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
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
                  setCompany('');
                }}
              >
                Clear filters
              </button>
            )}
          </search>
          <p className="muted small" id="board-help">
            {filtered ? `${shown.length} of ${all?.length ?? 0} applications shown. ` : ''}
            Drag a card to another column, or focus its title and press Shift + → or Shift + ←.
          </p>
          {filtered && shown.length === 0 ? (
            <EmptyState title="Nothing matches">
              <p>No application matches these filters. Clear them to see everything again.</p>
            </EmptyState>
          ) : (
            <Board applications={shown} onMove={move} focusId={focusId} />
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
