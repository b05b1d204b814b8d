import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { announce } from '../components/live-region.js';
import { LoadError, Loading } from '../components/page-state.js';
import { ToneFindings } from '../components/tone-findings.js';
import { formatDay, STEP_LABEL } from '../format.js';
import type { PageProps } from '../pages.js';
import { Link, navigate, usePageTitle } from '../router.js';
import type { LetterSaved, LetterSent, LetterView, ServerInfo, SimilarNote, ToneFinding } from '../types.js';
import { useApi } from '../use-api.js';

/** Long enough that the check does not run on every key, short enough to feel live. */
const TONE_DELAY_MS = 400;

export default function LetterPage({ params }: PageProps) {
  const id = Number(params.id);
  const [variant, setVariant] = useState<number | null>(null);
  const { data, error } = useApi<LetterView>(`/steps/${id}/letter${variant ? `?variant=${variant}` : ''}`);
  const server = useApi<ServerInfo>('/server').data;
  const title = data
    ? `${STEP_LABEL[data.step.kind] ?? data.step.kind}${data.person ? `: ${data.person.name}` : ''}`
    : null;
  usePageTitle(title);
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  return (
    <Composer
      key={`${data.variant}-${data.edited}`}
      letter={data}
      title={title!}
      smtp={server?.smtpConfigured ?? false}
      onVariant={setVariant}
    />
  );
}

function Composer({
  letter,
  title,
  smtp,
  onVariant,
}: {
  letter: LetterView;
  title: string;
  smtp: boolean;
  onVariant: (v: number) => void;
}) {
  const id = letter.step.id;
  const [text, setText] = useState(letter.text);
  const [saved, setSaved] = useState(letter.edited ? letter.text : null);
  const [tone, setTone] = useState<ToneFinding[]>(letter.tone);
  const [similar, setSimilar] = useState<SimilarNote[]>(letter.similar);
  const [mailto, setMailto] = useState(letter.mailto);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef(true);
  const open = letter.step.state === 'pending' || letter.step.state === 'snoozed';
  const changed = text !== (saved ?? letter.text);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => {
      api
        .post<ToneFinding[]>('/tone', { text })
        .then(setTone)
        .catch(() => undefined);
    }, TONE_DELAY_MS);
    return () => clearTimeout(t);
  }, [text]);

  /** Keeps the text as the step's letter, so the .eml, the card, mailto: and sending use it. */
  async function save(): Promise<boolean> {
    try {
      const r = await api.put<LetterSaved>(`/steps/${id}/letter`, {
        text,
      });
      setTone(r.tone);
      setSimilar(r.similar);
      setSaved(text);
      setProblem(null);
      const fresh = await api.get<LetterView>(`/steps/${id}/letter`);
      setMailto(fresh.mailto);
      return true;
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
      return false;
    }
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      if (text !== saved && !(await save())) return;
      await action();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const copy = () =>
    run(async () => {
      await navigator.clipboard.writeText(`${letter.subject}\n\n${text}`);
      announce('Copied the subject and the letter.');
    });
  const download = () =>
    run(async () => {
      window.location.assign(`/api/steps/${id}/letter.eml`);
    });
  const mail = () =>
    run(async () => {
      const fresh = await api.get<LetterView>(`/steps/${id}/letter`);
      if (fresh.mailto) window.location.assign(fresh.mailto);
    });
  const card = () =>
    run(async () => {
      window.open(`/api/steps/${id}/card.html`, '_blank', 'noopener');
    });
  const send = () =>
    run(async () => {
      const r = await api.post<LetterSent>(`/steps/${id}/send`);
      announce(`Sent to ${r.to}. The step is done.`);
      navigate('/today');
    });
  const markSent = () =>
    run(async () => {
      await api.post(`/steps/${id}/done`, { channel: 'email' });
      announce(`Marked “${title}” as sent.`);
      navigate('/today');
    });

  return (
    <>
      <p className="crumbs">
        <Link to="/today">← Today</Link>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        <p className="muted">
          Due {formatDay(letter.step.due)}
          {letter.person?.email ? ` · to ${letter.person.email}` : ''}
        </p>
      </div>
      <p className="why panel">{letter.step.why}</p>
      <div className="composer">
        <section className="panel" aria-labelledby="letter-title">
          <h2 id="letter-title" className="sr-only">
            The letter
          </h2>
          {letter.variants.length > 1 ? (
            <fieldset className="variants">
              <legend className="muted small">Wording</legend>
              {letter.variants.map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={!letter.edited && v === letter.variant}
                  onClick={() => onVariant(v)}
                  disabled={busy}
                >
                  {v}
                </button>
              ))}
            </fieldset>
          ) : null}
          <div className="field">
            <label htmlFor="subject">Subject</label>
            <input id="subject" value={letter.subject} readOnly />
          </div>
          <div className="field">
            <label htmlFor="letter-text">Letter</label>
            <textarea
              id="letter-text"
              value={text}
              rows={14}
              onChange={(e) => setText(e.target.value)}
              aria-describedby="tone-status"
            />
          </div>
          <p className="muted small" aria-live="polite">
            {changed
              ? 'Changed: it is kept when you save or use it.'
              : saved !== null
                ? 'Your version is kept.'
                : ''}
          </p>
          {problem ? (
            <p className="form-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="actions wrap">
            <button
              type="button"
              onClick={() => run(async () => announce('Saved your version.'))}
              disabled={busy}
            >
              Save
            </button>
            <button type="button" onClick={copy} disabled={busy}>
              Copy
            </button>
            <button type="button" onClick={download} disabled={busy}>
              Download .eml
            </button>
            <button
              type="button"
              onClick={mail}
              disabled={busy || (!mailto && !letter.mailto)}
              title={letter.mailtoProblem ?? undefined}
            >
              Open in mail app
            </button>
            <button type="button" onClick={card} disabled={busy}>
              Print a card
            </button>
            {smtp ? (
              <button type="button" className="primary" onClick={send} disabled={busy || !open}>
                Send now
              </button>
            ) : null}
            <button
              type="button"
              className={smtp ? '' : 'primary'}
              onClick={markSent}
              disabled={busy || !open}
            >
              Mark as sent
            </button>
          </div>
          {letter.mailtoProblem ? <p className="muted small">{letter.mailtoProblem}</p> : null}
          {!smtp ? (
            <p className="muted small">
              To send from here, start notnow with your SMTP server (NOTNOW_SMTP_HOST, NOTNOW_SMTP_USER,
              NOTNOW_SMTP_PASSWORD).
            </p>
          ) : null}
        </section>
        <aside className="panel checks" aria-labelledby="checks-title">
          <h2 id="checks-title">Before you send</h2>
          <div id="tone-status" role="status" aria-live="polite">
            <ToneFindings findings={tone} />
          </div>
          {similar.length > 0 ? (
            <div className="similar" role="alert">
              <h3>Reads like another note</h3>
              <ul>
                {similar.map((s) => (
                  <li key={s.message}>
                    {s.message}
                    {s.otherStep !== null ? (
                      <>
                        {' '}
                        <Link to={`/letters/${s.otherStep}`}>Open the other note</Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {letter.missing.length > 0 ? (
            <>
              <h3>To make it better</h3>
              <ul className="small">
                {letter.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </>
  );
}
