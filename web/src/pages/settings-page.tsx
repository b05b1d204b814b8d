import { type FormEvent, useMemo, useState } from 'react';
import { ApiError, api } from '../api.js';
import { useAppInfo } from '../app-info.js';
import { announce } from '../components/live-region.js';
import { FormError } from '../components/page-state.js';
import { PlaybookSettings } from '../components/playbook-settings.js';
import { SmtpSettings } from '../components/smtp-settings.js';
import { weekdayName } from '../format.js';
import { usePageTitle } from '../router.js';
import type { DemoLoaded, Profile, ServerInfo } from '../types.js';
import { useApi } from '../use-api.js';
import './settings-page.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export default function SettingsPage() {
  usePageTitle('Settings');
  const { profile, refresh } = useAppInfo();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    setBusy(true);
    try {
      await api.patch<Profile>('/profile', {
        name: v('name') || null,
        email: v('email') || null,
        signature: v('signature') || null,
        portfolioUrl: v('portfolioUrl') || null,
        strengths: v('strengths')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        timeZone: v('timeZone'),
        workingDays: f.getAll('workingDays').map(Number),
        prefersCards: f.get('prefersCards') === 'on',
      });
      setError(null);
      await refresh();
      announce('Settings saved.');
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  async function loadDemo() {
    try {
      const r = await api.post<DemoLoaded>('/demo');
      announce(`Loaded the demo: ${r.applications} applications.`);
    } catch (err) {
      announce(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <>
      <div className="page-head">
        <h1>Settings</h1>
      </div>
      <form className="panel form" onSubmit={submit} aria-labelledby="profile-title">
        <h2 id="profile-title">You</h2>
        <p className="muted small">Your letters are signed with this, and your plan is dated by it.</p>
        <div className="grid">
          <div className="field">
            <label htmlFor="name">Your name</label>
            <input id="name" name="name" defaultValue={profile.name ?? ''} autoComplete="name" />
          </div>
          <div className="field">
            <label htmlFor="email">Your e-mail</label>
            <input
              id="email"
              name="email"
              type="email"
              defaultValue={profile.email ?? ''}
              autoComplete="email"
            />
          </div>
          <div className="field">
            <label htmlFor="portfolioUrl">Portfolio or website</label>
            <input
              id="portfolioUrl"
              name="portfolioUrl"
              type="url"
              defaultValue={profile.portfolioUrl ?? ''}
            />
          </div>
          <div className="field">
            <label htmlFor="timeZone">Time zone</label>
            <input id="timeZone" name="timeZone" list="zones" defaultValue={profile.timeZone} required />
            <datalist id="zones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </div>
        </div>
        <div className="field">
          <label htmlFor="signature">Signature</label>
          <textarea id="signature" name="signature" rows={3} defaultValue={profile.signature ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="strengths">Your strengths, one per line</label>
          <textarea
            id="strengths"
            name="strengths"
            rows={3}
            defaultValue={profile.strengths.join('\n')}
            aria-describedby="strengths-help"
          />
          <p id="strengths-help" className="muted small">
            A follow-up letter reminds people of these. Up to 12.
          </p>
        </div>
        <fieldset className="field">
          <legend>Working days</legend>
          <p className="muted small">Nothing is planned for the other days.</p>
          <div className="days">
            {WEEKDAYS.map((d) => (
              <label key={d} className="choice inline">
                <input
                  type="checkbox"
                  name="workingDays"
                  value={d}
                  defaultChecked={profile.workingDays.includes(d)}
                />{' '}
                {weekdayName(d)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" name="prefersCards" defaultChecked={profile.prefersCards} /> Offer a
          handwritten card rather than an e-mail for thank-you notes
        </label>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>

      <PlaybookSettings />

      <SmtpSettings />

      <CalendarFeed />

      <section className="panel" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>Everything stays on this machine. Keep a copy from time to time:</p>
        <p>
          <a className="button" href="/api/export" download>
            Download an export
          </a>{' '}
          <span className="muted small">
            (read it back with <code>notnow restore FILE.json</code>)
          </span>
        </p>
        <p>
          <button type="button" onClick={loadDemo}>
            Load the demo data
          </button>{' '}
          <span className="muted small">a dozen sample applications, added to what is here</span>
        </p>
        <p>
          For scripts: <a href="/api/docs">the API reference</a>.
        </p>
      </section>
    </>
  );
}

/** The secret address of the calendar feed, to subscribe to from a calendar app. */
function CalendarFeed() {
  const info = useApi<ServerInfo>('/server').data;
  const url = info ? `${window.location.origin}${info.calendarFeedPath}` : '';
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      announce('Copied the calendar address.');
    } catch {
      announce('Select the address and copy it with Ctrl+C.');
    }
  }
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar feed</h2>
      <p>
        Subscribe to this address in your calendar app (“Add calendar from URL”) to see every step on its day.
        It works while notnow runs on this machine.
      </p>
      <div className="inline-field">
        <label htmlFor="calendar-url" className="sr-only">
          Calendar feed address
        </label>
        <input id="calendar-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy} disabled={!info}>
          Copy
        </button>
      </div>
      <p className="muted small">
        Keep it to yourself: it shows your follow-ups (names and companies), though it cannot open or change
        anything else in notnow.
      </p>
    </section>
  );
}
