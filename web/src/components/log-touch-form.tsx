import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { CHANNEL_LABEL, TONE_LABEL } from '../format.js';
import { CHANNELS, type LoggedTouch, TONES } from '../types.js';
import { announce } from './live-region.js';
import { FormError } from './page-state.js';

/** "Log a contact": a message sent or received, by which channel, and how a reply read. */
export function LogTouchForm({
  people,
  applicationId,
  onDone,
}: {
  people: Array<{ id: number; name: string }>;
  applicationId?: number;
  onDone: () => void;
}) {
  const { clock } = useAppInfo();
  const id = useId();
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const value = (k: string) => String(f.get(k) ?? '').trim();
    const person = people.length === 1 ? people[0]!.id : Number(value('person'));
    setBusy(true);
    try {
      const r = await api.post<LoggedTouch>(`/people/${person}/touches`, {
        channel: value('channel'),
        direction,
        ...(value('on') ? { on: value('on') } : {}),
        ...(value('note') ? { note: value('note') } : {}),
        ...(direction === 'in' && value('tone') ? { tone: value('tone') } : {}),
        ...(applicationId ? { application: applicationId } : {}),
      });
      announce(
        r.person.contactState === 'do-not-contact'
          ? `Logged. ${r.person.name} asked not to be contacted: notnow will plan nothing more for them.`
          : `Logged the contact with ${r.person.name}.`,
      );
      form.reset();
      setDirection('out');
      setError(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form compact" onSubmit={submit}>
      <div className="grid">
        {people.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-person`}>With</label>
            <select id={`${id}-person`} name="person" required>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="field">
          <legend>Who wrote</legend>
          <label className="choice inline">
            <input type="radio" checked={direction === 'out'} onChange={() => setDirection('out')} /> I did
          </label>
          <label className="choice inline">
            <input type="radio" checked={direction === 'in'} onChange={() => setDirection('in')} /> They did
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-channel`}>How</label>
          <select id={`${id}-channel`} name="channel" defaultValue="email">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-on`}>On</label>
          <input id={`${id}-on`} name="on" type="date" defaultValue={clock.today} max={clock.today} />
        </div>
        {direction === 'in' && (
          <div className="field">
            <label htmlFor={`${id}-tone`}>How it read</label>
            <select id={`${id}-tone`} name="tone" defaultValue="">
              <option value="">Not sure</option>
              {TONES.map((t) => (
                <option key={t} value={t}>
                  {TONE_LABEL[t]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>What was said (optional)</label>
        <textarea id={`${id}-note`} name="note" rows={2} maxLength={5000} />
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Log the contact'}
        </button>
      </div>
    </form>
  );
}
