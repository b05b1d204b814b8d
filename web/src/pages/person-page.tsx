import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { announce } from '../components/live-region.js';
import { LogTouchForm } from '../components/log-touch-form.js';
import { FormError, LoadError, Loading } from '../components/page-state.js';
import { PlanList } from '../components/plan-list.js';
import { Timeline } from '../components/timeline.js';
import { CONTACT_LABEL, CONTACT_MEANING, formatDay, ROLE_LABEL, safeHref } from '../format.js';
import type { PageProps } from '../pages.js';
import { Link, navigate, usePageTitle } from '../router.js';
import { type ApplicationsPage, CONTACT_STATES, type ContactState, type PersonDetails } from '../types.js';
import { useApi } from '../use-api.js';

export default function PersonPage({ params }: PageProps) {
  const { data: d, error, reload } = useApi<PersonDetails>(`/people/${params.id}`);
  const apps = useApi<ApplicationsPage>(`/applications?person=${params.id}&limit=500`);
  const [formError, setFormError] = useState<ApiError | null>(null);
  usePageTitle(d?.person.name ?? null);
  if (error) return <LoadError error={error} />;
  if (!d) return <Loading />;
  const p = d.person;
  const appsById = new Map((apps.data?.items ?? []).map((a) => [a.id, a]));
  const names = new Map([[p.id, p.name]]);
  const linkedin = safeHref(p.linkedinUrl);

  async function save(patch: Record<string, unknown>, message: string) {
    try {
      await api.patch(`/people/${p.id}`, patch);
      setFormError(null);
      announce(message);
      await reload();
    } catch (err) {
      setFormError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  const saveNotes = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim() || null;
    void save({ rapport: v('rapport'), notes: v('notes') }, 'Notes saved.');
  };
  async function remove() {
    if (!window.confirm(`Delete ${p.name} and their history? This cannot be undone.`)) return;
    try {
      await api.delete(`/people/${p.id}`);
      announce(`Deleted ${p.name}.`);
      navigate('/people');
    } catch (err) {
      setFormError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }

  return (
    <article className="detail">
      <p className="crumbs">
        <Link to="/people">People</Link> /
      </p>
      <header className="detail-head">
        <h1>{p.name}</h1>
        <p className="subtitle">
          {[p.title, d.company?.name].filter(Boolean).join(', ') || ROLE_LABEL[p.role]}
        </p>
        <p className="meta">
          <span className={`badge contact-${p.contactState}`}>{CONTACT_LABEL[p.contactState]}</span>
          <span>{ROLE_LABEL[p.role]}</span>
          {p.emails.map((e) => (
            <span key={e}>{e}</span>
          ))}
          {p.phone && <span>{p.phone}</span>}
          {linkedin && (
            <a href={linkedin} target="_blank" rel="noopener noreferrer">
              LinkedIn profile
            </a>
          )}
        </p>
      </header>

      <section className="panel" aria-labelledby="contact-title">
        <h2 id="contact-title">Contact</h2>
        <p>{CONTACT_MEANING[p.contactState]}</p>
        {d.backoff ? <p className="backoff">{d.backoff}</p> : null}
        <label className="inline-field">
          <span>Contact state</span>
          <select
            value={p.contactState}
            onChange={(e) =>
              save(
                { contactState: e.target.value },
                `${p.name}: ${CONTACT_LABEL[e.target.value as ContactState]}.`,
              )
            }
          >
            {CONTACT_STATES.map((s) => (
              <option key={s} value={s}>
                {CONTACT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section className="panel" aria-labelledby="apps-title">
        <h2 id="apps-title">Applications</h2>
        {d.participations.length === 0 ? (
          <p className="muted">Not linked to an application yet; add them from an application’s page.</p>
        ) : (
          <ul className="people">
            {d.participations.map((part) => {
              const a = appsById.get(part.applicationId);
              return (
                <li key={part.applicationId}>
                  <Link to={`/applications/${part.applicationId}`}>
                    {a ? `${a.role} at ${a.company}` : `Application ${part.applicationId}`}
                  </Link>
                  <span className="muted">
                    {' '}
                    · {ROLE_LABEL[part.role]}
                    {part.interviewedOn ? ` · interviewed you ${formatDay(part.interviewedOn)}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="notes-title">
        <h2 id="notes-title">Rapport and notes</h2>
        <form className="form compact" onSubmit={saveNotes} key={`${p.rapport}|${p.notes}`}>
          <div className="field">
            <label htmlFor="rapport">What you share (an interest, a value, a topic that came up)</label>
            <textarea id="rapport" name="rapport" rows={2} defaultValue={p.rapport ?? ''} maxLength={5000} />
          </div>
          <div className="field">
            <label htmlFor="notes">Notes</label>
            <textarea id="notes" name="notes" rows={3} defaultValue={p.notes ?? ''} maxLength={5000} />
          </div>
          <FormError error={formError} />
          <div className="actions">
            <button type="submit">Save notes</button>
          </div>
        </form>
      </section>

      {d.steps.length > 0 && (
        <section className="panel" aria-labelledby="plan-title">
          <h2 id="plan-title">Planned</h2>
          <PlanList steps={d.steps} names={names} />
        </section>
      )}

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">History with {p.name}</h2>
        <Timeline touches={d.touches} names={names} />
      </section>

      <details className="panel">
        <summary>
          <h2>Log a contact</h2>
        </summary>
        <LogTouchForm people={[{ id: p.id, name: p.name }]} onDone={reload} />
      </details>
      <p>
        <button type="button" className="danger" onClick={remove}>
          Delete {p.name}
        </button>
      </p>
    </article>
  );
}
