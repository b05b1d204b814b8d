import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { announce } from '../components/live-region.js';
import { FormError } from '../components/page-state.js';
import { emptyPerson, PersonFields, personBody } from '../components/person-fields.js';
import { navigate, usePageTitle } from '../router.js';
import type { Company, PersonAdded } from '../types.js';
import { useApi } from '../use-api.js';

export default function AddPersonPage() {
  usePageTitle('Add a person');
  const companies = useApi<Company[]>('/companies');
  const [draft, setDraft] = useState(emptyPerson('recruiter'));
  const [company, setCompany] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await api.post<PersonAdded>(
        '/people',
        personBody(draft, company.trim() ? { company: company.trim() } : {}),
      );
      announce(`Added ${r.person.name}.`);
      navigate(`/people/${r.person.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="add-person-title">
      <h1 id="add-person-title">Add a person</h1>
      <p className="muted small">
        Met them for a particular role? Add them from that application’s page instead, so notnow knows.
      </p>
      <PersonFields legend="Who" value={draft} onChange={setDraft} withInterview={false} />
      <div className="field">
        <label htmlFor="person-company">Company (optional)</label>
        <input
          id="person-company"
          list="person-companies"
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          autoComplete="off"
        />
        <datalist id="person-companies">
          {(companies.data ?? []).map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={() => history.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
