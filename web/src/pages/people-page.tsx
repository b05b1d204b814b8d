import { useMemo, useState } from 'react';
import { EmptyState, LoadError, Loading } from '../components/page-state.js';
import { CONTACT_LABEL, ROLE_LABEL } from '../format.js';
import { Link, usePageTitle } from '../router.js';
import type { PersonListItem } from '../types.js';
import { useApi } from '../use-api.js';

export default function PeoplePage() {
  usePageTitle('People');
  const { data, error } = useApi<PersonListItem[]>('/people');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (data ?? [])
      .filter((p) => !q || p.name.toLowerCase().includes(q) || (p.company ?? '').toLowerCase().includes(q))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [data, query]);
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <div className="page-head">
        <h1>People</h1>
        <Link to="/people/new" className="button">
          + Add a person
        </Link>
      </div>
      {data.length === 0 ? (
        <EmptyState title="Nobody here yet">
          <p>
            The people you meet (interviewers, recruiters, the hiring manager) are the heart of a “not now”.
            Add them from an application’s page, so notnow knows who you met for which role.
          </p>
          <p>
            <Link to="/">Open the pipeline</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <search className="filters">
            <label>
              <span>Search</span>
              <input
                type="search"
                value={query}
                placeholder="Name or company"
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
          </search>
          {shown.length === 0 ? (
            <p className="muted">Nobody matches “{query}”.</p>
          ) : (
            <ul className="person-list">
              {shown.map((p) => (
                <li key={p.id}>
                  <Link to={`/people/${p.id}`} className="name">
                    {p.name}
                  </Link>
                  <span className="muted">{[ROLE_LABEL[p.role], p.company].filter(Boolean).join(' · ')}</span>
                  <span className={`badge contact-${p.contactState}`}>{CONTACT_LABEL[p.contactState]}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
