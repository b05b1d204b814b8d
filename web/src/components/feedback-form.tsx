import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { announce } from './live-region.js';
import { FormError } from './page-state.js';

/** Feedback received about an application: what was said, by whom, when. */
export function FeedbackForm({
  applicationId,
  people,
  onDone,
}: {
  applicationId: number;
  people: Array<{ id: number; name: string }>;
  onDone: () => void;
}) {
  const { clock } = useAppInfo();
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    try {
      await api.post(`/applications/${applicationId}/feedback`, {
        text: String(f.get('text') ?? ''),
        ...(f.get('from') ? { from: Number(f.get('from')) } : {}),
        ...(f.get('on') ? { on: String(f.get('on')) } : {}),
      });
      form.reset();
      setError(null);
      announce('Feedback saved.');
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    }
  }
  return (
    <form className="form compact" onSubmit={submit}>
      <div className="field">
        <label htmlFor="feedback-text">What they said</label>
        <textarea id="feedback-text" name="text" rows={3} required maxLength={2000} />
      </div>
      <div className="grid">
        <div className="field">
          <label htmlFor="feedback-from">From</label>
          <select id="feedback-from" name="from" defaultValue="">
            <option value="">Not said / nobody in particular</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="feedback-on">Received on</label>
          <input id="feedback-on" name="on" type="date" defaultValue={clock.today} max={clock.today} />
        </div>
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit">Save the feedback</button>
      </div>
    </form>
  );
}
