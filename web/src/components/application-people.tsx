import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { formatDay, ROLE_LABEL } from '../format.js';
import { Link } from '../router.js';
import type { ApplicationDetails, PersonListItem } from '../types.js';
import { useApi } from '../use-api.js';
import { announce } from './live-region.js';
import { EmptyState, FormError } from './page-state.js';
import { emptyPerson, PersonFields, personBody } from './person-fields.js';

/** The people of one application, and the ways to add one: someone new, or someone already known. */
export function ApplicationPeople({
  details,
  onChange,
}: {
  details: ApplicationDetails;
  onChange: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState(emptyPerson());
  const [error, setError] = useState<ApiError | null>(null);
  const everyone = useApi<PersonListItem[]>(adding ? '/people' : null);
  const appId = details.application.id;
  const here = new Set(details.people.map((p) => p.person.id));
  const others = (everyone.data ?? []).filter((p) => !here.has(p.id));

  async function run(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      announce(message);
      setError(null);
      setDraft(emptyPerson());
      setAdding(false);
      onChange();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  const addNew = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () => api.post('/people', personBody(draft, { application: appId, company: details.company.name })),
      `Added ${draft.name}.`,
    );
  };
  const linkExisting = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const person = Number(f.get('person'));
    const name = others.find((p) => p.id === person)?.name ?? 'them';
    void run(
      () =>
        api.post(`/people/${person}/applications`, {
          application: appId,
          ...(f.get('interviewed') ? { interviewed: String(f.get('interviewed')) } : {}),
        }),
      `${name} is now on this application.`,
    );
  };

  return (
    <section className="panel" aria-labelledby="people-title">
      <div className="section-head">
        <h2 id="people-title">People</h2>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            + Add a person
          </button>
        )}
      </div>
      {details.people.length === 0 && !adding ? (
        <EmptyState title="Nobody yet">
          <p>Add the people you met for this role: each interviewer gets their own thank-you later.</p>
        </EmptyState>
      ) : (
        <ul className="people">
          {details.people.map(({ person, participation }) => (
            <li key={person.id}>
              <Link to={`/people/${person.id}`}>{person.name}</Link>
              <span className="muted">
                {' '}
                · {ROLE_LABEL[participation.role]}
                {participation.interviewedOn
                  ? ` · interviewed you ${formatDay(participation.interviewedOn)}`
                  : ''}
                {person.contactState === 'do-not-contact' ? ' · asked not to be contacted' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <div className="adding">
          <form className="form compact" onSubmit={addNew}>
            <PersonFields legend="Someone new" value={draft} onChange={setDraft} />
            <div className="actions">
              <button type="submit" className="primary">
                Add {draft.name.trim() || 'the person'}
              </button>
              <button type="button" onClick={() => setAdding(false)}>
                Cancel
              </button>
            </div>
          </form>
          {others.length > 0 && (
            <form className="form compact" onSubmit={linkExisting}>
              <fieldset>
                <legend>Or someone you already know</legend>
                <div className="grid">
                  <div className="field">
                    <label htmlFor="link-person">Person</label>
                    <select id="link-person" name="person">
                      {others.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                          {p.company ? ` (${p.company})` : ''}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="link-interviewed">Interviewed you on (optional)</label>
                    <input id="link-interviewed" name="interviewed" type="date" />
                  </div>
                </div>
              </fieldset>
              <div className="actions">
                <button type="submit">Add to this application</button>
              </div>
            </form>
          )}
          <FormError error={error} />
        </div>
      )}
    </section>
  );
}
