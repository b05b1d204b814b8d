import type { ReactNode } from 'react';
import type { ApiError } from '../api.js';
import { Link } from '../router.js';

export function Loading() {
  return (
    <p className="loading" aria-live="polite">
      Loading…
    </p>
  );
}

/** A load that failed: what happened, and a way on. */
export function LoadError({ error }: { error: ApiError }) {
  return (
    <div className="panel">
      <h1>{error.status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p role="alert">{error.message}</p>
      <p>
        <Link to="/">Back to the pipeline</Link>
      </p>
    </div>
  );
}

/** What an empty list looks like: what it is for, and the next step. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** An error from a form: the message, and field by field what to fix. */
export function FormError({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      <p>{error.issues.length > 0 ? 'Please check:' : error.message}</p>
      {error.issues.length > 0 && (
        <ul>
          {error.issues.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
