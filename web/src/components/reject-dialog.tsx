import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { MOOD_LABEL } from '../format.js';
import type { Step } from '../types.js';
import { MOODS } from '../types.js';
import { FormError } from './page-state.js';
import { PlanList } from './plan-list.js';

const MOOD_HINT: Record<(typeof MOODS)[number], string> = {
  ok: 'ready to follow up as usual',
  disappointed: 'it stings, but I can write a kind note',
  upset: 'give me a few days before anything is due',
};

export interface RejectTarget {
  id: number;
  role: string;
  company: string;
}

/** "Record a rejection": when it came, the reason given, and how the user feels about it. */
export function RejectDialog({
  target,
  onClose,
  onDone,
}: {
  target: RejectTarget;
  onClose: () => void;
  onDone: () => void;
}) {
  const { clock } = useAppInfo();
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const [preview, setPreview] = useState<Step[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** The plan this rejection would start, shown before anything is saved; follows the date and mood. */
  function refreshPreview(form: HTMLFormElement) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const f = new FormData(form);
      const mood = String(f.get('mood') ?? '');
      try {
        setPreview(
          await api.post<Step[]>(`/applications/${target.id}/status/preview`, {
            status: 'rejected',
            on: String(f.get('on') || clock.today),
            ...(mood ? { mood } : {}),
          }),
        );
      } catch {
        setPreview(null);
      }
    }, 250);
  }
  // Once, when the dialog opens; later changes come through the form's onChange.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the preview follows the form, not React state
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    const form = d?.querySelector('form');
    if (form) refreshPreview(form);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const mood = String(form.get('mood') ?? '');
    setBusy(true);
    try {
      await api.post(`/applications/${target.id}/status`, {
        status: 'rejected',
        on: String(form.get('on') || clock.today),
        reason: String(form.get('reason') ?? '').trim() || null,
        ...(mood ? { mood } : {}),
      });
      ref.current?.close();
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit} onChange={(e) => refreshPreview(e.currentTarget)}>
        <h2 id={titleId}>Record a rejection</h2>
        <p className="muted">
          {target.role} at {target.company}
        </p>
        <div className="field">
          <label htmlFor={`${titleId}-on`}>When did the answer come?</label>
          <input
            id={`${titleId}-on`}
            name="on"
            type="date"
            defaultValue={clock.today}
            max={clock.today}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${titleId}-reason`}>The reason they gave, if any</label>
          <input id={`${titleId}-reason`} name="reason" type="text" maxLength={2000} autoComplete="off" />
        </div>
        <fieldset className="field moods">
          <legend>How do you feel about it?</legend>
          <p className="muted small">
            Only you see this. It sets the pace of what comes next: when it hurts, the follow-up starts later.
          </p>
          {MOODS.map((m) => (
            <label key={m} className="choice">
              <input type="radio" name="mood" value={m} /> <strong>{MOOD_LABEL[m]}</strong>{' '}
              <span className="muted">— {MOOD_HINT[m]}</span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="mood" value="" defaultChecked /> <strong>Rather not say</strong>
          </label>
        </fieldset>
        <section className="plan-preview" aria-live="polite" aria-labelledby={`${titleId}-plan`}>
          <h3 id={`${titleId}-plan`}>What this starts</h3>
          {preview === null ? (
            <p className="muted small">Working out the plan…</p>
          ) : preview.length === 0 ? (
            <p className="muted small">
              No letters yet: add the people you met to this application and their notes will be planned.
            </p>
          ) : (
            <PlanList steps={preview} names={new Map()} />
          )}
        </section>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Record the rejection'}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
