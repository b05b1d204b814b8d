import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './api.js';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

const primed = new Map<string, Promise<unknown>>();

/**
 * Starts a GET before the page that reads it has mounted (the page the app opens on), so the request
 * runs while the app boots; that page's first `useApi` of the same path takes the answer over.
 */
export function prime(path: string): void {
  if (primed.has(path)) return;
  const early = api.get(path);
  early.catch(() => {}); // Asked again in the normal way if it fails.
  primed.set(path, early);
}

async function firstGet<T>(path: string): Promise<T> {
  const early = primed.get(path) as Promise<T> | undefined;
  if (!early) return api.get<T>(path);
  primed.delete(path);
  try {
    return await early;
  } catch {
    return api.get<T>(path);
  }
}

/** Loads a GET path, and again on `reload()` after a change. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const reload = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    try {
      setData(await firstGet<T>(path));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e)));
    } finally {
      setLoading(false);
    }
  }, [path]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}
