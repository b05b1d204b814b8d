import { Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError, api, onSignedOut, startSession } from './api.js';
import { type AppInfo, AppInfoProvider } from './app-info.js';
import { LiveRegion } from './components/live-region.js';
import { Loading } from './components/page-state.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PAGES } from './pages.js';
import { Link, matchPath, navigate, useLocation } from './router.js';
import type { Agenda, Clock, Profile } from './types.js';

type Boot =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'signed-out' }
  | { state: 'failed'; message: string };

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [info, setInfo] = useState<Omit<AppInfo, 'refresh'> | null>(null);
  const refresh = useCallback(async () => {
    const [clock, profile] = await Promise.all([api.get<Clock>('/clock'), api.get<Profile>('/profile')]);
    setInfo({ clock, profile });
  }, []);
  useEffect(() => onSignedOut(() => setBoot({ state: 'signed-out' })), []);
  useEffect(() => {
    startSession()
      .then(refresh)
      .then(async () => {
        // Today is the first page after opening notnow when there is something to do; later visits
        // to / in the same tab are the pipeline (its own link in the navigation).
        const landed = sessionStorage.getItem('notnow-landed') !== null;
        sessionStorage.setItem('notnow-landed', '1');
        if (!landed && window.location.pathname === '/') {
          const agenda = await api.get<Agenda>('/agenda?limit=1');
          if (agenda.total > 0) navigate('/today', { replace: true });
        }
        setBoot({ state: 'ready' });
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setBoot({ state: 'signed-out' });
        else setBoot({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
  }, [refresh]);

  if (boot.state === 'signed-out') return <SignedOut />;
  if (boot.state === 'failed') {
    return (
      <main className="narrow">
        <h1>notnow cannot start</h1>
        <p role="alert">{boot.message}</p>
      </main>
    );
  }
  if (boot.state === 'loading' || !info) return <Loading />;
  return (
    <AppInfoProvider value={{ ...info, refresh }}>
      <Shell />
    </AppInfoProvider>
  );
}

function Shell() {
  const { path } = useLocation();
  let params: Record<string, string> = {};
  const entry = PAGES.find((p) => {
    const m = matchPath(p.path, path);
    if (m) params = m;
    return m !== null;
  });
  const Page = entry?.page ?? NotFoundPage;
  return (
    <>
      <a className="skip" href="#main">
        Skip to the page
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="notnow, the pipeline">
          not<span>now</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {PAGES.filter((p) => p.nav).map((p) => {
              const current =
                p.path === path || (p.section !== undefined && path.startsWith(`${p.section}/`));
              return (
                <li key={p.path}>
                  <Link to={p.path} aria-current={current ? 'page' : undefined}>
                    {p.nav}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <Link to="/applications/new" className="button primary add">
          <span aria-hidden="true">+</span> Add application
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Page key={path} params={params} />
        </Suspense>
      </main>
      <LiveRegion />
    </>
  );
}

function SignedOut() {
  return (
    <main className="narrow">
      <h1>Open notnow with its link</h1>
      <p>
        This browser is not signed in to notnow (any more). Open the link that <code>notnow serve</code> or{' '}
        <code>npm start</code> printed in the terminal; it looks like{' '}
        <code>http://127.0.0.1:4545/?token=…</code>.
      </p>
      <p>The link keeps your data private to you: other programs and web pages cannot read it without it.</p>
    </main>
  );
}
