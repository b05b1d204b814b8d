import { useState } from 'react';
import { ApiError, api } from '../api.js';
import { ApplicationPeople } from '../components/application-people.js';
import { EditApplication } from '../components/edit-application.js';
import { FeedbackForm } from '../components/feedback-form.js';
import { announce } from '../components/live-region.js';
import { LogTouchForm } from '../components/log-touch-form.js';
import { LoadError, Loading } from '../components/page-state.js';
import { PlanList } from '../components/plan-list.js';
import { RejectDialog } from '../components/reject-dialog.js';
import { StatusBadge } from '../components/status-badge.js';
import { Timeline } from '../components/timeline.js';
import { formatDay, SOURCE_LABEL, STATUS_LABEL, safeHref } from '../format.js';
import type { PageProps } from '../pages.js';
import { Link, usePageTitle } from '../router.js';
import { type ApplicationDetails, STATUSES, type Status } from '../types.js';
import { useApi } from '../use-api.js';

export default function ApplicationPage({ params }: PageProps) {
  const { data: d, error, reload } = useApi<ApplicationDetails>(`/applications/${params.id}`);
  const [rejecting, setRejecting] = useState(false);
  usePageTitle(d ? `${d.application.role} at ${d.company.name}` : null);
  if (error) return <LoadError error={error} />;
  if (!d) return <Loading />;

  const a = d.application;
  const names = new Map(d.people.map((p) => [p.person.id, p.person.name]));
  const people = d.people.map((p) => ({ id: p.person.id, name: p.person.name }));
  const href = safeHref(a.jobUrl);

  async function changeStatus(to: Status) {
    if (to === a.status) return;
    if (to === 'rejected') {
      setRejecting(true);
      return;
    }
    try {
      await api.post(`/applications/${a.id}/status`, { status: to });
      announce(`Now ${STATUS_LABEL[to]}.`);
      await reload();
    } catch (e) {
      announce(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <article className="detail">
      <p className="crumbs">
        <Link to="/">Pipeline</Link> /
      </p>
      <header className="detail-head">
        <h1>{a.role}</h1>
        <p className="subtitle">{d.company.name}</p>
        <p className="meta">
          <StatusBadge status={a.status} />
          <span>{a.appliedOn ? `Applied ${formatDay(a.appliedOn)}` : 'Not applied yet'}</span>
          <span>{SOURCE_LABEL[a.source]}</span>
          {href && (
            <a href={href} target="_blank" rel="noopener noreferrer">
              Job posting
            </a>
          )}
        </p>
        <div className="actions">
          {a.status !== 'rejected' && (
            <button type="button" className="primary" onClick={() => setRejecting(true)}>
              Record a rejection
            </button>
          )}
          <label className="inline-field">
            <span>Status</span>
            <select value={a.status} onChange={(e) => changeStatus(e.target.value as Status)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {a.notes && <p className="note">{a.notes}</p>}
      </header>

      {d.steps.length > 0 && (
        <section className="panel" aria-labelledby="plan-title">
          <h2 id="plan-title">The plan</h2>
          <PlanList steps={d.steps} names={names} />
        </section>
      )}

      <ApplicationPeople details={d} onChange={reload} />

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">What happened</h2>
        <Timeline history={d.history} touches={d.touches} feedback={d.feedback} names={names} />
      </section>

      {people.length > 0 && (
        <details className="panel">
          <summary>
            <h2>Log a contact</h2>
          </summary>
          <LogTouchForm people={people} applicationId={a.id} onDone={reload} />
        </details>
      )}
      <details className="panel">
        <summary>
          <h2>Add feedback</h2>
        </summary>
        <FeedbackForm applicationId={a.id} people={people} onDone={reload} />
      </details>
      <details className="panel">
        <summary>
          <h2>Edit or delete</h2>
        </summary>
        <EditApplication details={d} onDone={reload} />
      </details>

      {rejecting && (
        <RejectDialog
          target={{ id: a.id, role: a.role, company: d.company.name }}
          onClose={() => setRejecting(false)}
          onDone={() => {
            announce('Rejection recorded.');
            void reload();
          }}
        />
      )}
    </article>
  );
}
