import { useState } from 'react';
import { ApiError, api } from '../api.js';
import type { SmtpStatus, TestMessage } from '../types.js';
import { useApi } from '../use-api.js';
import { announce } from './live-region.js';

type Key = keyof SmtpStatus['sources'];

/** Where a value came from, in words, naming the knob that changes it. */
function origin(s: SmtpStatus, key: Key): string {
  const source = s.sources[key];
  if (source === 'env') return `from ${s.env[key]}`;
  if (source === 'file') return key === 'password' ? `from ${s.passwordFile}` : 'from config.json';
  return 'default';
}

/** Whether letters can be sent by SMTP, how to set it up, and a test message to oneself. */
export function SmtpSettings() {
  const { data: s, error: loadError } = useApi<SmtpStatus>('/smtp');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function sendTest() {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.post<TestMessage>('/smtp/test');
      const text = `Test message sent to ${r.to}. Check your inbox.`;
      setOutcome({ ok: true, text });
      announce(text);
    } catch (err) {
      const text = err instanceof ApiError ? err.message : String(err);
      setOutcome({ ok: false, text });
      announce(`The test message was not sent: ${text}`);
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <p role="alert">{loadError.message}</p>;
  if (!s) return <p className="loading">Loading the sending settings…</p>;
  const rows: Array<[string, string, Key | null]> = [
    ['Server', s.host ?? 'not set', 'host'],
    ['Port', String(s.port), 'port'],
    ['Encryption', s.secure ? 'TLS from the first byte' : 'STARTTLS when the server offers it', 'secure'],
    ['User', s.user ?? 'none', 'user'],
    ['Password', s.passwordSet ? 'set (never shown)' : 'not set', 'password'],
    [
      'Sent from',
      s.fromAddress ? `${s.fromName ? `${s.fromName} ` : ''}<${s.fromAddress}>` : 'no e-mail address yet',
      null,
    ],
  ];
  return (
    <section className="panel smtp" aria-labelledby="smtp-title">
      <h2 id="smtp-title">Sending by e-mail (SMTP)</h2>
      <p className={s.configured ? 'smtp-state on' : 'smtp-state off'}>
        <span aria-hidden="true">{s.configured ? '✓' : '✗'}</span>{' '}
        {s.configured
          ? 'Sending is set up: letters can go straight from notnow through your mail server.'
          : 'Sending is not set up. You can still copy a letter, download it as .eml or open it in your mail app.'}
      </p>
      <dl className="settings-list">
        {rows.map(([label, value, key]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {value}
              {key && <span className="muted small"> · {origin(s, key)}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {s.problems.length > 0 && (
        <div className="hint">
          <p>
            <strong>What is missing:</strong>
          </p>
          <ul>
            {s.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>How to set up sending</summary>
        <p>
          notnow reads these when it starts (set them, then restart <code>notnow serve</code>). The
          environment wins over the file.
        </p>
        <pre className="code">
          {`${s.env.host}=smtp.example.com\n${s.env.port}=587            # 465 for TLS from the first byte\n${s.env.secure}=false         # true with port 465\n${s.env.user}=you@example.com\n${s.env.password}=…`}
        </pre>
        <p>
          Or in <code>{s.configFile}</code>:
        </p>
        <pre className="code">
          {
            '{ "smtp": { "host": "smtp.example.com", "port": 587, "secure": false, "user": "you@example.com" } }'
          }
        </pre>
        <p>
          The password never goes in that file: use <code>{s.env.password}</code> or put it alone in{' '}
          <code>{s.passwordFile}</code> (<code>chmod 600</code>). It is never stored in the database nor
          shown.
        </p>
      </details>
      <div className="actions">
        <button
          type="button"
          onClick={sendTest}
          disabled={busy || !s.configured}
          aria-describedby="smtp-test-help"
        >
          {busy ? 'Sending…' : 'Send a test message to myself'}
        </button>
      </div>
      <p id="smtp-test-help" className="muted small">
        {s.configured
          ? `Goes to ${s.fromAddress ?? 'your e-mail address (add it under “You”)'}, the way your letters will.`
          : 'Available once a server is set.'}
      </p>
      {outcome && (
        <p className={outcome.ok ? 'saved-note' : 'form-error'} role={outcome.ok ? 'status' : 'alert'}>
          <span aria-hidden="true">{outcome.ok ? '✓ ' : '⚠ '}</span>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
