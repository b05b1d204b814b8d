import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { announce } from '../components/live-region.js';
import { FormError } from '../components/page-state.js';
import { emptyPerson, type PersonDraft, PersonFields, personBody } from '../components/person-fields.js';
import { SOURCE_LABEL, STATUS_LABEL } from '../format.js';
import { navigate, usePageTitle } from '../router.js';
import { type ApplicationAdded, type Company, SOURCES, STATUSES } from '../types.js';
import { useApi } from '../use-api.js';

export default function AddApplicationPage() {
  usePageTitle('Add an application');
  const { clock } = useAppInfo();
  const companies = useApi<Company[]>('/companies');
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /** Set once the application exists, so a retry adds only the people still missing. */
  const [savedId, setSavedId] = useState<number | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      let id = savedId;
      if (id === null) {
        const r = await api.post<ApplicationAdded>('/applications', {
          company: text('company'),
          role: text('role'),
          status: text('status'),
          via: text('via'),
          ...(text('applied') ? { applied: text('applied') } : {}),
          ...(text('url') ? { url: text('url') } : {}),
          ...(text('notes') ? { notes: text('notes') } : {}),
        });
        id = r.application.id;
        setSavedId(id);
      }
      const remaining = [...people];
      while (remaining.length > 0) {
        await api.post('/people', personBody(remaining[0]!, { company: text('company'), application: id }));
        remaining.shift();
        setPeople([...remaining]);
      }
      announce(`Added ${text('role')} at ${text('company')}.`);
      navigate(`/applications/${id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="add-title">
      <h1 id="add-title">Add an application</h1>
      {savedId !== null && (
        <p className="hint" role="status">
          The application is saved. Fix the person below and save again to add them.
        </p>
      )}
      <fieldset disabled={savedId !== null}>
        <legend className="sr-only">The application</legend>
        <div className="grid">
          <div className="field">
            <label htmlFor="company">Company</label>
            <input
              id="company"
              name="company"
              list="companies"
              required
              maxLength={2000}
              autoComplete="off"
            />
            <datalist id="companies">
              {(companies.data ?? []).map((c) => (
                <option key={c.id} value={c.name} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor="role">Role</label>
            <input id="role" name="role" required maxLength={2000} placeholder="e.g. Product Designer" />
          </div>
          <div className="field">
            <label htmlFor="status">Where it stands</label>
            <select id="status" name="status" defaultValue="applied">
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="applied">Applied on</label>
            <input id="applied" name="applied" type="date" defaultValue={clock.today} max={clock.today} />
          </div>
          <div className="field">
            <label htmlFor="via">Came via</label>
            <select id="via" name="via" defaultValue="board">
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SOURCE_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="url">Job posting (optional)</label>
            <input id="url" name="url" type="url" placeholder="https://" />
          </div>
        </div>
        <div className="field">
          <label htmlFor="notes">Notes (optional)</label>
          <textarea id="notes" name="notes" rows={3} maxLength={5000} />
        </div>
      </fieldset>

      <h2>People you met</h2>
      <p className="muted small">
        Interviewers, the hiring manager, a recruiter: each gets their own thank-you later. You can add people
        afterwards too.
      </p>
      {people.map((p, i) => (
        <div key={p.uid} className="person-draft">
          <PersonFields
            legend={`Person ${i + 1}`}
            value={p}
            onChange={(next) => setPeople(people.map((q, j) => (j === i ? next : q)))}
          />
          <button type="button" className="link" onClick={() => setPeople(people.filter((_, j) => j !== i))}>
            Remove person {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setPeople([...people, emptyPerson()])}>
        + Add a person
      </button>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save the application'}
        </button>
        <button
          type="button"
          onClick={() => (savedId ? navigate(`/applications/${savedId}`) : history.back())}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
