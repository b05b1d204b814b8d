import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { SOURCE_LABEL } from '../format.js';
import { navigate } from '../router.js';
import { type ApplicationDetails, SOURCES } from '../types.js';
import { announce } from './live-region.js';
import { FormError } from './page-state.js';

/** Changing an application's details, or deleting it. */
export function EditApplication({ details, onDone }: { details: ApplicationDetails; onDone: () => void }) {
  const { clock } = useAppInfo();
  const a = details.application;
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    try {
      await api.patch(`/applications/${a.id}`, {
        company: v('company'),
        role: v('role'),
        via: v('via'),
        applied: v('applied') || null,
        url: v('url') || null,
        notes: v('notes') || null,
      });
      announce('Saved.');
      setError(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  async function remove() {
    if (
      !window.confirm(`Delete ${a.role} at ${details.company.name}, with its history? This cannot be undone.`)
    ) {
      return;
    }
    try {
      await api.delete(`/applications/${a.id}`);
      announce(`Deleted ${a.role} at ${details.company.name}.`);
      navigate('/');
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  return (
    <form className="form compact" onSubmit={submit}>
      <div className="grid">
        <div className="field">
          <label htmlFor="edit-company">Company</label>
          <input id="edit-company" name="company" defaultValue={details.company.name} required />
        </div>
        <div className="field">
          <label htmlFor="edit-role">Role</label>
          <input id="edit-role" name="role" defaultValue={a.role} required />
        </div>
        <div className="field">
          <label htmlFor="edit-applied">Applied on</label>
          <input
            id="edit-applied"
            name="applied"
            type="date"
            defaultValue={a.appliedOn ?? ''}
            max={clock.today}
          />
        </div>
        <div className="field">
          <label htmlFor="edit-via">Came via</label>
          <select id="edit-via" name="via" defaultValue={a.source}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-url">Job posting</label>
          <input id="edit-url" name="url" type="url" defaultValue={a.jobUrl ?? ''} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="edit-notes">Notes</label>
        <textarea id="edit-notes" name="notes" rows={3} defaultValue={a.notes ?? ''} />
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          Save changes
        </button>
        <button type="button" className="danger" onClick={remove}>
          Delete the application
        </button>
      </div>
    </form>
  );
}
