import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PlaybookInterval, PlaybookSaved, PlaybookView } from '../types.js';
import { useApi } from '../use-api.js';
import { announce } from './live-region.js';
import { FormError } from './page-state.js';

const GROUPS: Array<{ id: PlaybookInterval['group']; title: string }> = [
  { id: 'pace', title: 'Pace' },
  { id: 'rejection', title: 'After a rejection' },
  { id: 'keep-in-touch', title: 'Keeping in touch' },
  { id: 'silence', title: 'When nobody answers' },
];

const inputId = (key: string) => `pb-${key.replace(/\./g, '-')}`;

function moved(n: number): string {
  if (n === 0) return 'No pending step changed day.';
  return n === 1 ? '1 pending step moved to its new day.' : `${n} pending steps moved to their new days.`;
}

/** The playbook's intervals: each with its range and default, saved ones marked, file ones locked. */
export function PlaybookSettings() {
  const { data, error: loadError, reload } = useApi<PlaybookView>('/playbook');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  // The form is remounted after each save so every input shows what was stored.
  const [generation, setGeneration] = useState(0);

  async function after(done: Promise<PlaybookSaved>, what: string) {
    setBusy(true);
    try {
      const r = await done;
      setError(null);
      const message = `${what} ${moved(r.moved)}`;
      setResult(message);
      announce(message);
      await reload();
      setGeneration((g) => g + 1);
    } catch (err) {
      setResult(null);
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!data) return;
    const f = new FormData(e.currentTarget);
    const intervals: Record<string, number> = {};
    for (const i of data.intervals) {
      const raw = f.get(i.key);
      if (i.source === 'file' || raw === null) continue;
      const value = String(raw).trim() === '' ? Number.NaN : Number(raw);
      // A wrong value is sent as typed, so the server's message names it.
      if (value !== i.value) intervals[i.key] = Number.isNaN(value) ? (String(raw) as never) : value;
    }
    if (Object.keys(intervals).length === 0) {
      setError(null);
      setResult('Nothing changed.');
      announce('Nothing changed.');
      return;
    }
    void after(api.put<PlaybookSaved>('/playbook', { intervals }), 'Playbook saved.');
  }

  if (loadError) return <p role="alert">{loadError.message}</p>;
  if (!data) return <p className="loading">Loading the playbook…</p>;
  const issueFor = (i: PlaybookInterval) => error?.issues.find((m) => m.startsWith(`${i.label}:`)) ?? null;
  return (
    <form
      key={generation}
      className="panel form playbook"
      onSubmit={submit}
      aria-labelledby="playbook-title"
      noValidate
    >
      <h2 id="playbook-title">Playbook intervals</h2>
      <p className="muted small">
        When each letter of a plan falls due. Saving moves the pending steps to their new days; letters you
        edited or rescheduled yourself stay where you put them.
      </p>
      {data.file && (
        <p className="hint">
          <strong>playbook.json is in use:</strong> <code>{data.file}</code>. Values it sets win over this
          page and are shown locked here; change them in the file.
        </p>
      )}
      {data.fileProblem && (
        <p className="form-error" role="alert">
          {data.fileProblem}
        </p>
      )}
      {GROUPS.map((g) => (
        <fieldset key={g.id} className="interval-group">
          <legend>{g.title}</legend>
          <div className="interval-grid">
            {data.intervals
              .filter((i) => i.group === g.id)
              .map((i) => {
                const issue = issueFor(i);
                const id = inputId(i.key);
                return (
                  <div key={i.key} className={issue ? 'interval invalid' : 'interval'}>
                    <label htmlFor={id}>{i.label}</label>
                    <div className="interval-input">
                      <input
                        id={id}
                        name={i.key}
                        type="number"
                        inputMode="numeric"
                        min={i.min}
                        max={i.max}
                        step={1}
                        defaultValue={i.value}
                        disabled={i.source === 'file'}
                        aria-invalid={issue ? true : undefined}
                        aria-describedby={`${id}-help${issue ? ` ${id}-error` : ''}`}
                      />
                      <span className="unit">{i.unit}</span>
                      {i.source !== 'default' && (
                        <span className="badge source">
                          {i.source === 'file' ? 'set in playbook.json' : 'changed'}
                        </span>
                      )}
                    </div>
                    <p id={`${id}-help`} className="muted small">
                      {i.help} {i.min}–{i.max} {i.unit}; default {i.default}.
                    </p>
                    {issue && (
                      <p id={`${id}-error`} className="field-error">
                        <span aria-hidden="true">⚠ </span>
                        {issue}
                      </p>
                    )}
                  </div>
                );
              })}
          </div>
        </fieldset>
      ))}
      <FormError error={error} />
      {result && !error && <p className="saved-note">✓ {result}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save intervals'}
        </button>
        <button
          type="button"
          disabled={busy || !data.customised}
          onClick={() => void after(api.delete<PlaybookSaved>('/playbook'), 'Default intervals restored.')}
        >
          Restore defaults
        </button>
      </div>
    </form>
  );
}
