import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { formatDay, STATUS_LABEL } from '../format.js';
import { Link } from '../router.js';
import type { ApplicationListItem, ApplicationsPage, ReviewItem } from '../types.js';
import { type Loaded, useApi } from '../use-api.js';
import { useSettled } from '../use-settled.js';
import { announce } from './live-region.js';
import { EmptyState, LoadError, Loading } from './page-state.js';

const KIND_WORDS: Record<string, string> = {
  rejection: 'a rejection',
  interview: 'an interview invitation',
  assessment: 'an assessment',
  offer: 'an offer',
  acknowledgement: 'an acknowledgement',
  'recruiter-outreach': 'a recruiter reaching out',
};

/** Imported e-mails notnow was unsure about: accept its suggestion, correct it, or dismiss the e-mail. */
export function ReviewQueue({ loaded }: { loaded: Loaded<ReviewItem[]> }) {
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">
        To review <span className="count">{loaded.data.length}</span>
      </h2>
      {loaded.data.length === 0 ? (
        <EmptyState title="Nothing to review">
          <p>E-mails notnow is not sure about wait here for your word after an import.</p>
        </EmptyState>
      ) : (
        <ul className="review">
          {loaded.data.map((item) => (
            <ReviewRow key={item.id} item={item} onChange={loaded.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewRow({ item, onChange }: { item: ReviewItem; onChange: () => Promise<void> }) {
  const [correcting, setCorrecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = item.suggestion;
  const suggestion = item.application
    ? `${STATUS_LABEL[s.status]}: ${item.application}`
    : `New application: ${s.role ?? '(role unknown)'} at ${s.company ?? '(company unknown)'}, ${STATUS_LABEL[s.status].toLowerCase()}`;

  async function act(path: string, body: unknown, said: string) {
    setBusy(true);
    try {
      await api.post(path, body);
      // Said once the queue shows it: the message and the list agree when a screen reader reads them.
      await onChange();
      announce(said);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="review-item panel" aria-label={item.subject}>
      <h3 className="subject">{item.subject || '(no subject)'}</h3>
      <p className="muted small">
        {item.from ?? 'unknown sender'}
        {item.receivedAt ? ` · ${formatDay(item.receivedAt.slice(0, 10))}` : ''} · looks like{' '}
        {KIND_WORDS[item.kind] ?? item.kind} ({Math.round(item.confidence * 100)}% sure)
      </p>
      <p>
        <strong>Suggestion:</strong> {suggestion}
        {s.applicationId !== null ? (
          <>
            {' '}
            <Link to={`/applications/${s.applicationId}`}>open</Link>
          </>
        ) : null}
      </p>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="actions wrap">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => act(`/inbox/${item.id}/accept`, {}, `Accepted: ${suggestion}.`)}
        >
          Accept
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={correcting}
          onClick={() => setCorrecting(!correcting)}
        >
          Correct…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => act(`/inbox/${item.id}/dismiss`, {}, 'Dismissed the e-mail.')}
        >
          Dismiss
        </button>
      </div>
      {correcting ? <Correction item={item} busy={busy} act={act} /> : null}
    </li>
  );
}

function Correction({
  item,
  busy,
  act,
}: {
  item: ReviewItem;
  busy: boolean;
  act: (path: string, body: unknown, said: string) => Promise<void>;
}) {
  // The most recently changed applications first (a job e-mail is nearly always about one of them);
  // any other is a search away, however many there are.
  const [query, setQuery] = useState('');
  const searched = useSettled(query.trim(), 250);
  const found = useApi<ApplicationsPage>(
    `/applications?limit=${SHOWN}${searched ? `&q=${encodeURIComponent(searched)}` : ''}`,
  );
  const [choice, setChoice] = useState(
    item.suggestion.applicationId ? String(item.suggestion.applicationId) : 'new',
  );
  // What was suggested or picked stays in the list while the search shows others.
  const [kept, setKept] = useState<Option[]>(() =>
    item.suggestion.applicationId === null
      ? []
      : [
          {
            id: item.suggestion.applicationId,
            role: item.suggestion.role ?? `Application ${item.suggestion.applicationId}`,
            company: item.suggestion.company ?? '',
          },
        ],
  );
  const matches = found.data?.items ?? [];
  const apps = [...kept.filter((k) => !matches.some((a) => a.id === k.id)), ...matches];

  function choose(value: string) {
    setChoice(value);
    const picked = matches.find((a) => String(a.id) === value);
    if (picked) setKept((k) => [picked, ...k.filter((x) => x.id !== picked.id)]);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    if (choice === 'new') {
      const company = String(f.get('company') ?? '').trim();
      const role = String(f.get('role') ?? '').trim();
      void act(
        `/inbox/${item.id}/accept`,
        { createNew: true, company, role },
        `Added ${role} at ${company}.`,
      );
    } else {
      void act(
        `/inbox/${item.id}/accept`,
        { application: Number(choice) },
        'Linked the e-mail to the application.',
      );
    }
  }

  return (
    <form className="correction" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`find-${item.id}`}>Find an application</label>
        <input
          id={`find-${item.id}`}
          type="search"
          value={query}
          maxLength={200}
          placeholder="Company or role"
          aria-describedby={`found-${item.id}`}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id={`found-${item.id}`} className="muted small" aria-live="polite">
          {foundSummary(searched, found)}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`app-${item.id}`}>It is about</label>
        <select id={`app-${item.id}`} value={choice} onChange={(e) => choose(e.target.value)}>
          <option value="new">a new application</option>
          {apps.map((a) => (
            <option key={a.id} value={a.id}>
              {a.role} at {a.company}
            </option>
          ))}
        </select>
      </div>
      {choice === 'new' ? (
        <div className="grid">
          <div className="field">
            <label htmlFor={`company-${item.id}`}>Company</label>
            <input
              id={`company-${item.id}`}
              name="company"
              defaultValue={item.suggestion.company ?? ''}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`role-${item.id}`}>Role</label>
            <input id={`role-${item.id}`} name="role" defaultValue={item.suggestion.role ?? ''} required />
          </div>
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        Save the correction
      </button>
    </form>
  );
}

type Option = Pick<ApplicationListItem, 'id' | 'role' | 'company'>;

/** How many applications the list offers at once; a search narrows the rest down. */
const SHOWN = 50;

/** What the search found, in a sentence (read out as it changes). */
function foundSummary(searched: string, found: Loaded<ApplicationsPage>): string {
  if (found.error) return `The search failed: ${found.error.message}`;
  if (!found.data) return 'Looking…';
  const { items, total } = found.data;
  if (!searched) {
    return total > items.length
      ? `The ${items.length} most recently changed of your ${total} applications; search for the others.`
      : 'Your applications, the most recently changed first.';
  }
  if (total === 0) return `No application matches “${searched}”.`;
  if (total > items.length)
    return `${total} match “${searched}”; the first ${items.length} are listed. Type more to narrow it.`;
  return `${total} ${total === 1 ? 'application matches' : 'applications match'} “${searched}”.`;
}
